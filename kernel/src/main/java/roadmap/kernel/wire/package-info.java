/**
 * The kernel's side of the wire protocol: the five ZeroMQ sockets bound to the connection file's
 * ports, with its own request loops and heartbeat.
 */
package roadmap.kernel.wire;

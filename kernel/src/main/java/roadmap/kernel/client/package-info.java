/**
 * A Jupyter client in Java: starts a kernel process from a kernelspec, speaks the wire protocol
 * over ZeroMQ (HMAC-SHA256 signed), collects a cell's outputs as nbformat, and kills the kernel's
 * process tree when done. The headless runner and the harness use it.
 */
package roadmap.kernel.client;

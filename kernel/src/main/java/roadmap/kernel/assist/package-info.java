/**
 * Code completion, inspection and is-complete answers, from JShell's source analysis.
 */
package roadmap.kernel.assist;

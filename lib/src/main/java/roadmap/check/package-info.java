/**
 * Assertions for notebook {@code check} cells: each passed claim prints one line starting with
 * "✔ ", each failed one throws an {@link java.lang.AssertionError} starting with "✘ ".
 */
package roadmap.check;

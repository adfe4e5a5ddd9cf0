/**
 * Captures System.out and System.err of cells, coalesces them into stream messages and caps a
 * cell's output.
 */
package roadmap.kernel.output;

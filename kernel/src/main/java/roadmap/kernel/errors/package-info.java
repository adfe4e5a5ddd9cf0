/**
 * Turns compile errors, exceptions and interrupts into Jupyter error outputs that name the real
 * exception class and point at the cell's line.
 */
package roadmap.kernel.errors;

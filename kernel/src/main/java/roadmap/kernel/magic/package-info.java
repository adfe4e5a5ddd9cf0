/**
 * Line magics ({@code %classpath}, {@code %maven}, {@code %load}) and how a cell is split into
 * magic lines and Java code.
 */
package roadmap.kernel.magic;

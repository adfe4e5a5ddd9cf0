/**
 * How cell values are shown: charts and images as image/png, tables as text/html with a
 * text/plain twin, everything else as text; {@code display(...)} inside a cell.
 */
package roadmap.kernel.display;

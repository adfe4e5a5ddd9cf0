/**
 * {@link roadmap.table.Table}: a small results table that prints as aligned text and renders as
 * HTML in a notebook.
 */
package roadmap.table;

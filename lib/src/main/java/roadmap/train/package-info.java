/**
 * Small training utilities: fast/full mode, seeds, a deterministic progress line and a results
 * table that renders as HTML in the notebook.
 */
package roadmap.train;

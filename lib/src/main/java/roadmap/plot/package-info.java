/**
 * Chart helpers on XChart (line, scatter, histogram, bar, heat map, confusion matrix, 2x2
 * transformations, grouped bars) and grayscale image helpers. Every chart requires a title and
 * axis labels. Charts choose tick-label formats from the axis range, label logarithmic axes in
 * powers of ten, keep one colour per series name across a notebook
 * ({@link roadmap.plot.SeriesColors}),
 * rotate category labels that would overlap, and widen themselves for long titles and legends.
 */
package roadmap.plot;

/**
 * Chart helpers on XChart (line, scatter, histogram, bar, heat map, confusion matrix, 2x2
 * transformations) and grayscale image helpers. Every chart requires a title and axis labels.
 */
package roadmap.plot;

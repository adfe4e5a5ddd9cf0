/**
 * Binary classification metrics written out from their definitions: confusion counts
 * ({@link roadmap.metrics.Confusion}), precision, recall, F-scores, ROC and precision-recall
 * curves with the area under them ({@link roadmap.metrics.Curves}), threshold selection
 * ({@link roadmap.metrics.Thresholds}) and the resampling helpers used against class imbalance
 * ({@link roadmap.metrics.Resampling}).
 *
 * <p>Conventions everywhere: labels are {@code int}s, {@code 1} is the positive class and
 * {@code 0} the negative one; a score is larger for "more positive"; a row is predicted positive
 * when its score is {@code >= threshold}. The definitions follow scikit-learn's
 * ({@code roc_curve}, {@code precision_recall_curve}, {@code average_precision_score}), against
 * which the unit tests check them.
 */
package roadmap.metrics;

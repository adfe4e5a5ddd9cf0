package roadmap.track;

/**
 * One logged value of a metric, as one line {@code "timestamp value step"} of a metric file.
 *
 * @param timestamp milliseconds since the epoch
 * @param value     the value
 * @param step      the step (epoch, fold, trial) the value belongs to
 */
public record MetricPoint(long timestamp, double value, long step) {
}

package roadmap.track;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One run read back from an MLflow file store.
 *
 * @param experimentId the experiment's id (a string, "0" for the default experiment)
 * @param runId        the run's id, 32 hex digits
 * @param runName      the run's name
 * @param status       its status
 * @param startTime    start, milliseconds since the epoch
 * @param endTime      end in milliseconds since the epoch, or {@code null} while running
 * @param params       parameter values by key
 * @param metrics      every logged value by metric key, in file order
 * @param tags         tag values by key
 * @param artifacts    the run's artifact directory
 */
public record RunRecord(String experimentId, String runId, String runName, RunStatus status, long startTime,
                        Long endTime, Map<String, String> params, Map<String, List<MetricPoint>> metrics,
                        Map<String, String> tags, Path artifacts) {

    /**
     * The value MLflow shows for a metric: the one with the largest step, then timestamp, then
     * value (as MLflow's file store picks it).
     *
     * @param key the metric key
     * @return the latest value, or empty when the run has no such metric
     */
    public OptionalDouble latest(String key) {
        List<MetricPoint> points = metrics.get(key);
        if (points == null || points.isEmpty()) {
            return OptionalDouble.empty();
        }
        MetricPoint last = points.stream().max(Comparator.comparingLong(MetricPoint::step)
                .thenComparingLong(MetricPoint::timestamp)
                .thenComparingDouble(MetricPoint::value)).orElseThrow();
        return OptionalDouble.of(last.value());
    }

    /**
     * A metric's values in step order (for a learning curve).
     *
     * @param key the metric key
     * @return the points sorted by step then timestamp; empty when the run has no such metric
     */
    public List<MetricPoint> history(String key) {
        return metrics.getOrDefault(key, List.of()).stream()
                .sorted(Comparator.comparingLong(MetricPoint::step).thenComparingLong(MetricPoint::timestamp))
                .toList();
    }
}

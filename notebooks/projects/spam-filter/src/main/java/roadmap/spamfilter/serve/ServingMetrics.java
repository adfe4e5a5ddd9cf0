package roadmap.spamfilter.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import roadmap.spamfilter.model.Prediction;

/**
 * The server's metrics in a Micrometer Prometheus registry: {@code http_server_requests_seconds}
 * (a latency histogram by method, route and status, so its {@code _count} is the request count)
 * and {@code predictions_total} by predicted label. {@link #scrape()} renders them in the
 * Prometheus text format for {@code GET /metrics}.
 */
public final class ServingMetrics {
    /** The content type of {@link #scrape()}: Prometheus text exposition format 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /**
     * Records one answered request.
     *
     * @param method the HTTP method
     * @param route  the route template ({@code /predict}), or {@code unmatched} for unknown paths
     * @param status the status sent
     * @param nanos  the time from the first handler to the answer
     */
    public void recordRequest(String method, String route, int status, long nanos) {
        Timer.builder("http.server.requests")
                .description("HTTP requests answered, by method, route and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(50_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** @param predictions answers sent, each counted under its label */
    public void recordPredictions(List<Prediction> predictions) {
        for (Prediction prediction : predictions) {
            Counter.builder("predictions")
                    .description("predictions sent, by predicted label")
                    .tag("label", prediction.label())
                    .register(registry)
                    .increment();
        }
    }

    /** @return every metric in the Prometheus text format */
    public String scrape() {
        return registry.scrape();
    }

    /** @param label a label @return how many predictions with that label were sent */
    public double predictionCount(String label) {
        Counter counter = registry.find("predictions").tag("label", label).counter();
        return counter == null ? 0 : counter.count();
    }

    /** @param route a route template @return how many requests to it were answered, any status */
    public long requestCount(String route) {
        return registry.find("http.server.requests").tag("route", route).timers().stream()
                .mapToLong(Timer::count).sum();
    }
}

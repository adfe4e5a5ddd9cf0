package roadmap.spamfilter.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roadmap.spamfilter.model.Prediction;

/**
 * The spam model behind HTTP, on Javalin (Jetty 12):
 * <ul>
 *   <li>{@code POST /predict} {@code {"text": "…"}} → {@code {"label": "spam", "spamProbability": 0.97}}</li>
 *   <li>{@code POST /predict/batch} {@code {"texts": ["…", …]}} → {@code {"predictions": [ … ]}}</li>
 *   <li>{@code GET /health} → {@code {"status": "UP", "model": {…provenance…}}}</li>
 *   <li>{@code GET /metrics} → Prometheus text format</li>
 *   <li>{@code GET /openapi.json} → the OpenAPI 3.1 document of the API</li>
 * </ul>
 * Every wrong request gets a 4xx with an RFC 9457 {@code application/problem+json} body (see
 * {@link RequestReader}), never a stack trace. Worker threads, open connections and body size are
 * bounded by {@link ServerSettings}. {@link #close()} stops accepting connections, lets the
 * requests in flight finish (up to the shutdown grace) and then stops.
 */
public final class PredictionServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PredictionServer.class);
    private static final String ROUTE = "roadmap.route";
    private static final String STARTED = "roadmap.started";
    private static final Map<String, String> ROUTES = Map.of(
            "/predict", "POST", "/predict/batch", "POST", "/health", "GET", "/metrics", "GET",
            "/openapi.json", "GET");

    private final ObjectMapper json = JsonMapper.builder().build();
    private final TextClassifier classifier;
    private final Object modelInfo;
    private final ServerSettings settings;
    private final RequestReader reader;
    private final ServingMetrics metrics = new ServingMetrics();
    private final byte[] openApi;
    private final AtomicLong predictionsStarted = new AtomicLong();
    private final AtomicLong predictionsAnswered = new AtomicLong();
    private final Javalin app;

    private PredictionServer(TextClassifier classifier, Object modelInfo, ServerSettings settings) {
        this.classifier = classifier;
        this.modelInfo = modelInfo;
        this.settings = settings;
        this.reader = new RequestReader(settings);
        this.openApi = OpenApiDocument.bytes(settings);
        this.app = Javalin.create(this::configure);
    }

    /**
     * Starts a server and returns once it accepts connections.
     *
     * @param classifier the model ({@code model::predict}, or a wrapper)
     * @param modelInfo  what {@code /health} reports about the model (its provenance)
     * @param settings   address and limits
     * @return the running server
     */
    public static PredictionServer start(TextClassifier classifier, Object modelInfo, ServerSettings settings) {
        PredictionServer server = new PredictionServer(classifier, modelInfo, settings);
        server.app.start();
        LOG.info("serving on {} (at most {} threads, {}-byte bodies, {} texts per batch)", server.baseUri(),
                settings.maxThreads(), settings.maxBodyBytes(), settings.maxBatchSize());
        return server;
    }

    /** @return the port the server listens on (the chosen one when the settings asked for 0) */
    public int port() {
        return app.port();
    }

    /** @return {@code http://host:port} */
    public URI baseUri() {
        return URI.create("http://" + settings.host() + ":" + port());
    }

    /** @return the server's metrics */
    public ServingMetrics metrics() {
        return metrics;
    }

    /** @return how many prediction requests passed validation and reached the model */
    public long predictionsStarted() {
        return predictionsStarted.get();
    }

    /** @return how many of those had their answer written */
    public long predictionsAnswered() {
        return predictionsAnswered.get();
    }

    /**
     * Graceful stop: new connections are refused and new requests on open connections get 503,
     * requests in flight finish (for up to the settings' shutdown grace), then Jetty stops.
     */
    @Override
    public void close() {
        app.stop();
        LOG.info("stopped after {} prediction requests", predictionsAnswered.get());
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads(), Math.min(4, settings.maxThreads()));
        threads.setName("predict");
        config.jetty.threadPool = threads;
        config.jetty.modifyServer(server -> {
            server.addBean(new NetworkConnectionLimit(settings.maxConnections(), server));
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(settings.shutdownGrace().toMillis());
            ErrorHandler errors = new ErrorHandler();
            errors.setShowStacks(false);
            errors.setShowCauses(false);
            server.setErrorHandler(errors);
        });
        config.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        config.routes.post("/predict", this::predictOne);
        config.routes.post("/predict/batch", this::predictBatch);
        config.routes.get("/health", this::health);
        config.routes.get("/metrics", this::scrape);
        config.routes.get("/openapi.json", ctx -> route(ctx, "/openapi.json")
                .contentType("application/json").result(openApi));
        config.routes.exception(ProblemException.class, (e, ctx) -> problem(ctx, e.problem()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, translate(e, ctx)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            problem(ctx, Problem.ofStatus(500, "the server failed to answer this request"));
        });
        config.routes.after(this::recordRequest);
    }

    private void predictOne(Context ctx) throws IOException {
        route(ctx, "/predict");
        String text = reader.readText(body(ctx));
        predictionsStarted.incrementAndGet();
        Prediction prediction = classifier.predict(text);
        metrics.recordPredictions(List.of(prediction));
        answer(ctx, prediction);
    }

    private void predictBatch(Context ctx) throws IOException {
        route(ctx, "/predict/batch");
        List<String> texts = reader.readTexts(body(ctx));
        predictionsStarted.incrementAndGet();
        List<Prediction> predictions = classifier.predictBatch(texts);
        metrics.recordPredictions(predictions);
        answer(ctx, Map.of("predictions", predictions));
    }

    private void health(Context ctx) throws JsonProcessingException {
        route(ctx, "/health");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("model", modelInfo);
        ctx.contentType("application/json").result(json.writeValueAsBytes(body));
    }

    private void scrape(Context ctx) {
        route(ctx, "/metrics");
        ctx.contentType(ServingMetrics.CONTENT_TYPE).result(metrics.scrape());
    }

    private byte[] body(Context ctx) throws IOException {
        try (InputStream in = ctx.req().getInputStream()) {
            return reader.readBody(in, ctx.req().getContentLengthLong());
        }
    }

    private void answer(Context ctx, Object body) throws JsonProcessingException {
        ctx.contentType("application/json").result(json.writeValueAsBytes(body));
        predictionsAnswered.incrementAndGet();
    }

    private static Context route(Context ctx, String route) {
        ctx.attribute(ROUTE, route);
        return ctx;
    }

    private Problem translate(HttpResponseException e, Context ctx) {
        String path = ctx.path();
        return switch (e.getStatus()) {
            case 404 -> Problem.notFound(path);
            case 405 -> {
                String allowed = ROUTES.get(path);
                if (allowed != null) {
                    ctx.header("Allow", allowed);
                }
                yield Problem.methodNotAllowed(ctx.method().name(), path);
            }
            case 413 -> Problem.bodyTooLarge(settings.maxBodyBytes());
            default -> Problem.ofStatus(e.getStatus(), e.getMessage());
        };
    }

    private void problem(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE)
                    .result(json.writeValueAsBytes(problem.at(ctx.path())));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recordRequest(Context ctx) {
        Long started = ctx.attribute(STARTED);
        String route = ctx.attribute(ROUTE);
        long nanos = started == null ? 0 : System.nanoTime() - started;
        metrics.recordRequest(ctx.method().name(), route == null ? "unmatched" : route, ctx.statusCode(), nanos);
    }
}

package roadmap.spamfilter.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import roadmap.spamfilter.model.SpamModel;
import roadmap.spamfilter.serve.PredictionServer;
import roadmap.spamfilter.serve.ServerSettings;

/**
 * {@code serve}: the model behind HTTP until the process is stopped (Ctrl-C, SIGTERM, or
 * {@code docker stop}); a stop drains the requests in flight before the process exits.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a model over HTTP: POST /predict, POST /predict/batch, GET /health, GET /metrics,"
                + " GET /openapi.json. Binds 127.0.0.1 unless --host says otherwise.")
final class ServeCommand implements Callable<Integer> {
    private static final ServerSettings DEFAULTS = ServerSettings.defaults();

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "a model file from train")
    private Path model;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "address to bind (default: ${DEFAULT-VALUE};"
            + " 0.0.0.0 to accept connections from other machines, e.g. in a container)")
    private String host = DEFAULTS.host();

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port, 0 for a free one (default: ${DEFAULT-VALUE})")
    private int port = DEFAULTS.port();

    @Option(names = "--max-threads", paramLabel = "N", description = "worker threads (default: ${DEFAULT-VALUE})")
    private int maxThreads = DEFAULTS.maxThreads();

    @Option(names = "--max-connections", paramLabel = "N", description = "open connections (default: ${DEFAULT-VALUE})")
    private int maxConnections = DEFAULTS.maxConnections();

    @Option(names = "--max-body-bytes", paramLabel = "N", description = "largest request body, else 413"
            + " (default: ${DEFAULT-VALUE})")
    private int maxBodyBytes = DEFAULTS.maxBodyBytes();

    @Option(names = "--max-text-chars", paramLabel = "N", description = "longest text, else 422"
            + " (default: ${DEFAULT-VALUE})")
    private int maxTextChars = DEFAULTS.maxTextChars();

    @Option(names = "--max-batch", paramLabel = "N", description = "most texts per batch, else 422"
            + " (default: ${DEFAULT-VALUE})")
    private int maxBatch = DEFAULTS.maxBatchSize();

    @Option(names = "--shutdown-grace-seconds", paramLabel = "S", description = "how long a stop waits for"
            + " requests in flight (default: ${DEFAULT-VALUE})")
    private long graceSeconds = DEFAULTS.shutdownGrace().toSeconds();

    @Option(names = "--log-file", paramLabel = "FILE", defaultValue = "spam-filter.log.jsonl",
            description = "JSON-lines log (appended; default: ${DEFAULT-VALUE})")
    private Path logFile;

    @Option(names = {"-v", "--verbose"}, description = "debug logging")
    private boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        LogSetup.configure(logFile, verbose);
        ServerSettings settings = new ServerSettings(host, port, maxThreads, maxConnections, maxBodyBytes,
                maxTextChars, maxBatch, Duration.ofSeconds(graceSeconds));
        SpamModel loaded = SpamModel.load(model);
        PredictionServer server = PredictionServer.start(loaded::predict, loaded.provenance(), settings);
        spec.commandLine().getOut().println("serving " + model + " on " + server.baseUri()
                + " (stop with Ctrl-C; requests in flight are finished first)");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "graceful-stop"));
        stopped.await();
        return 0;
    }
}

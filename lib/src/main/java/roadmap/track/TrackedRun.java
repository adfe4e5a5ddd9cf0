package roadmap.track;

import com.oracle.labs.mlrg.olcut.config.json.JsonProvenanceSerialization;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.tribuo.Model;

/**
 * One run of an MLflow file store, open for logging: parameters, metrics per step, tags, the
 * hash of the data it used, artifacts (model files, plots, Tribuo provenance).
 *
 * <p>Everything is written to disk at once, so a run that crashes still shows what it logged.
 * {@link #close()} marks the run {@link RunStatus#FINISHED}; {@link #end(RunStatus)} sets another
 * status (for example {@link RunStatus#FAILED} in a catch block).
 */
public final class TrackedRun implements AutoCloseable {

    /** Tag MLflow reads the run's name from. */
    public static final String RUN_NAME_TAG = "mlflow.runName";
    /** Tag MLflow shows as the run's source commit. */
    public static final String GIT_COMMIT_TAG = "mlflow.source.git.commit";
    /** Tag holding the user who ran it. */
    public static final String USER_TAG = "mlflow.user";
    /** Tag holding the source type ("LOCAL"). */
    public static final String SOURCE_TYPE_TAG = "mlflow.source.type";
    /** Prefix of the tags {@link #logDataHash(String, Path)} writes. */
    public static final String DATA_TAG_PREFIX = "data.";

    // MLflow's rule for metric, param and tag names (mlflow/utils/validation.py)
    private static final Pattern KEY = Pattern.compile("[\\w./ -]+");

    private final Path dir;
    private final String experimentId;
    private final String runId;
    private final String runName;
    private final Clock clock;
    private final long startTime;
    private RunStatus status = RunStatus.RUNNING;

    private TrackedRun(Path dir, String experimentId, String runId, String runName, Clock clock) {
        this.dir = dir;
        this.experimentId = experimentId;
        this.runId = runId;
        this.runName = runName;
        this.clock = clock;
        this.startTime = clock.millis();
    }

    static TrackedRun create(Path dir, String experimentId, String runId, String runName, Clock clock,
                             Optional<String> commit) throws IOException {
        TrackedRun run = new TrackedRun(dir, experimentId, runId, runName, clock);
        for (String sub : List.of("metrics", "params", "tags", "artifacts")) {
            Files.createDirectories(dir.resolve(sub));
        }
        run.writeMeta(null);
        run.setTag(RUN_NAME_TAG, runName);
        run.setTag(USER_TAG, System.getProperty("user.name", ""));
        run.setTag(SOURCE_TYPE_TAG, "LOCAL");
        commit.ifPresent(c -> run.setTag(GIT_COMMIT_TAG, c));
        return run;
    }

    /**
     * The run's id.
     *
     * @return 32 lower-case hex digits
     */
    public String id() {
        return runId;
    }

    /**
     * The run's name.
     *
     * @return the name given at start
     */
    public String name() {
        return runName;
    }

    /**
     * The experiment the run belongs to.
     *
     * @return the experiment id
     */
    public String experimentId() {
        return experimentId;
    }

    /**
     * The run's directory ({@code mlruns/<experiment>/<run>}).
     *
     * @return an absolute path
     */
    public Path dir() {
        return dir;
    }

    /**
     * The directory artifacts are copied to.
     *
     * @return {@code dir()/artifacts}
     */
    public Path artifactsDir() {
        return dir.resolve("artifacts");
    }

    /**
     * The run's status.
     *
     * @return {@link RunStatus#RUNNING} until the run ends
     */
    public RunStatus status() {
        return status;
    }

    /**
     * Logs a parameter. Parameters are immutable, as in MLflow: logging the same key again with
     * another value fails.
     *
     * @param key   the name (letters, digits, {@code _ - . / } and spaces)
     * @param value the value, written with {@code String.valueOf}
     * @return this run
     * @throws IllegalStateException when the key was logged with a different value
     */
    public TrackedRun logParam(String key, Object value) {
        Path file = dir.resolve("params").resolve(checkKey(key));
        String text = String.valueOf(value);
        try {
            if (Files.exists(file)) {
                String old = Files.readString(file, StandardCharsets.UTF_8);
                if (!old.equals(text)) {
                    throw new IllegalStateException("param '" + key + "' was logged as '" + old
                            + "'; a parameter cannot change to '" + text + "'");
                }
                return this;
            }
            write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Logs several parameters.
     *
     * @param params key to value
     * @return this run
     */
    public TrackedRun logParams(Map<String, ?> params) {
        params.forEach(this::logParam);
        return this;
    }

    /**
     * Logs a metric value at step 0.
     *
     * @param key   the metric's name
     * @param value the value
     * @return this run
     */
    public TrackedRun logMetric(String key, double value) {
        return logMetric(key, value, 0);
    }

    /**
     * Appends a metric value for a step (an epoch, a fold, a trial) as one line
     * {@code "timestamp value step"}.
     *
     * @param key   the metric's name
     * @param value the value
     * @param step  the step
     * @return this run
     */
    public TrackedRun logMetric(String key, double value, long step) {
        requireRunning();
        Path file = dir.resolve("metrics").resolve(checkKey(key));
        String line = clock.millis() + " " + MetricFiles.format(value) + " " + step + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Sets a tag (overwriting an earlier value).
     *
     * @param key   the tag's name
     * @param value its value
     * @return this run
     */
    public TrackedRun setTag(String key, String value) {
        try {
            write(dir.resolve("tags").resolve(checkKey(key)), value == null ? "" : value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Records which data the run used: tags {@code data.<name>.sha256} and {@code data.<name>.file}.
     *
     * @param name a short name for the data ("train", "flights")
     * @param file the data file
     * @return the file's SHA-256 in lower-case hex
     * @throws UncheckedIOException when the file cannot be read
     */
    public String logDataHash(String name, Path file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String hex = HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)));
            setTag(DATA_TAG_PREFIX + name + ".sha256", hex);
            setTag(DATA_TAG_PREFIX + name + ".file", file.getFileName().toString());
            return hex;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash data file " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies a file into the run's artifacts.
     *
     * @param file the file (a saved model, a report)
     * @return the copy
     */
    public Path logArtifact(Path file) {
        try {
            return Files.copy(file, artifactPath(file.getFileName().toString()),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy artifact " + file, e);
        }
    }

    /**
     * Writes bytes as an artifact.
     *
     * @param name  the file name, may contain {@code /} for a sub-directory
     * @param bytes the content
     * @return the written file
     */
    public Path logArtifact(String name, byte[] bytes) {
        try {
            Path target = artifactPath(name);
            Files.write(target, bytes);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write artifact " + name, e);
        }
    }

    /**
     * Writes a text artifact in UTF-8.
     *
     * @param name the file name
     * @param text the content
     * @return the written file
     */
    public Path logText(String name, String text) {
        return logArtifact(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Saves an XChart chart as a PNG artifact.
     *
     * @param name  the file name (".png" is added when missing)
     * @param chart the chart
     * @return the written file
     */
    public Path logChart(String name, Chart<?, ?> chart) {
        String file = name.endsWith(".png") ? name : name + ".png";
        try {
            return logArtifact(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart " + name, e);
        }
    }

    /**
     * Records a Tribuo model's provenance: the full provenance as the JSON artifact
     * {@code tribuo-provenance.json} and the model class as tag {@code tribuo.model.class}.
     *
     * @param model a trained Tribuo model
     * @return the JSON artifact
     */
    public Path logTribuoProvenance(Model<?> model) {
        var provenance = model.getProvenance();
        String json = new JsonProvenanceSerialization(true)
                .serializeToString(ProvenanceUtil.marshalProvenance(provenance));
        setTag("tribuo.model.class", provenance.getClassName());
        return logText("tribuo-provenance.json", json);
    }

    /**
     * Ends the run with a status and records the end time.
     *
     * @param endStatus {@link RunStatus#FINISHED}, {@link RunStatus#FAILED} or {@link RunStatus#KILLED}
     * @throws IllegalStateException when the run already ended
     */
    public void end(RunStatus endStatus) {
        requireRunning();
        if (endStatus == RunStatus.RUNNING || endStatus == RunStatus.SCHEDULED) {
            throw new IllegalArgumentException("a run ends FINISHED, FAILED or KILLED, not " + endStatus);
        }
        status = endStatus;
        try {
            writeMeta(clock.millis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the run as {@link RunStatus#FINISHED} unless it has already ended. */
    @Override
    public void close() {
        if (status == RunStatus.RUNNING) {
            end(RunStatus.FINISHED);
        }
    }

    private void writeMeta(Long endTime) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("artifact_uri", MlflowStore.fileUri(artifactsDir()));
        meta.put("end_time", endTime);
        meta.put("entry_point_name", "");
        meta.put("experiment_id", experimentId);
        meta.put("lifecycle_stage", "active");
        meta.put("run_id", runId);
        meta.put("run_name", runName);
        meta.put("run_uuid", runId);
        meta.put("source_name", "");
        meta.put("source_type", 4);
        meta.put("source_version", "");
        meta.put("start_time", startTime);
        meta.put("status", status.code());
        meta.put("tags", List.of());
        meta.put("user_id", System.getProperty("user.name", ""));
        meta.put("deleted_time", null);
        Yaml.write(dir.resolve(MlflowStore.META), meta);
    }

    private Path artifactPath(String name) throws IOException {
        Path base = artifactsDir();
        Path target = base.resolve(name).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new IllegalArgumentException("artifact name must stay inside artifacts/: " + name);
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    private void requireRunning() {
        if (status != RunStatus.RUNNING) {
            throw new IllegalStateException("run '" + runName + "' has ended (" + status + ")");
        }
    }

    private static String checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.startsWith("/") || key.contains("..")) {
            throw new IllegalArgumentException("invalid MLflow key '" + key
                    + "': use letters, digits, '_', '-', '.', ' ' and '/'");
        }
        return key;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

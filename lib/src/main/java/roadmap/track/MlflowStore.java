package roadmap.track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An MLflow file store ({@code mlruns/}) on disk: creates experiments and starts runs.
 *
 * <pre>{@code
 * MlflowStore store = MlflowStore.open(Path.of("mlruns"));
 * String exp = store.experiment("flight-delays");
 * try (TrackedRun run = store.startRun(exp, "logistic-l2")) {
 *     run.logParam("lambda", 0.1);
 *     run.logMetric("val_auc", 0.71, 0);
 * }
 * }</pre>
 *
 * <p>Opening a store that does not exist yet creates it with MLflow's default experiment
 * {@code 0} named {@code Default} and the {@code .trash} folder, as MLflow does. Experiment ids
 * are decimal strings; a new experiment takes the next integer after the largest existing id.
 */
public final class MlflowStore {

    /** The id of the experiment MLflow creates in every store. */
    public static final String DEFAULT_EXPERIMENT_ID = "0";
    /** The name of the default experiment. */
    public static final String DEFAULT_EXPERIMENT_NAME = "Default";
    static final String META = "meta.yaml";

    private final Path root;
    private final Clock clock;

    private MlflowStore(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /**
     * Opens (creating if needed) a store with the system clock.
     *
     * @param root the {@code mlruns} directory
     * @return the store
     * @throws UncheckedIOException when the directory cannot be created or written
     */
    public static MlflowStore open(Path root) {
        return open(root, Clock.systemUTC());
    }

    /**
     * Opens (creating if needed) a store whose timestamps come from {@code clock}.
     *
     * @param root  the {@code mlruns} directory
     * @param clock the source of millisecond timestamps
     * @return the store
     * @throws UncheckedIOException when the directory cannot be created or written
     */
    public static MlflowStore open(Path root, Clock clock) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(clock, "clock");
        MlflowStore store = new MlflowStore(root.toAbsolutePath().normalize(), clock);
        try {
            Files.createDirectories(store.root.resolve(".trash"));
            if (!Files.isRegularFile(store.root.resolve(DEFAULT_EXPERIMENT_ID).resolve(META))) {
                store.createExperiment(DEFAULT_EXPERIMENT_ID, DEFAULT_EXPERIMENT_NAME);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the MLflow store " + root, e);
        }
        return store;
    }

    /**
     * The store's directory.
     *
     * @return the absolute {@code mlruns} path
     */
    public Path root() {
        return root;
    }

    /**
     * The id of the active experiment with this name, created if there is none.
     *
     * @param name the experiment's name
     * @return its id
     * @throws IllegalArgumentException when the name is blank
     */
    public String experiment(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an experiment needs a name");
        }
        Map<String, String> names = experimentNames();
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getValue().equals(name)) {
                return e.getKey();
            }
        }
        long next = names.keySet().stream().filter(id -> id.matches("[0-9]{1,18}"))
                .mapToLong(Long::parseLong).max().orElse(-1) + 1;
        try {
            createExperiment(Long.toString(next), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create experiment '" + name + "' in " + root, e);
        }
        return Long.toString(next);
    }

    /**
     * The active experiments: id to name.
     *
     * @return ids in directory order
     */
    public Map<String, String> experimentNames() {
        return RunReader.experiments(root);
    }

    /**
     * Starts a run in an experiment, recording the Git commit of the working directory when
     * there is one.
     *
     * @param experimentId the experiment (from {@link #experiment(String)} or "0")
     * @param runName      the name shown in the runs table
     * @return the running run; close it (try-with-resources) to mark it finished
     * @throws IllegalArgumentException when the experiment does not exist or the name is blank
     */
    public TrackedRun startRun(String experimentId, String runName) {
        if (runName == null || runName.isBlank()) {
            throw new IllegalArgumentException("a run needs a name");
        }
        Path expDir = root.resolve(experimentId);
        if (!Files.isRegularFile(expDir.resolve(META))) {
            throw new IllegalArgumentException("no experiment " + experimentId + " in " + root);
        }
        String runId = UUID.randomUUID().toString().replace("-", "");
        try {
            return TrackedRun.create(expDir.resolve(runId), experimentId, runId, runName, clock,
                    GitCommit.of(Path.of("")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run '" + runName + "' in " + expDir, e);
        }
    }

    private void createExperiment(String id, String name) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id));
        long now = clock.millis();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("artifact_location", fileUri(dir));
        meta.put("creation_time", now);
        meta.put("experiment_id", id);
        meta.put("last_update_time", now);
        meta.put("lifecycle_stage", "active");
        meta.put("name", name);
        Yaml.write(dir.resolve(META), meta);
    }

    static String fileUri(Path dir) {
        String uri = dir.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    static Stream<Path> list(Path dir) throws IOException {
        return Files.list(dir).sorted();
    }
}

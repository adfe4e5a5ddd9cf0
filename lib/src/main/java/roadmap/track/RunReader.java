package roadmap.track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import roadmap.table.Table;

/**
 * Reads runs back from an MLflow file store, as MLflow's file store reads them: experiments are
 * the directories with a {@code meta.yaml} under the root (not {@code .trash}), runs the
 * directories with a {@code meta.yaml} under an experiment whose {@code experiment_id} matches.
 */
public final class RunReader {

    private static final Set<String> RESERVED = Set.of("tags", "datasets", "traces");

    private RunReader() {
    }

    /**
     * The active experiments of a store.
     *
     * @param root the {@code mlruns} directory
     * @return experiment id to name, in id order
     * @throws UncheckedIOException when a {@code meta.yaml} cannot be read
     */
    public static Map<String, String> experiments(Path root) {
        Map<String, String> names = new LinkedHashMap<>();
        try (Stream<Path> dirs = MlflowStore.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path meta = dir.resolve(MlflowStore.META);
                if (dir.getFileName().toString().startsWith(".") || !Files.isRegularFile(meta)) {
                    continue;
                }
                Map<String, Object> m = Yaml.read(meta);
                if ("active".equals(m.getOrDefault("lifecycle_stage", "active"))) {
                    names.put(String.valueOf(m.get("experiment_id")), String.valueOf(m.get("name")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read MLflow store " + root, e);
        }
        return names;
    }

    /**
     * Every active run of one experiment, oldest first.
     *
     * @param root         the {@code mlruns} directory
     * @param experimentId the experiment
     * @return the runs ordered by start time, then run id
     * @throws UncheckedIOException when a file is unreadable or malformed (the message names it)
     */
    public static List<RunRecord> runs(Path root, String experimentId) {
        Path expDir = root.resolve(experimentId);
        List<RunRecord> runs = new ArrayList<>();
        try (Stream<Path> dirs = MlflowStore.list(expDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path meta = dir.resolve(MlflowStore.META);
                if (RESERVED.contains(dir.getFileName().toString()) || !Files.isRegularFile(meta)) {
                    continue;
                }
                RunRecord run = read(dir, Yaml.read(meta));
                if (run != null && run.experimentId().equals(experimentId)) {
                    runs.add(run);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read runs of experiment " + experimentId + " in " + root, e);
        }
        runs.sort(Comparator.comparingLong(RunRecord::startTime).thenComparing(RunRecord::runId));
        return runs;
    }

    /**
     * A runs table: name, status, the chosen parameters and the latest value of the chosen
     * metrics (empty where a run lacks one).
     *
     * @param runs       runs from {@link #runs(Path, String)}
     * @param paramKeys  parameter columns
     * @param metricKeys metric columns
     * @return the table, one row per run
     */
    public static Table table(List<RunRecord> runs, List<String> paramKeys, List<String> metricKeys) {
        List<String> columns = new ArrayList<>(List.of("run", "status"));
        columns.addAll(paramKeys);
        columns.addAll(metricKeys);
        Table table = Table.of(columns.toArray(String[]::new));
        for (RunRecord r : runs) {
            List<Object> row = new ArrayList<>(List.of(r.runName(), r.status().name()));
            for (String p : paramKeys) {
                row.add(r.params().get(p));
            }
            for (String m : metricKeys) {
                var v = r.latest(m);
                row.add(v.isPresent() ? (Object) v.getAsDouble() : null);
            }
            table.row(row.toArray());
        }
        return table;
    }

    private static RunRecord read(Path dir, Map<String, Object> meta) throws IOException {
        if ("deleted".equals(meta.get("lifecycle_stage"))) {
            return null;
        }
        Object status = meta.getOrDefault("status", (long) RunStatus.RUNNING.code());
        Object end = meta.get("end_time");
        String runId = String.valueOf(meta.getOrDefault("run_id", meta.get("run_uuid")));
        Map<String, String> tags = readTexts(dir.resolve("tags"));
        String name = meta.get("run_name") == null || String.valueOf(meta.get("run_name")).isEmpty()
                ? tags.getOrDefault(TrackedRun.RUN_NAME_TAG, "") : String.valueOf(meta.get("run_name"));
        Map<String, List<MetricPoint>> metrics = new TreeMap<>();
        for (Path f : files(dir.resolve("metrics"))) {
            metrics.put(key(dir.resolve("metrics"), f), List.copyOf(MetricFiles.read(f)));
        }
        return new RunRecord(String.valueOf(meta.get("experiment_id")), runId, name,
                RunStatus.ofCode(((Number) status).intValue()), ((Number) meta.get("start_time")).longValue(),
                end == null ? null : ((Number) end).longValue(), readTexts(dir.resolve("params")),
                metrics, tags, dir.resolve("artifacts"));
    }

    private static Map<String, String> readTexts(Path dir) throws IOException {
        Map<String, String> values = new TreeMap<>();
        for (Path f : files(dir)) {
            values.put(key(dir, f), Files.readString(f, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String key(Path dir, Path file) {
        return dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}

package roadmap.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the file-store format against MLflow's source (mlflow/store/tracking/file_store.py,
 * mlflow/entities/run_info.py, experiment.py, the RunStatus/SourceType protobuf enums): the
 * expected texts below were written from those files, field by field, not from this package's
 * output. Keys are sorted as PyYAML's safe_dump writes them; experiment_id is a string; times are
 * integers in ms; status is the integer enum (RUNNING 1, FINISHED 3, FAILED 4); source_type 4 is
 * LOCAL; tags is the empty list MLflow keeps for old readers; metric lines are
 * "timestamp value step" appended one per call.
 */
class MlflowFormatTest {

    @TempDir
    Path tmp;

    @Test
    void defaultExperimentZeroIsCreatedAsMlflowDoes() throws Exception {
        Path root = tmp.resolve("mlruns");
        MlflowStore.open(root, new TickingClock(1_700_000_000_000L));
        String uri = root.resolve("0").toUri().toString().replaceAll("/$", "");
        assertEquals("artifact_location: " + uri + "\n"
                + "creation_time: 1700000000000\n"
                + "experiment_id: '0'\n"
                + "last_update_time: 1700000000000\n"
                + "lifecycle_stage: active\n"
                + "name: Default\n", read(root.resolve("0/meta.yaml")));
        assertTrue(Files.isDirectory(root.resolve(".trash")), "MLflow's .trash folder");
    }

    @Test
    void runMetaHasMlflowFieldsNamesAndTypes() throws Exception {
        Path root = tmp.resolve("mlruns");
        MlflowStore store = MlflowStore.open(root, new TickingClock(1_000L));
        String exp = store.experiment("flights");
        assertEquals("1", exp, "a new experiment takes the next integer id after 0");
        TrackedRun run = store.startRun(exp, "baseline rule");
        assertTrue(run.id().matches("[0-9a-f]{32}"), "run id is uuid4().hex: " + run.id());
        String uri = run.dir().resolve("artifacts").toUri().toString().replaceAll("/$", "");
        String user = System.getProperty("user.name");
        String running = "artifact_uri: " + uri + "\n"
                + "deleted_time: null\n"
                + "end_time: null\n"
                + "entry_point_name: ''\n"
                + "experiment_id: '1'\n"
                + "lifecycle_stage: active\n"
                + "run_id: " + run.id() + "\n"
                + "run_name: baseline rule\n"
                + "run_uuid: " + run.id() + "\n"
                + "source_name: ''\n"
                + "source_type: 4\n"
                + "source_version: ''\n"
                + "start_time: 1002\n"
                + "status: 1\n"
                + "tags: []\n"
                + "user_id: " + Yaml.scalar(user) + "\n";
        assertEquals(running, read(run.dir().resolve("meta.yaml")));
        run.end(RunStatus.FAILED);
        assertEquals(running.replace("end_time: null", "end_time: 1003").replace("status: 1", "status: 4"),
                read(run.dir().resolve("meta.yaml")));
        assertTrue(Files.isDirectory(run.dir().resolve("artifacts")));
        assertTrue(Files.isDirectory(run.dir().resolve("params")));
        assertTrue(Files.isDirectory(run.dir().resolve("metrics")));
    }

    @Test
    void metricLinesParamsAndTagsAreMlflowFiles() throws Exception {
        MlflowStore store = MlflowStore.open(tmp.resolve("mlruns"), new TickingClock(5_000L));
        try (TrackedRun run = store.startRun("0", "r")) {
            run.logMetric("val/auc", 0.5, 0).logMetric("val/auc", 0.75, 1).logMetric("loss", 1e-5);
            run.logMetric("loss", Double.NaN, 1);
            run.logParam("lambda", 0.1).logParam("depth", 3);
            assertEquals("5002 0.5 0\n5003 0.75 1\n", read(run.dir().resolve("metrics/val/auc")));
            assertEquals("5004 1.0E-5 0\n5005 nan 1\n", read(run.dir().resolve("metrics/loss")));
            assertEquals("0.1", read(run.dir().resolve("params/lambda")), "no trailing newline");
            assertEquals("3", read(run.dir().resolve("params/depth")));
            assertEquals("r", read(run.dir().resolve("tags/mlflow.runName")));
            assertEquals("LOCAL", read(run.dir().resolve("tags/mlflow.source.type")));
        }
    }

    @Test
    void yamlScalarsQuoteWhatPyYamlWouldReadAsAnotherType() {
        assertEquals("'0'", Yaml.scalar("0"));
        assertEquals("''", Yaml.scalar(""));
        assertEquals("'true'", Yaml.scalar("true"));
        assertEquals("'null'", Yaml.scalar("null"));
        assertEquals("'it''s'", Yaml.scalar("it's"));
        assertEquals("'a: b'", Yaml.scalar("a: b"));
        assertEquals("file:///x/y", Yaml.scalar("file:///x/y"));
        assertEquals("null", Yaml.scalar(null));
        assertEquals("[]", Yaml.scalar(List.of()));
        assertEquals("42", Yaml.scalar(42L));
        assertEquals("'42'", Yaml.scalar("42"));
        assertEquals("'1.5e3'", Yaml.scalar("1.5e3"));
        assertEquals("'0b1010'", Yaml.scalar("0b1010"));
        assertEquals("'2024-01-02'", Yaml.scalar("2024-01-02"));
        assertEquals("736caf9a4a4e4cf49bc31a60be7344e6", Yaml.scalar("736caf9a4a4e4cf49bc31a60be7344e6"));
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}

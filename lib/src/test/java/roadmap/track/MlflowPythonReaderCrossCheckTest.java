package roadmap.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a store written by this package with Python and PyYAML, following the steps of MLflow's
 * FileStore (mlflow_filestore_read.py beside this test mirrors file_store.py: yaml SafeLoader,
 * integer status mapped through RunStatus, experiment_id as a string, metric lines split on ' '
 * into int/float/int, the latest value by (step, timestamp, value)). MLflow itself cannot be
 * installed here; the test is skipped when /usr/bin/python3 lacks yaml (Debian python3-yaml).
 */
class MlflowPythonReaderCrossCheckTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path tmp;

    @Test
    void pythonReadsWhatJavaWrote() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON) && run(PYTHON.toString(), "-c", "import yaml").exitValue() == 0,
                "needs /usr/bin/python3 with PyYAML (Debian python3-yaml)");
        Path root = tmp.resolve("ml runs");  // a space in the path: URIs and quoting must hold
        MlflowStore store = MlflowStore.open(root, new TickingClock(1_600_000_000_000L));
        String exp = store.experiment("it's flights: delays");
        String hexLike = store.experiment("0x1F");  // PyYAML would read it as 31 unless quoted
        String id;
        try (TrackedRun run = store.startRun(exp, "true")) {  // a name YAML would read as a boolean
            id = run.id();
            run.logParam("lambda", 0.001).logParam("note", "a: b # c");
            run.logMetric("val/auc", 0.25, 0).logMetric("val/auc", 0.5, 2).logMetric("val/auc", 0.75, 1);
            run.logMetric("loss", Double.POSITIVE_INFINITY, 0).logMetric("tiny", 1e-12, 3);
        }
        Path script = tmp.resolve("read.py");
        try (InputStream in = getClass().getResourceAsStream("mlflow_filestore_read.py")) {
            Files.copy(in, script);
        }
        Process p = run(PYTHON.toString(), script.toString(), root.toString());
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "python reader failed: " + err);
        JsonNode e = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                .readTree(out).get("experiments");
        assertEquals("Default", e.get("0").get("name").asText());
        assertEquals("active", e.get("0").get("lifecycle_stage").asText());
        assertEquals("int", e.get("0").get("creation_time_type").asText());
        JsonNode x = e.get(exp);
        assertEquals("it's flights: delays", x.get("name").asText());
        assertEquals(root.resolve(exp).toUri().toString().replaceAll("/$", ""),
                x.get("artifact_location").asText());
        JsonNode r = x.get("runs").get(id);
        assertEquals("true", r.get("run_name").asText());
        assertEquals("str", r.get("experiment_id_type").asText());
        assertEquals("int", r.get("status_type").asText());
        assertEquals("FINISHED", r.get("status").asText());
        assertEquals(1_600_000_000_003L, r.get("start_time").asLong());
        assertEquals("int", r.get("start_time_type").asText());
        assertEquals(0, r.get("tags_field").size());
        assertEquals("0.001", r.get("params").get("lambda").asText());
        assertEquals("a: b # c", r.get("params").get("note").asText());
        assertEquals("true", r.get("tags").get("mlflow.runName").asText());
        assertEquals(0.5, r.get("latest").get("val/auc").asDouble(), 0, "step 2 is MLflow's latest");
        assertEquals(3, r.get("metrics").get("val/auc").size());
        assertEquals(1e-12, r.get("latest").get("tiny").asDouble(), 0);
        assertEquals(Double.POSITIVE_INFINITY, r.get("latest").get("loss").asDouble(), 0, "python float('inf')");
        assertEquals(1, x.get("runs").size());
        assertEquals("0x1F", e.get(hexLike).get("name").asText());
    }

    private static Process run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return p;
    }
}

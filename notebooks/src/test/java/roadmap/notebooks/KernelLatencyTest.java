package roadmap.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import roadmap.kernel.client.ExecuteResult;
import roadmap.kernel.client.KernelProcess;
import roadmap.kernel.runner.KernelSpec;

/**
 * Measures the kernel's cold start to first result and the round trip of a trivial cell, in one
 * run: through Debian's {@code jupyter_client} (what Jupyter's server uses) for the installed
 * kernelspec and for ipykernel's, and through our own client. The numbers go into the README's
 * measured block; they are not asserted (wall-clock limits make flaky tests), but every result is
 * checked for correctness, here and in the Python script.
 */
class KernelLatencyTest {
    static final int COLD_STARTS = 3;
    static final int TRIVIAL_CELLS = 40;
    /** ipykernel's kernelspec, as Debian's python3-ipykernel installs it. */
    static final String IPYKERNEL_SPEC = "python3";
    /** How long the second session leaves a kernel idle before its cells, as a learner reads. */
    static final int IDLE_SECONDS = 5;

    /**
     * One kernel through one client, in milliseconds: cold starts, trivial cells sent back to back
     * straight after the first result, and trivial cells after {@link #IDLE_SECONDS} of idling
     * (empty when not measured).
     */
    record Latency(String kernel, String client, List<Double> coldStartMs, List<Double> cellMs,
            List<Double> afterIdleMs) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %s | %.0f ms | %s | %s |", kernel, client,
                    median(coldStartMs), cells(cellMs), cells(afterIdleMs));
        }

        private static String cells(List<Double> ms) {
            return ms.isEmpty() ? "not measured" : String.format(Locale.ROOT, "%.1f ms (%.1f ms)", median(ms),
                    ms.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        }
    }

    @Test
    void measureColdStartAndTrivialCellBesideIpykernel() throws Exception {
        String loadBefore = loadAverage();
        KernelSpec spec = HarnessEnvironment.kernelSpec();
        Latency own = measureWithOwnClient(spec);
        Optional<String> python = Jupyter.pythonWith("jupyter_client", "ipykernel");
        if (python.isEmpty()) {
            String reason = "no python3 with jupyter_client and ipykernel to measure the kernel as Jupyter does"
                    + " (Debian: apt install python3-jupyter-client python3-ipykernel)";
            if (Jupyter.crossCheckRequired()) {
                throw new AssertionError(reason + "; ROADMAP_REQUIRE_CROSSCHECK=1 requires it");
            }
            Assumptions.abort(reason);
        }
        JsonNode measured = measureWithJupyterClient(python.get());
        String jupyterClient = "jupyter_client " + measured.path("jupyter_client").asText();
        JsonNode kernels = measured.path("kernels");
        Latency ours = latency(kernels.path("java"), "`java` (this kernel)", jupyterClient);
        JsonNode ipy = kernels.path(IPYKERNEL_SPEC);
        String ipyName = String.format("`%s` (ipykernel, IPython %s, Python %s)", IPYKERNEL_SPEC,
                ipy.path("implementation_version").asText(), ipy.path("language_version").asText());
        Latency ipykernel = latency(ipy, ipyName, jupyterClient);
        assertEquals("roadmap-java", kernels.path("java").path("implementation").asText(),
                "the `java` kernelspec jupyter_client started is this kernel");
        assertEquals("ipython", ipy.path("implementation").asText(), "the python3 kernelspec is ipykernel");

        double oursIdle = median(ours.afterIdleMs());
        double ipyIdle = median(ipykernel.afterIdleMs());
        double oursBurst = median(ours.cellMs());
        double ipyBurst = median(ipykernel.cellMs());
        String section = String.join("\n",
                String.format(Locale.ROOT, "Kernel latency (JDK %d, one run of `KernelLatencyTest`): through Debian's %s,"
                        + " as JupyterLab's server drives kernels, a trivial cell (`N + 1`, from request to reply and idle)"
                        + " takes %.1f ms median on this kernel against %.1f ms on ipykernel (%.1f×) once the kernel has been"
                        + " idle for %d s after its first result, and %.1f ms against %.1f ms (%.1f×) when the cells follow"
                        + " the first result back to back.",
                        Runtime.version().feature(), jupyterClient, oursIdle, ipyIdle, oursIdle / ipyIdle, IDLE_SECONDS,
                        oursBurst, ipyBurst, oursBurst / ipyBurst),
                "",
                "| kernel | client | cold start → first result (median of " + COLD_STARTS + ") | trivial cell straight after"
                        + " start: median (min) of " + TRIVIAL_CELLS + " | after " + IDLE_SECONDS + " s idle |",
                "|---|---|---|---|---|",
                ours.row(), ipykernel.row(), own.row(),
                "",
                String.format(Locale.ROOT, "%d cores; 1-minute load average %s before the run, %s after.",
                        Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage()));
        System.out.println(section);
        Measurements.recordLatency(section);
    }

    /** Our own Java client ({@code roadmap.kernel.client}), the one the harness runs notebooks with. */
    private static Latency measureWithOwnClient(KernelSpec spec) throws Exception {
        List<Double> starts = new ArrayList<>();
        List<Double> cells = new ArrayList<>();
        for (int run = 0; run < COLD_STARTS; run++) {
            long t0 = System.nanoTime();
            try (KernelProcess kernel = KernelProcess.start(spec.argv(), spec.env(), HarnessEnvironment.notebooksDir())) {
                ExecuteResult first = kernel.client().execute("1 + 1", Duration.ofSeconds(60));
                starts.add((System.nanoTime() - t0) / 1e6);
                assertEquals("2", first.data("text/plain").orElse(""), "first result of 1 + 1");
                if (run == 0) {
                    for (int i = 0; i < TRIVIAL_CELLS; i++) {
                        long c0 = System.nanoTime();
                        ExecuteResult r = kernel.client().execute(i + " + 1", Duration.ofSeconds(30));
                        cells.add((System.nanoTime() - c0) / 1e6);
                        assertTrue(r.ok(), "trivial cell " + i + " failed: " + r.error());
                        assertEquals(String.valueOf(i + 1), r.data("text/plain").orElse(""), "result of " + i + " + 1");
                    }
                }
            }
        }
        return new Latency("`java` (this kernel)", "own client (`roadmap.kernel.client`)", starts, cells, List.of());
    }

    /** Runs {@code src/test/python/kernel_latency.py} for our installed kernelspec and ipykernel's. */
    private static JsonNode measureWithJupyterClient(String python) throws Exception {
        Path script = HarnessEnvironment.notebooksDir().resolve("src/test/python/kernel_latency.py");
        Path output = Files.createTempFile(HarnessEnvironment.targetDir(), "kernel-latency", ".json");
        try {
            ExternalCommand.Result result = ExternalCommand.run(
                    List.of(python, script.toString(), output.toString(), String.valueOf(COLD_STARTS),
                            String.valueOf(TRIVIAL_CELLS), String.valueOf(IDLE_SECONDS), "java", IPYKERNEL_SPEC),
                    Map.of("JUPYTER_PATH", HarnessEnvironment.jupyterDataDir().toString(),
                            "PYDEVD_DISABLE_FILE_VALIDATION", "1"),
                    HarnessEnvironment.notebooksDir(), Duration.ofMinutes(5));
            assertEquals(0, result.exitCode(), "kernel_latency.py failed:\n" + result.output());
            return new ObjectMapper().readTree(output.toFile());
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Latency latency(JsonNode kernel, String name, String client) {
        List<Double> starts = new ArrayList<>();
        List<Double> cells = new ArrayList<>();
        List<Double> afterIdle = new ArrayList<>();
        kernel.path("cold_start_ms").forEach(v -> starts.add(v.asDouble()));
        kernel.path("cell_ms").forEach(v -> cells.add(v.asDouble()));
        kernel.path("cell_after_idle_ms").forEach(v -> afterIdle.add(v.asDouble()));
        assertEquals(COLD_STARTS, starts.size(), name + ": cold starts measured");
        assertEquals(TRIVIAL_CELLS, cells.size(), name + ": trivial cells measured");
        assertEquals(TRIVIAL_CELLS, afterIdle.size(), name + ": trivial cells after idling measured");
        return new Latency(name, client, starts, cells, afterIdle);
    }

    /** The 1-minute load average (other work on the machine skews every figure above), or "n/a". */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

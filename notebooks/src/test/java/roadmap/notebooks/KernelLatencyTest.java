package roadmap.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import roadmap.kernel.client.ExecuteResult;
import roadmap.kernel.client.KernelProcess;
import roadmap.kernel.runner.KernelSpec;

/**
 * Measures, through the installed kernelspec, the kernel's cold start to first result and the
 * round trip of a trivial cell. The numbers go into the README's table; they are not asserted
 * (wall-clock limits make flaky tests), but every result is checked for correctness.
 */
class KernelLatencyTest {
    static final int COLD_STARTS = 3;
    static final int TRIVIAL_CELLS = 40;

    @Test
    void measureColdStartAndTrivialCellRoundTrip() throws Exception {
        KernelSpec spec = HarnessEnvironment.kernelSpec();
        List<Long> starts = new ArrayList<>();
        List<Long> roundTrips = new ArrayList<>();
        for (int run = 0; run < COLD_STARTS; run++) {
            long t0 = System.nanoTime();
            try (KernelProcess kernel = KernelProcess.start(spec.argv(), Map.of(), HarnessEnvironment.notebooksDir())) {
                ExecuteResult first = kernel.client().execute("1 + 1", Duration.ofSeconds(60));
                starts.add((System.nanoTime() - t0) / 1_000_000);
                assertEquals("2", first.data("text/plain").orElse(""), "first result of 1 + 1");
                if (run == 0) {
                    for (int i = 0; i < TRIVIAL_CELLS; i++) {
                        long c0 = System.nanoTime();
                        ExecuteResult r = kernel.client().execute("int v" + i + " = " + i + ";", Duration.ofSeconds(30));
                        roundTrips.add((System.nanoTime() - c0) / 1000);
                        assertTrue(r.ok(), "trivial cell " + i + " failed: " + r.error());
                    }
                }
            }
        }
        String line = String.format(Locale.ROOT,
                "(JDK %s): cold start to first result %d ms (median of %d), trivial cell round trip %.1f ms (median of %d).",
                Runtime.version().feature(), median(starts), COLD_STARTS, median(roundTrips) / 1000.0, TRIVIAL_CELLS);
        System.out.println("Kernel latency " + line);
        Measurements.recordLatency(line);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}

package roadmap.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import roadmap.kernel.runner.NotebookRunner;
import roadmap.kernel.runner.RunOptions;
import roadmap.kernel.runner.RunReport;

/**
 * Executes every notebook in {@code notebooks/} through the real kernel, over the Jupyter protocol,
 * in fast mode (or {@code -Droadmap.mode=full}), and fails on: an error output, a failed or missing
 * check, fewer than four check cells, no image/png output, invalid nbformat, or a notebook over the
 * memory budget. Times and peak RSS are recorded (never asserted) for the README table.
 * {@code -Droadmap.only=week07} runs only the notebooks whose file name contains that text.
 * When Jupyter is installed, each notebook the runner has executed is handed to
 * {@link NbconvertExecutions}, which executes it through nbconvert for the cross-check while the
 * runner goes on with the next one ({@code -Droadmap.overlap=false} runs them one after the other).
 */
class NotebookHarnessTest {
    /** The design's fast-mode memory budget per notebook. */
    static final long RSS_BUDGET_BYTES = 1536L * 1024 * 1024;
    /** A hang guard, not a speed test: a notebook stuck this long has a bug. */
    static final Duration NOTEBOOK_TIMEOUT = Duration.ofMinutes(15);

    private static final List<RunReport> REPORTS = new ArrayList<>();
    /** See {@link NbconvertExecutions}: pipelined Jupyter executions for the cross-check. */
    private static final boolean CROSS_CHECK_ALONGSIDE = NbconvertExecutions.overlapEnabled();

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsCleanly() {
        return HarnessEnvironment.selectedNotebooks().stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> run(nb)));
    }

    private static void run(Path notebook) throws Exception {
        Path outputDir = HarnessEnvironment.executedDir(HarnessEnvironment.mode());
        Files.createDirectories(outputDir);
        RunOptions options = RunOptions.defaults(HarnessEnvironment.kernelSpec())
                .withMode(HarnessEnvironment.mode())
                .withTimeouts(NOTEBOOK_TIMEOUT, NOTEBOOK_TIMEOUT)
                .withOutput(RunOptions.OutputMode.DIRECTORY, outputDir);
        RunReport report;
        try {
            report = new NotebookRunner(options).run(notebook);
        } finally {
            if (CROSS_CHECK_ALONGSIDE) {
                // Jupyter's execution of this notebook (the cross-check's) runs while the runner
                // executes the next one; the kernel's RSS above is sampled per process tree, so
                // the other kernel does not count in it
                NbconvertExecutions.startInBackground(notebook);
            }
        }
        synchronized (REPORTS) {
            REPORTS.add(report);
        }
        System.out.println(report.summary());
        if (!report.ok()) {
            fail(report.summary() + (report.detail().isBlank() ? "" : "\n" + report.detail()));
        }
        Path executed = report.writtenTo().orElseThrow(() -> new AssertionError(notebook + ": runner wrote nothing"));
        List<String> problems = NotebookRules.executed(NotebookFile.read(executed));
        assertEquals(List.of(), problems, String.join("\n", problems));
        if (Jupyter.pythonWith("nbformat").isPresent() || Jupyter.crossCheckRequired()) {
            NbformatValidation.assertValid(executed);
        } else {
            System.out.println("note: nbformat schema validation skipped (no python3 with nbformat)");
        }
        assertTrue(report.peakRssBytes() <= RSS_BUDGET_BYTES, report.notebook().getFileName() + " peaked at "
                + report.peakRssBytes() / (1024 * 1024) + " MB RSS; the budget is " + RSS_BUDGET_BYTES / (1024 * 1024)
                + " MB");
    }

    @AfterAll
    static void publishMeasurements() throws IOException {
        synchronized (REPORTS) {
            if (!REPORTS.isEmpty()) {
                Measurements.recordNotebooks(HarnessEnvironment.mode(), REPORTS);
            }
        }
    }
}

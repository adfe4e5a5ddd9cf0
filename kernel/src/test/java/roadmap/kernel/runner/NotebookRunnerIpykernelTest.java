package roadmap.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import roadmap.kernel.client.Ipykernel;

/** The runner end to end, with Debian's ipykernel standing in for the Java kernel. */
class NotebookRunnerIpykernelTest {

    @TempDir
    Path dir;
    private RunOptions options;

    @BeforeEach
    void requireIpykernel() throws Exception {
        Ipykernel.assumeAvailable();
        options = TestNotebooks.ipykernelOptions(dir);
    }

    @Test
    void executesCodeCellsRecordsOutputsAndWritesValidNbformat45() throws Exception {
        Path notebook = TestNotebooks.write(dir, "week00.ipynb",
                TestNotebooks.markdown("# Title"),
                TestNotebooks.code("import os\nprint(os.environ['ROADMAP_MODE'], os.path.basename(os.getcwd()))"),
                TestNotebooks.code(""),
                TestNotebooks.code("assert 1 + 1 == 2\nprint('✔ sums')", "check"),
                TestNotebooks.code("6 * 7"));
        Path out = dir.resolve("out");
        RunReport report = new NotebookRunner(options.withExtraEnv(java.util.Map.of("ROADMAP_MODE", "fast"))
                .withOutput(RunOptions.OutputMode.DIRECTORY, out)).run(notebook);
        assertEquals(RunStatus.OK, report.status(), report.message() + "\n" + report.detail());
        assertEquals(5, report.cells().size());
        assertEquals(1, report.checkCells());
        assertTrue(report.summary().matches("ok   week00\\.ipynb  \\d+\\.\\d s  peak RSS (\\d+ MB|n/a)  \\(5 cells, 1 checks\\)"),
                report.summary());
        CellResult printCell = report.cells().get(1);
        assertEquals(2, printCell.number());
        assertEquals("fast " + dir.getFileName() + "\n", printCell.outputs().get(0).path("text").asText());
        assertFalse(report.cells().get(2).executed(), "empty cells are not sent to the kernel");
        assertTrue(report.peakRssBytes() > 0 || report.peakRssBytes() == -1);

        Path written = out.resolve("week00.ipynb");
        assertEquals(written, report.writtenTo().orElseThrow());
        JsonNode saved = TestNotebooks.JSON.readTree(written.toFile());
        assertEquals(5, saved.path("nbformat_minor").asInt());
        assertEquals("python", saved.path("metadata").path("language_info").path("name").asText());
        JsonNode last = saved.path("cells").get(4);
        assertEquals(3, last.path("execution_count").asInt());
        assertEquals("42", last.path("outputs").get(0).path("data").path("text/plain").get(0).asText());
        if (Ipykernel.pythonCan("import nbformat")) {
            assertEquals("", TestNotebooks.nbformatComplaint(written));
        }
        String firstRun = Files.readString(written);
        new NotebookRunner(options.withExtraEnv(java.util.Map.of("ROADMAP_MODE", "fast"))
                .withOutput(RunOptions.OutputMode.DIRECTORY, out)).run(notebook);
        assertEquals(firstRun, Files.readString(written), "a rerun must reproduce the file exactly");
    }

    @Test
    void stopsAtTheFirstErrorNamesTheCellAndLeavesTheNotebookUntouched() throws Exception {
        Path notebook = TestNotebooks.write(dir, "failing.ipynb",
                TestNotebooks.markdown("intro"),
                TestNotebooks.code("x = 1"),
                TestNotebooks.code("# divide\n1 / 0"),
                TestNotebooks.code("print('never')"));
        byte[] before = Files.readAllBytes(notebook);
        RunReport report = new NotebookRunner(options.withOutput(RunOptions.OutputMode.INPLACE, null)).run(notebook);
        assertEquals(RunStatus.CELL_FAILED, report.status());
        assertEquals("FAIL failing.ipynb: cell 3 `# divide`: ZeroDivisionError: division by zero", report.summary());
        assertEquals(3, report.failedCell().orElseThrow());
        assertFalse(report.cells().get(3).executed());
        assertTrue(report.cells().get(2).hasError());
        assertTrue(report.detail().contains("left unchanged"), report.detail());
        assertFalse(report.detail().contains("\u001b["), "ANSI codes must be stripped from the detail");
        assertArrayEquals(before, Files.readAllBytes(notebook));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aCellThatNeverEndsTimesOutAndTheKernelIsKilled() throws Exception {
        Path notebook = TestNotebooks.write(dir, "forever.ipynb",
                TestNotebooks.code("import os\nprint(os.getpid())"),
                TestNotebooks.code("import time\nwhile True:\n    time.sleep(0.1)"));
        long start = System.nanoTime();
        RunReport report = new NotebookRunner(options.withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3))).run(notebook);
        assertEquals(RunStatus.TIMED_OUT, report.status());
        assertEquals("FAIL forever.ipynb: timed out after 3 s in cell 2 `import time`", report.summary());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(15)) < 0);
        long kernelPid = Long.parseLong(report.cells().get(0).outputs().get(0).path("text").asText().trim());
        TestNotebooks.assertProcessGone(kernelPid);
    }

    @Test
    void aPerCellLimitIsReportedAsSuch() throws Exception {
        Path notebook = TestNotebooks.write(dir, "slow.ipynb", TestNotebooks.code("import time\ntime.sleep(30)"));
        RunReport report = new NotebookRunner(options.withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(1))).run(notebook);
        assertEquals("FAIL slow.ipynb: timed out after 1 s in cell 1 `import time`", report.summary());
        assertTrue(report.detail().contains("cell time limit"), report.detail());
    }

    @Test
    void aKernelThatDiesMidRunIsReportedWithItsOutput() throws Exception {
        // ipykernel captures its own fd 2, so the dying words come from a wrapper shell, as a
        // JVM's "hs_err" or "OutOfMemoryError" lines would come from the kernel process itself
        KernelSpec wrapped = new KernelSpec(List.of("/bin/sh", "-c",
                "\"$1\" -m ipykernel_launcher -f \"$2\"; echo 'fatal: out of cheese' >&2; exit 3",
                "sh", Ipykernel.PYTHON.toString(), "{connection_file}"), Ipykernel.env(), null, "wrapped");
        Path notebook = TestNotebooks.write(dir, "dies.ipynb",
                TestNotebooks.code("import os\nprint(os.getpid())"),
                TestNotebooks.code("import os, sys\nos._exit(1)"),
                TestNotebooks.code("print('never')"));
        RunReport report = new NotebookRunner(RunOptions.defaults(wrapped)).run(notebook);
        assertEquals(RunStatus.KERNEL_DIED, report.status());
        assertEquals("FAIL dies.ipynb: kernel died while running cell 2 `import os, sys`", report.summary());
        assertTrue(report.detail().contains("kernel exit code 3"), report.detail());
        assertTrue(report.detail().contains("fatal: out of cheese"), report.detail());
        long kernelPid = Long.parseLong(report.cells().get(0).outputs().get(0).path("text").asText().trim());
        TestNotebooks.assertProcessGone(kernelPid);
    }

    @Test
    void aBadNotebookIsReportedWithoutStartingAKernel() throws Exception {
        Path marker = dir.resolve("kernel-started");
        KernelSpec spy = new KernelSpec(List.of("/bin/sh", "-c", "touch " + marker + "; exec sleep 30"),
                java.util.Map.of(), null, "spy");
        NotebookRunner runner = new NotebookRunner(RunOptions.defaults(spy));
        RunReport missing = runner.run(dir.resolve("missing.ipynb"));
        assertEquals(RunStatus.INVALID_NOTEBOOK, missing.status());
        assertEquals("FAIL missing.ipynb: notebook not found: " + dir.resolve("missing.ipynb"), missing.summary());
        Path text = dir.resolve("text.ipynb");
        Files.writeString(text, "not json");
        RunReport notJson = runner.run(text);
        assertTrue(notJson.summary().startsWith("FAIL text.ipynb: " + text + " is not a notebook: "), notJson.summary());
        assertFalse(Files.exists(marker), "no kernel may be started for a bad notebook");
    }

    @Test
    void aKernelThatCannotStartIsReported() throws Exception {
        Path notebook = TestNotebooks.write(dir, "n.ipynb", TestNotebooks.code("1"));
        KernelSpec broken = new KernelSpec(List.of("/bin/sh", "-c", "echo 'no JDK here' >&2; exit 9", "{connection_file}"),
                java.util.Map.of(), null, "broken");
        RunReport report = new NotebookRunner(RunOptions.defaults(broken)).run(notebook);
        assertEquals(RunStatus.KERNEL_START_FAILED, report.status());
        assertTrue(report.summary().startsWith("FAIL n.ipynb: kernel did not start: kernel exited with code 9"), report.summary());
        assertTrue(report.detail().contains("no JDK here"), report.detail());
    }
}

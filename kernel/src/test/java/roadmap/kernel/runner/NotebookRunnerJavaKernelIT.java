package roadmap.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import roadmap.kernel.client.Ipykernel;

/**
 * The runner against our Java kernel, started as the installed kernelspec would start it
 * ({@link DefaultKernel#forJar(Path)}). Skipped, with the reason, until
 * {@code kernel/target/java-kernel.jar} is built (or -Droadmap.kernel.jar names one).
 */
class NotebookRunnerJavaKernelIT {

    private static final Path KERNEL_JAR = Path.of(System.getProperty("roadmap.kernel.jar", "target/java-kernel.jar"));

    @TempDir
    Path dir;
    private RunOptions options;

    @BeforeEach
    void requireJar() {
        // An integration test (failsafe, after package): the jar must be there, never a silent skip.
        org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(KERNEL_JAR),
                KERNEL_JAR.toAbsolutePath() + " is not built; run mvn verify (or pass -Droadmap.kernel.jar)");
        options = RunOptions.defaults(DefaultKernel.forJar(KERNEL_JAR));
    }

    private static long pidOf(RunReport report) {
        for (CellResult cell : report.cells()) {
            if (!cell.outputs().isEmpty() && "stream".equals(cell.outputs().get(0).path("output_type").asText())) {
                return Long.parseLong(cell.outputs().get(0).path("text").asText().trim());
            }
        }
        throw new AssertionError("no cell printed the kernel pid");
    }

    @Test
    void runsANotebookAndWritesValidOutputs() throws Exception {
        Path notebook = TestNotebooks.write(dir, "java.ipynb", TestNotebooks.markdown("# Java"),
                TestNotebooks.code("System.out.println(ProcessHandle.current().pid());"),
                TestNotebooks.code("int x = 6;\nx * 7", "check"));
        RunReport report = new NotebookRunner(options.withOutput(RunOptions.OutputMode.INPLACE, null)).run(notebook);
        assertEquals(RunStatus.OK, report.status(), report.summary() + "\n" + report.detail());
        JsonNode saved = TestNotebooks.JSON.readTree(notebook.toFile());
        assertEquals("42", saved.path("cells").get(2).path("outputs").get(0).path("data").path("text/plain").get(0).asText());
        if (Ipykernel.pythonCan("import nbformat")) {
            assertEquals("", TestNotebooks.nbformatComplaint(notebook));
        }
        TestNotebooks.assertProcessGone(pidOf(report));
    }

    @Test
    void reportsTheRealExceptionClass() throws Exception {
        Path notebook = TestNotebooks.write(dir, "error.ipynb", TestNotebooks.code("Integer.parseInt(\"abc\")"));
        RunReport report = new NotebookRunner(options).run(notebook);
        assertEquals("FAIL error.ipynb: cell 1 `Integer.parseInt(\"abc\")`: java.lang.NumberFormatException: "
                + "For input string: \"abc\"", report.summary());
    }

    @Test
    void anEndlessLoopTimesOutAndNoKernelIsLeft() throws Exception {
        Path notebook = TestNotebooks.write(dir, "loop.ipynb",
                TestNotebooks.code("System.out.println(ProcessHandle.current().pid());"),
                TestNotebooks.code("while (true) { }"));
        // 20 s per cell: the first cell (JShell's first compile) must not hit the limit on a loaded machine
        RunReport report = new NotebookRunner(options.withTimeouts(Duration.ofSeconds(120), Duration.ofSeconds(20)))
                .run(notebook);
        assertEquals("FAIL loop.ipynb: timed out after 20 s in cell 2 `while (true) { }`", report.summary());
        TestNotebooks.assertProcessGone(pidOf(report));
    }

    @Test
    void aKernelKilledDuringACellIsReported() throws Exception {
        Path notebook = TestNotebooks.write(dir, "killed.ipynb",
                TestNotebooks.code("System.out.println(ProcessHandle.current().pid());"),
                TestNotebooks.code("long me = ProcessHandle.current().pid();\n"
                        + "new ProcessBuilder(\"kill\", \"-9\", \"\" + me).start().waitFor();"));
        RunReport report = new NotebookRunner(options).run(notebook);
        assertEquals("FAIL killed.ipynb: kernel died while running cell 2 `long me = ProcessHandle.current().pid();`",
                report.summary());
        assertTrue(report.detail().contains("kernel exit code 137"), report.detail());
        TestNotebooks.assertProcessGone(pidOf(report));
    }
}

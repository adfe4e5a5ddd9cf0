package roadmap.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import roadmap.kernel.runner.NotebookRunner;
import roadmap.kernel.runner.RunOptions;
import roadmap.kernel.runner.RunReport;

/**
 * Every notebook executed two ways must agree: by our runner, and by Jupyter's own
 * nbconvert/nbclient through the installed kernelspec (the path JupyterLab takes). Their check lines
 * must be equal. The runner's side is the output {@link NotebookHarnessTest} wrote in this same test
 * run (surefire runs the classes alphabetically, harness first); if there is none, it runs the
 * notebook itself. Jupyter's side is usually executed already: the harness starts it in the
 * background while the runner executes the next notebook ({@link NbconvertExecutions}).
 */
class NotebookNbconvertCrossCheckTest {

    @TestFactory
    Stream<DynamicTest> nbconvertPrintsTheSameChecksAsTheRunner() {
        return HarnessEnvironment.selectedNotebooks().stream()
                .map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> crossCheck(nb)));
    }

    private static void crossCheck(Path notebook) throws Exception {
        String name = notebook.getFileName().toString();
        String mode = HarnessEnvironment.mode();
        NbconvertExecutions.Execution converted = NbconvertExecutions.executed(notebook);
        assertEquals(0, converted.result().exitCode(),
                "nbconvert --execute failed on " + name + ":\n" + converted.result().output());
        List<String> viaJupyter = NotebookRules.passedClaims(NotebookFile.read(converted.written()));
        assertFalse(viaJupyter.isEmpty(), "nbconvert's execution of " + name + " printed no check lines");

        List<String> viaRunner = runnerClaims(notebook, mode);
        assertFalse(viaRunner.isEmpty(), "the runner's execution of " + name + " printed no check lines");
        // The same claims must pass in the same order. The measured numbers may differ in the last
        // digits where a library is multi-threaded (XGBoost, Smile's ensembles), so they are shown
        // in the message but not compared.
        assertEquals(viaRunner.stream().map(NotebookNbconvertCrossCheckTest::claim).toList(),
                viaJupyter.stream().map(NotebookNbconvertCrossCheckTest::claim).toList(),
                "nbconvert and the runner disagree on " + name + "\nrunner:  " + viaRunner + "\nnbconvert: " + viaJupyter);
    }

    /** The check lines of the harness's execution in this JVM's run, or of a fresh runner execution. */
    private static List<String> runnerClaims(Path notebook, String mode) throws Exception {
        Path executed = HarnessEnvironment.executedDir(mode).resolve(notebook.getFileName());
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        if (Files.exists(executed) && Files.getLastModifiedTime(executed).toMillis() >= jvmStart) {
            return NotebookRules.passedClaims(NotebookFile.read(executed));
        }
        Path outputDir = HarnessEnvironment.targetDir().resolve("crosscheck-runner-" + mode);
        Files.createDirectories(outputDir);
        RunReport report = new NotebookRunner(RunOptions.defaults(HarnessEnvironment.kernelSpec())
                .withMode(mode)
                .withOutput(RunOptions.OutputMode.DIRECTORY, outputDir)).run(notebook);
        assertTrue(report.ok(), report.summary());
        return NotebookRules.passedClaims(NotebookFile.read(report.writtenTo().orElseThrow()));
    }

    /** A check line without its measured values: "✔ claim (actual=…, …)" → "✔ claim". */
    static String claim(String line) {
        int values = line.lastIndexOf(" (");
        return values > 0 && line.endsWith(")") ? line.substring(0, values) : line;
    }
}

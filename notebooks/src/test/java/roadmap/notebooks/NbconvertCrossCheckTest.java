package roadmap.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import roadmap.kernel.runner.NotebookRunner;
import roadmap.kernel.runner.RunOptions;
import roadmap.kernel.runner.RunReport;

/**
 * Week 1 executed two ways must agree: by our runner, and by Jupyter's own nbconvert/nbclient
 * through the installed kernelspec (the path JupyterLab takes). Their check lines must be equal.
 */
class NbconvertCrossCheckTest {
    static final String NOTEBOOK = "week01-linear-algebra.ipynb";

    @Test
    void week1UnderNbconvertPrintsTheSameChecksAsTheRunner() throws Exception {
        String python = Jupyter.requirePython("the nbconvert cross-check", "nbconvert", "nbclient", "nbformat");
        Path notebook = HarnessEnvironment.notebooksDir().resolve(NOTEBOOK);
        assertTrue(Files.exists(notebook), notebook + " is missing");
        String mode = HarnessEnvironment.mode();
        HarnessEnvironment.kernelSpec(); // installs target/jupyter/share/jupyter/kernels/java

        Path nbconvertDir = HarnessEnvironment.targetDir().resolve("nbconvert-" + mode);
        Files.createDirectories(nbconvertDir);
        Map<String, String> env = new HashMap<>();
        env.put("JUPYTER_PATH", HarnessEnvironment.jupyterDataDir().toString());
        env.put("ROADMAP_MODE", mode);
        ExternalCommand.Result converted = ExternalCommand.run(List.of(python, "-m", "nbconvert", "--to", "notebook",
                "--execute", "--ExecutePreprocessor.kernel_name=java", "--ExecutePreprocessor.timeout=600",
                "--output-dir", nbconvertDir.toString(), notebook.toString()), env,
                HarnessEnvironment.notebooksDir(), Duration.ofMinutes(15));
        assertEquals(0, converted.exitCode(), "nbconvert --execute failed on " + NOTEBOOK + ":\n" + converted.output());
        List<String> viaJupyter = NotebookRules.passedClaims(NotebookFile.read(nbconvertDir.resolve(NOTEBOOK)));

        RunReport report = new NotebookRunner(RunOptions.defaults(HarnessEnvironment.kernelSpec())
                .withExtraEnv(Map.of("ROADMAP_MODE", mode))).run(notebook);
        assertTrue(report.ok(), report.summary());
        List<String> viaRunner = report.cells().stream().filter(c -> c.isCheck())
                .flatMap(c -> NotebookRules.passedClaims(asCell(c)).stream()).toList();

        assertFalse(viaRunner.isEmpty(), "the runner's execution printed no check lines");
        assertEquals(viaRunner, viaJupyter, "nbconvert and the runner disagree on " + NOTEBOOK);
    }

    private static NotebookFile.Cell asCell(roadmap.kernel.runner.CellResult result) {
        com.fasterxml.jackson.databind.node.ObjectNode json =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        json.set("outputs", result.outputs());
        return new NotebookFile.Cell(result.number(), json);
    }
}

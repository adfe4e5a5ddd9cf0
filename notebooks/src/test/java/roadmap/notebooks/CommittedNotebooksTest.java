package roadmap.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The notebooks as committed (what GitHub and nbviewer render) must be complete: every code cell
 * executed, no error output, checks and plots present, and nothing machine-specific in the outputs.
 * No kernel runs here; this guards against committing a half-run or hand-edited notebook.
 */
class CommittedNotebooksTest {
    @TestFactory
    Stream<DynamicTest> committedNotebooksCarryCleanOutputs() {
        return HarnessEnvironment.selectedNotebooks().stream()
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
                    NotebookFile nb = NotebookFile.read(path);
                    List<String> problems = new ArrayList<>(NotebookRules.executed(nb));
                    problems.addAll(NotebookRules.noMachinePaths(nb, machinePaths()));
                    assertEquals(List.of(), problems, String.join("\n", problems));
                }));
    }

    /** Paths that would only make sense on the machine that ran the notebook. */
    private static List<String> machinePaths() {
        List<String> paths = new ArrayList<>();
        Path repo = HarnessEnvironment.notebooksDir().getParent();
        if (repo != null) {
            paths.add(repo.toString());
        }
        paths.add(System.getProperty("user.home"));
        paths.add(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString() + "/");
        return paths;
    }
}

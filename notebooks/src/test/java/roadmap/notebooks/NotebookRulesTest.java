package roadmap.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's rules must catch each defect they exist for; a rule that never fails guards nothing. */
class NotebookRulesTest {
    @TempDir
    Path dir;

    private static final String CHECK_CELL = """
            {"cell_type":"code","id":"c%d","metadata":{"tags":["check"]},"execution_count":%d,
             "source":["Check.close(1, 1, 0, \\"one\\");"],
             "outputs":[{"output_type":"stream","name":"stdout","text":["✔ one (actual=1)\\n"]}]}
            """;
    private static final String PLOT_CELL = """
            {"cell_type":"code","id":"p","metadata":{},"execution_count":9,"source":["chart"],
             "outputs":[{"output_type":"display_data","metadata":{},"data":{"image/png":"iVBOR","text/plain":"chart"}}]}
            """;

    private NotebookFile notebook(String... cells) throws IOException {
        String json = "{\"nbformat\":4,\"nbformat_minor\":5,"
                + "\"metadata\":{\"kernelspec\":{\"name\":\"java\",\"display_name\":\"Java\",\"language\":\"java\"}},"
                + "\"cells\":[" + String.join(",", cells) + "]}";
        Path file = dir.resolve("nb.ipynb");
        Files.writeString(file, json);
        return NotebookFile.read(file);
    }

    private static String[] fourChecksAndAPlot() {
        return new String[] {CHECK_CELL.formatted(1, 1), CHECK_CELL.formatted(2, 2), CHECK_CELL.formatted(3, 3),
            CHECK_CELL.formatted(4, 4), PLOT_CELL};
    }

    @Test
    void aCompleteNotebookPasses() throws IOException {
        assertEquals(List.of(), NotebookRules.executed(notebook(fourChecksAndAPlot())));
    }

    @Test
    void anErrorOutputIsReportedWithCellNumberAndFirstLine() throws IOException {
        String failing = """
                {"cell_type":"code","id":"e","metadata":{},"execution_count":5,"source":["int x = Integer.parseInt(\\"a\\");\\n","x"],
                 "outputs":[{"output_type":"error","ename":"java.lang.NumberFormatException","evalue":"For input string: \\"a\\"","traceback":[]}]}
                """;
        String[] cells = fourChecksAndAPlot();
        String[] withError = java.util.Arrays.copyOf(cells, cells.length + 1);
        withError[cells.length] = failing;
        List<String> problems = NotebookRules.executed(notebook(withError));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("nb.ipynb: cell 6 `int x = Integer.parseInt(\"a\");`"), problems.get(0));
        assertTrue(problems.get(0).contains("java.lang.NumberFormatException"), problems.get(0));
    }

    @Test
    void tooFewCheckCellsFail() throws IOException {
        List<String> problems = NotebookRules.checks(notebook(CHECK_CELL.formatted(1, 1), PLOT_CELL));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("has 1 cells tagged check"), problems.get(0));
    }

    @Test
    void aCheckCellThatPrintedNoClaimFails() throws IOException {
        String silent = """
                {"cell_type":"code","id":"s","metadata":{"tags":["check"]},"execution_count":1,"source":["boolean ok = true;"],"outputs":[]}
                """;
        List<String> problems = NotebookRules.checks(notebook(silent, CHECK_CELL.formatted(2, 2),
                CHECK_CELL.formatted(3, 3), CHECK_CELL.formatted(4, 4)));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("cell 1 `boolean ok = true;`"), problems.get(0));
    }

    @Test
    void aNotebookWithoutPlotsFails() throws IOException {
        String[] cells = fourChecksAndAPlot();
        List<String> problems = NotebookRules.plots(notebook(java.util.Arrays.copyOf(cells, 4)));
        assertEquals(1, problems.size());
    }

    @Test
    void anUnexecutedCodeCellFails() throws IOException {
        String unexecuted = """
                {"cell_type":"code","id":"u","metadata":{},"execution_count":null,"source":["int y = 2;"],"outputs":[]}
                """;
        List<String> problems = NotebookRules.everyCodeCellExecuted(notebook(unexecuted));
        assertEquals(List.of("nb.ipynb: cell 1 `int y = 2;` was not executed"), problems);
    }

    @Test
    void duplicateCellIdsAndWrongKernelFail() throws IOException {
        String json = "{\"nbformat\":4,\"nbformat_minor\":4,\"metadata\":{\"kernelspec\":{\"name\":\"python3\"}},"
                + "\"cells\":[" + CHECK_CELL.formatted(1, 1) + "," + CHECK_CELL.formatted(1, 2) + "]}";
        Path file = dir.resolve("bad.ipynb");
        Files.writeString(file, json);
        List<String> problems = NotebookRules.structure(NotebookFile.read(file));
        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void machinePathsInOutputsFail() throws IOException {
        String leaky = """
                {"cell_type":"code","id":"l","metadata":{},"execution_count":1,"source":["DataDir.locate()"],
                 "outputs":[{"output_type":"execute_result","execution_count":1,"metadata":{},"data":{"text/plain":"/home/ada/course/data"}}]}
                """;
        List<String> problems = NotebookRules.noMachinePaths(notebook(leaky, PLOT_CELL), List.of("/home/ada", "iVBOR"));
        assertEquals(1, problems.size(), "image data is not text: " + problems);
        assertTrue(problems.get(0).contains("cell 1 `DataDir.locate()`"), problems.get(0));
    }

    private static String code(String id, String tag, String source, String stdout) {
        String tags = tag == null ? "" : "\"tags\":[\"" + tag + "\"]";
        return "{\"cell_type\":\"code\",\"id\":\"" + id + "\",\"metadata\":{" + tags + "},\"execution_count\":1,"
                + "\"source\":[" + com.fasterxml.jackson.databind.node.TextNode.valueOf(source) + "],"
                + "\"outputs\":[{\"output_type\":\"stream\",\"name\":\"stdout\",\"text\":["
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(stdout) + "]}]}";
    }

    private static String markdown(String id, String text) {
        return "{\"cell_type\":\"markdown\",\"id\":\"" + id + "\",\"metadata\":{},\"source\":["
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(text) + "]}";
    }

    private static final String STUB = code("x1", "exercise", "double lr = 0; // TODO", "");
    private static final String GRADE_NOT_YET = code("g1", "grade", "Grade.attempt(\"Exercise 1\", grader);",
            "… not yet (Exercise 1): the learning rate: expected 0.1\n");
    private static final String SOLUTIONS = markdown("m1", "## Solutions\n");
    private static final String SOLUTION = code("s1", "solution", "lr = 0.1;", "");
    private static final String STRICT = code("k1", "check", "Grade.strict(\"Exercise 1\", grader);",
            "✔ the learning rate\n✔ Exercise 1 — solved\n");

    @Test
    void anExerciseWithStubGraderAndSolutionPasses() throws IOException {
        assertEquals(List.of(), NotebookRules.exercises(notebook(STUB, GRADE_NOT_YET, SOLUTIONS, SOLUTION, STRICT)));
    }

    @Test
    void aGraderThatPassesTheStubFails() throws IOException {
        String gradeSolved = code("g1", "grade", "Grade.attempt(\"Exercise 1\", grader);", "✔ Exercise 1 — solved\n");
        List<String> problems = NotebookRules.exercises(notebook(STUB, gradeSolved, SOLUTIONS, SOLUTION, STRICT));
        assertTrue(problems.stream().anyMatch(p -> p.contains("cannot fail")), problems.toString());
    }

    @Test
    void anExerciseWithoutItsSolutionFails() throws IOException {
        List<String> problems = NotebookRules.exercises(notebook(STUB, GRADE_NOT_YET, SOLUTIONS));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("not yet: [Exercise 1], solved in the appendix: []"), problems.get(0));
    }

    @Test
    void aSolutionOutsideTheAppendixOrWithoutStrictGraderFails() throws IOException {
        List<String> problems = NotebookRules.exercises(notebook(STUB, GRADE_NOT_YET, SOLUTION,
                code("z", null, "int z = 1;", "")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("Solutions")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("followed by a check cell")), problems.toString());
    }

    @Test
    void aWeekNeedsTwoExercises() throws IOException {
        String json = "{\"nbformat\":4,\"nbformat_minor\":5,\"metadata\":{\"kernelspec\":{\"name\":\"java\"}},"
                + "\"cells\":[" + String.join(",", STUB, GRADE_NOT_YET, SOLUTIONS, SOLUTION, STRICT) + "]}";
        Path file = dir.resolve("week01-x.ipynb");
        Files.writeString(file, json);
        List<String> problems = NotebookRules.exercises(NotebookFile.read(file));
        assertEquals(List.of("week01-x.ipynb: has 1 exercise cells; a week has at least 2"), problems);
    }

    @Test
    void longLinesAndLongCellsFail() throws IOException {
        String longLine = code("a", null, "double x = " + "1 + ".repeat(30) + "1;", "");
        String longCell = code("b", null, "import a.B;\n" + "int i = 0;\n".repeat(16), "");
        String fine = code("c", null, "import a.B;\n".repeat(30) + "int i = 0;\n".repeat(15), "");
        List<String> problems = NotebookRules.codeLayout(notebook(longLine, longCell, fine));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("cell 1") && problems.get(0).contains("line 1 has 133 characters"),
                problems.get(0));
        assertTrue(problems.get(1).contains("cell 2") && problems.get(1).contains("16 code lines"), problems.get(1));
    }

    @Test
    void unrenderedChartsAndObjectHashesFail() throws IOException {
        String broken = code("a", null, "chart", "XYChart@354b7503 [could not render: logarithmic Y-Axis]\n");
        String hash = code("b", null, "model", "roadmap.nn.Mlp@1a2b3c4\n");
        String email = code("c", null, "mail", "write to ada@example.org, 3 @ 0x10\n");
        List<String> problems = NotebookRules.renderedOutputs(notebook(broken, hash, email));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("could not render"), problems.get(0));
        assertTrue(problems.get(1).contains("XYChart@354b7503"), problems.get(1));
        assertTrue(problems.get(2).contains("roadmap.nn.Mlp@1a2b3c4"), problems.get(2));
    }
}

package roadmap.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import roadmap.kernel.client.Ipykernel;

class NotebookTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.ipynb");
        NotebookException error = assertThrows(NotebookException.class, () -> Notebook.read(missing));
        assertEquals("notebook not found: " + missing, error.getMessage());
    }

    @Test
    void aNonJsonFileIsReportedWithLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.ipynb");
        Files.writeString(file, "{\n  \"cells\": [\n    oops\n  ]\n}\n");
        NotebookException error = assertThrows(NotebookException.class, () -> Notebook.read(file));
        assertTrue(error.getMessage().startsWith(file + " is not a notebook: "), error.getMessage());
        assertTrue(error.getMessage().contains("(line 3, column"), error.getMessage());
    }

    @Test
    void emptyAndNonNotebookJsonAreRejected() throws Exception {
        Path empty = dir.resolve("empty.ipynb");
        Files.writeString(empty, "");
        assertEquals(empty + " is not a notebook: the file is empty",
                assertThrows(NotebookException.class, () -> Notebook.read(empty)).getMessage());
        Path array = dir.resolve("array.ipynb");
        Files.writeString(array, "[1, 2]");
        assertTrue(assertThrows(NotebookException.class, () -> Notebook.read(array)).getMessage()
                .contains("expected a JSON object with a \"cells\" array"));
    }

    @Test
    void nbformat3IsRejectedWithAnUpgradeHint() {
        NotebookException error = assertThrows(NotebookException.class,
                () -> Notebook.parse("{\"nbformat\": 3, \"nbformat_minor\": 0, \"cells\": [], \"worksheets\": []}", "old.ipynb"));
        assertTrue(error.getMessage().startsWith("old.ipynb uses nbformat 3; the runner reads nbformat 4"), error.getMessage());
        assertTrue(error.getMessage().contains("jupyter nbconvert --to notebook --nbformat 4"), error.getMessage());
    }

    @Test
    void upgradesTo45WithStableUniqueIdsAndKeepsUnknownFields() throws Exception {
        Path file = TestNotebooks.write(dir, "n.ipynb", TestNotebooks.markdown("# Title"),
                TestNotebooks.code("x = 1"), TestNotebooks.code("x = 1"));
        Notebook first = Notebook.read(file);
        Notebook second = Notebook.read(file);
        assertEquals(5, first.json().path("nbformat_minor").asInt());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            String id = first.cells().get(i).path("id").asText();
            assertTrue(id.matches("[a-zA-Z0-9-_]{1,64}"), id);
            assertEquals(id, second.cells().get(i).path("id").asText(), "ids must be stable across reads");
            ids.add(id);
        }
        assertEquals(3, ids.size(), "ids must be unique even for identical cells");
        assertEquals("kept", first.json().path("metadata").path("custom_field").asText());
        assertTrue(first.toJupyterText().contains("\"custom_field\": \"kept\""));
    }

    @Test
    void sourceMayBeAStringOrAListAndIsSavedAsLines() throws Exception {
        Notebook notebook = Notebook.parse("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
                + "{\"id\": \"a\", \"cell_type\": \"code\", \"metadata\": {\"execution\": {\"iopub.status.busy\": \"2024\"}},"
                + " \"source\": \"  \\n  print(1)\\nprint(2)\", \"outputs\": [], \"execution_count\": null},"
                + "{\"id\": \"b\", \"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"# T\\n\", \"text\"]}]}", "s.ipynb");
        assertEquals("  \n  print(1)\nprint(2)", Notebook.source(notebook.cells().get(0)));
        assertEquals("# T\ntext", Notebook.source(notebook.cells().get(1)));
        assertEquals("print(1)", Notebook.firstLine(notebook.cells().get(0)));
        JsonNode saved = TestNotebooks.JSON.readTree(notebook.toJupyterText());
        assertEquals(List.of("  \n", "  print(1)\n", "print(2)"),
                TestNotebooks.JSON.convertValue(saved.path("cells").get(0).path("source"), List.class));
        assertTrue(saved.path("cells").get(0).path("metadata").path("execution").isMissingNode(), "timings stripped");
    }

    @Test
    void aNotebookSavedByNbformatIsRewrittenByteForByte() throws Exception {
        Ipykernel.assumeNbformat();
        Path file = dir.resolve("jupyter.ipynb");
        Process python = new ProcessBuilder(Ipykernel.PYTHON.toString(), "-c", String.join("\n",
                "import nbformat, sys",
                "from nbformat.v4 import new_notebook, new_code_cell, new_markdown_cell, new_output",
                "nb = new_notebook(metadata={'kernelspec': {'name': 'java', 'display_name': 'Java', 'language': 'java'}})",
                "nb.cells.append(new_markdown_cell('# Week 1\\n\\nVectors – ünïcode ✔'))",
                "nb.cells.append(new_code_cell('int x = 1;\\nx + 1', execution_count=1, metadata={'tags': ['check']}, outputs=[",
                "  new_output('stream', name='stdout', text='a\\nb\\n'),",
                "  new_output('execute_result', data={'text/plain': '2', 'text/html': '<b>2</b>\\n<i>x</i>'}, execution_count=1),",
                "  new_output('error', ename='java.lang.Error', evalue='e', traceback=['\\x1b[31mline\\x1b[0m'])]))",
                "nbformat.write(nb, sys.argv[1])"), file.toString()).redirectErrorStream(true).start();
        String pythonOutput = new String(python.getInputStream().readAllBytes());
        assertEquals(0, python.waitFor(), pythonOutput);
        String original = Files.readString(file);
        assertEquals(original, Notebook.read(file).toJupyterText());
        assertNotEquals(-1, original.indexOf("\"id\""));
    }
}

package roadmap.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import roadmap.kernel.runner.Notebook;
import roadmap.kernel.runner.NotebookException;

/**
 * A notebook on disk, read with the runner's own model ({@link Notebook}), with the few views the
 * harness needs.
 */
final class NotebookFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final Notebook notebook;
    private final JsonNode asWritten;

    private NotebookFile(Path path, Notebook notebook, JsonNode asWritten) {
        this.path = path;
        this.notebook = notebook;
        this.asWritten = asWritten;
    }

    static NotebookFile read(Path path) {
        try {
            return new NotebookFile(path, Notebook.read(path), JSON.readTree(path.toFile()));
        } catch (NotebookException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read notebook " + path + ": " + e.getMessage(), e);
        }
    }

    /** Every notebook of the course, sorted by name: `00-start-here`, then the weeks in order. */
    static List<Path> all(Path notebooksDir) {
        try (Stream<Path> files = Files.list(notebooksDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb"))
                    .filter(p -> !p.getFileName().toString().endsWith(".failed.ipynb"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    String name() {
        return path.getFileName().toString();
    }

    /**
     * The file's JSON exactly as written: the runner's model upgrades older nbformat versions and
     * fills in missing cell ids while reading, so the format rules look here.
     */
    JsonNode asWritten() {
        return asWritten;
    }

    List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (JsonNode cell : notebook.cells()) {
            cells.add(new Cell(cells.size() + 1, cell));
        }
        return cells;
    }

    /** One cell; {@code number} counts every cell from 1, as Jupyter shows them. */
    record Cell(int number, JsonNode json) {
        String type() {
            return json.path("cell_type").asText();
        }

        boolean isCode() {
            return "code".equals(type());
        }

        String source() {
            return Notebook.source(json);
        }

        String firstLine() {
            return Notebook.firstLine(json);
        }

        boolean hasTag(String tag) {
            return Notebook.tags(json).contains(tag);
        }

        List<JsonNode> outputs() {
            List<JsonNode> outputs = new ArrayList<>();
            json.path("outputs").forEach(outputs::add);
            return outputs;
        }

        /** All text this cell printed on stdout, concatenated. */
        String stdout() {
            StringBuilder text = new StringBuilder();
            for (JsonNode output : outputs()) {
                if ("stream".equals(output.path("output_type").asText())
                        && "stdout".equals(output.path("name").asText())) {
                    JsonNode t = output.path("text");
                    if (t.isArray()) {
                        t.forEach(line -> text.append(line.asText()));
                    } else {
                        text.append(t.asText());
                    }
                }
            }
            return text.toString();
        }

        /** "cell 7 `var x = 1;`": how failure messages name a cell. */
        String describe() {
            return "cell " + number + " `" + firstLine() + "`";
        }
    }
}

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

/** A notebook on disk, read as a JSON tree, with the few views the harness needs. */
final class NotebookFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final JsonNode root;

    private NotebookFile(Path path, JsonNode root) {
        this.path = path;
        this.root = root;
    }

    static NotebookFile read(Path path) {
        try {
            return new NotebookFile(path, JSON.readTree(path.toFile()));
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

    JsonNode root() {
        return root;
    }

    List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        JsonNode array = root.path("cells");
        for (int i = 0; i < array.size(); i++) {
            cells.add(new Cell(i + 1, array.get(i)));
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
            JsonNode source = json.path("source");
            if (source.isArray()) {
                StringBuilder text = new StringBuilder();
                source.forEach(line -> text.append(line.asText()));
                return text.toString();
            }
            return source.asText();
        }

        String firstLine() {
            return source().strip().lines().findFirst().orElse("");
        }

        boolean hasTag(String tag) {
            for (JsonNode t : json.path("metadata").path("tags")) {
                if (tag.equals(t.asText())) {
                    return true;
                }
            }
            return false;
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

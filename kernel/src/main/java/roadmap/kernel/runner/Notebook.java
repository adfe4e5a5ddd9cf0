package roadmap.kernel.runner;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An nbformat 4 notebook held as a Jackson tree, so every field and all metadata the runner does
 * not know survive a rewrite. Reading upgrades 4.x to 4.5: every cell gets an {@code id}
 * (deterministic, from its index and source, for cells that lack one) and a {@code metadata}
 * object; code cells get {@code outputs} and {@code execution_count}.
 */
public final class Notebook {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> SPLIT_MIME_TYPES = Set.of("application/javascript", "image/svg+xml");

    private final ObjectNode root;

    private Notebook(ObjectNode root) {
        this.root = root;
    }

    /**
     * @param path a .ipynb file
     * @return the notebook, upgraded to nbformat 4.5 in memory
     * @throws NotebookException "notebook not found: PATH", "PATH is not a notebook: …", or an
     *                           unsupported nbformat version
     */
    public static Notebook read(Path path) throws NotebookException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NotebookException("notebook not found: " + path);
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw new NotebookException(path + " is a directory, not a notebook");
            }
            throw new NotebookException("cannot read " + path + ": " + e.getMessage());
        }
        return parse(text, path.toString());
    }

    /**
     * @param text notebook JSON
     * @param name how to name the notebook in error messages
     * @return the notebook, upgraded to nbformat 4.5 in memory
     * @throws NotebookException if it is not JSON or not nbformat 4
     */
    public static Notebook parse(String text, String name) throws NotebookException {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new NotebookException(name + " is not a notebook: " + message + where);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new NotebookException(name + " is not a notebook: the file is empty");
        }
        if (!tree.isObject() || !tree.path("cells").isArray()) {
            throw new NotebookException(name + " is not a notebook: expected a JSON object with a \"cells\" array");
        }
        ObjectNode root = (ObjectNode) tree;
        if (!root.path("nbformat").canConvertToInt()) {
            throw new NotebookException(name + " is not a notebook: it has no \"nbformat\" version");
        }
        int major = root.path("nbformat").asInt();
        if (major != 4) {
            throw new NotebookException(name + " uses nbformat " + major + "; the runner reads nbformat 4"
                    + (major < 4 ? " (upgrade it: jupyter nbconvert --to notebook --nbformat 4 " + name + ")" : ""));
        }
        Notebook notebook = new Notebook(root);
        notebook.upgradeToMinor5();
        return notebook;
    }

    private void upgradeToMinor5() {
        if (root.path("nbformat_minor").asInt(0) < 5) {
            root.put("nbformat_minor", 5);
        }
        if (!root.path("metadata").isObject()) {
            root.putObject("metadata");
        }
        List<ObjectNode> cells = cells();
        Set<String> ids = new HashSet<>();
        for (ObjectNode cell : cells) {
            if (cell.path("id").isTextual()) {
                ids.add(cell.path("id").asText());
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            ObjectNode cell = cells.get(i);
            if (!cell.path("id").isTextual() || cell.path("id").asText().isEmpty()) {
                String id = deterministicId(i, cell);
                for (int n = 2; ids.contains(id); n++) {
                    id = deterministicId(i, cell) + "-" + n;
                }
                ids.add(id);
                cell.put("id", id);
            }
            if (!cell.path("metadata").isObject()) {
                cell.putObject("metadata");
            }
            if ("code".equals(cell.path("cell_type").asText())) {
                if (!cell.path("outputs").isArray()) {
                    cell.putArray("outputs");
                }
                if (!cell.has("execution_count")) {
                    cell.putNull("execution_count");
                }
            }
        }
    }

    private static String deterministicId(int index, ObjectNode cell) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((index + "\n" + cell.path("cell_type").asText() + "\n" + source(cell)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the live JSON tree (changes write through) */
    public ObjectNode json() {
        return root;
    }

    /** @return a deep copy */
    public Notebook copy() {
        return new Notebook(root.deepCopy());
    }

    /** @return the cells, in order (live nodes) */
    public List<ObjectNode> cells() {
        List<ObjectNode> cells = new ArrayList<>();
        for (JsonNode cell : root.path("cells")) {
            if (cell.isObject()) {
                cells.add((ObjectNode) cell);
            }
        }
        return cells;
    }

    /**
     * @param cell a cell
     * @return its source as one string (nbformat allows a string or a list of lines)
     */
    public static String source(JsonNode cell) {
        return joined(cell.path("source"));
    }

    /**
     * @param cell a cell
     * @return {@code metadata.tags}, empty if none
     */
    public static List<String> tags(JsonNode cell) {
        List<String> tags = new ArrayList<>();
        cell.path("metadata").path("tags").forEach(tag -> tags.add(tag.asText()));
        return List.copyOf(tags);
    }

    /**
     * @param cell a cell
     * @return its first non-blank source line, trimmed and cut at 80 characters
     */
    public static String firstLine(JsonNode cell) {
        for (String line : source(cell).split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                return trimmed.length() > 80 ? trimmed.substring(0, 79) + "…" : trimmed;
            }
        }
        return "";
    }

    /**
     * The notebook as Jupyter writes it: multi-line strings as lists of lines, transient fields
     * (cell {@code metadata.execution} timings, {@code trusted}, {@code orig_nbformat}) removed,
     * keys sorted, one-space indent, trailing newline.
     *
     * @return the file contents
     */
    public String toJupyterText() {
        ObjectNode copy = root.deepCopy();
        JsonNode metadata = copy.path("metadata");
        if (metadata.isObject()) {
            ((ObjectNode) metadata).remove(List.of("orig_nbformat", "orig_nbformat_minor", "signature"));
        }
        for (JsonNode cell : copy.path("cells")) {
            if (!cell.isObject()) {
                continue;
            }
            ObjectNode cellObject = (ObjectNode) cell;
            splitIfText(cellObject, "source");
            if (cell.path("metadata").isObject()) {
                ((ObjectNode) cell.path("metadata")).remove(List.of("execution", "trusted"));
            }
            for (JsonNode attachment : cell.path("attachments")) {
                splitMimeBundle(attachment);
            }
            for (JsonNode output : cell.path("outputs")) {
                String type = output.path("output_type").asText();
                if ("stream".equals(type)) {
                    splitIfText((ObjectNode) output, "text");
                } else if ("execute_result".equals(type) || "display_data".equals(type)) {
                    splitMimeBundle(output.path("data"));
                }
            }
        }
        return JupyterJson.write(copy);
    }

    private static void splitMimeBundle(JsonNode bundle) {
        if (!bundle.isObject()) {
            return;
        }
        List<String> keys = new ArrayList<>();
        bundle.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            if (key.startsWith("text/") || SPLIT_MIME_TYPES.contains(key)) {
                splitIfText((ObjectNode) bundle, key);
            }
        }
    }

    private static void splitIfText(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isTextual()) {
            ArrayNode lines = NODES.arrayNode();
            JupyterJson.splitLines(value.asText()).forEach(lines::add);
            node.set(field, lines);
        }
    }

    private static String joined(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        StringBuilder text = new StringBuilder();
        value.forEach(part -> text.append(part.asText()));
        return text.toString();
    }

    /**
     * Sets {@code metadata.language_info} from a kernel_info_reply, as Jupyter front-ends do.
     *
     * @param kernelInfo the kernel_info_reply content
     */
    public void recordLanguageInfo(JsonNode kernelInfo) {
        JsonNode languageInfo = kernelInfo.path("language_info");
        if (languageInfo.isObject()) {
            ((ObjectNode) root.path("metadata")).set("language_info", languageInfo.deepCopy());
        }
    }

    /** @return counts by cell type, e.g. {code=20, markdown=18} */
    public Map<String, Long> cellTypeCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        cells().forEach(cell -> counts.merge(cell.path("cell_type").asText("?"), 1L, Long::sum));
        return counts;
    }
}

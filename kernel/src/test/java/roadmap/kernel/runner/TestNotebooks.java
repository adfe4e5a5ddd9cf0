package roadmap.kernel.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import roadmap.kernel.client.Ipykernel;

/** Builds small notebooks and kernelspecs for runner tests. */
final class TestNotebooks {

    static final ObjectMapper JSON = new ObjectMapper();

    private TestNotebooks() {
    }

    static ObjectNode code(String source, String... tags) {
        ObjectNode cell = JSON.createObjectNode();
        cell.put("cell_type", "code");
        cell.putObject("metadata").set("tags", JSON.valueToTree(List.of(tags)));
        cell.put("source", source);
        cell.putNull("execution_count");
        cell.putArray("outputs");
        return cell;
    }

    static ObjectNode markdown(String source) {
        ObjectNode cell = JSON.createObjectNode();
        cell.put("cell_type", "markdown");
        cell.putObject("metadata");
        cell.put("source", source);
        return cell;
    }

    /** Writes an nbformat 4.4 notebook (no cell ids), as older Jupyter versions save them. */
    static Path write(Path dir, String name, ObjectNode... cells) throws IOException {
        ObjectNode notebook = JSON.createObjectNode();
        ArrayNode array = notebook.putArray("cells");
        for (ObjectNode cell : cells) {
            array.add(cell);
        }
        ObjectNode metadata = notebook.putObject("metadata");
        metadata.putObject("kernelspec").put("name", "python3").put("display_name", "Python 3").put("language", "python");
        metadata.put("custom_field", "kept");
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 4);
        Path file = dir.resolve(name);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(notebook));
        return file;
    }

    /** Writes a kernelspec directory for Debian's ipykernel. */
    static Path ipykernelSpec(Path dir) throws IOException {
        Path spec = dir.resolve("python3-spec");
        Files.createDirectories(spec);
        ObjectNode json = JSON.createObjectNode();
        json.set("argv", JSON.valueToTree(Ipykernel.argv()));
        json.put("display_name", "Python 3 (Debian)");
        json.put("language", "python");
        json.putObject("env").put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Files.writeString(spec.resolve("kernel.json"), JSON.writeValueAsString(json));
        return spec;
    }

    static RunOptions ipykernelOptions(Path dir) throws IOException {
        return RunOptions.defaults(KernelSpec.read(ipykernelSpec(dir)));
    }

    /** Validates with nbformat; returns the validator's complaint or "" when valid. */
    static String nbformatComplaint(Path notebook) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Ipykernel.PYTHON.toString(), "-c",
                "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", notebook.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return process.waitFor() == 0 ? "" : output;
    }

    static void assertProcessGone(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("kernel process " + pid + " is still alive (orphan)");
    }
}

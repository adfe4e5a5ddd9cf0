package roadmap.kernel.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to start a kernel: the argv template of a kernelspec ({@code {connection_file}},
 * {@code {resource_dir}} substituted at start), its environment, and its directory.
 *
 * @param argv        the command line template
 * @param env         variables the kernelspec adds to the environment
 * @param resourceDir the kernelspec directory, or null when not started from one
 * @param displayName a name for messages
 */
public record KernelSpec(List<String> argv, Map<String, String> env, Path resourceDir, String displayName) {

    /** Copies the collections. */
    public KernelSpec {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
    }

    /**
     * Reads an installed kernelspec, as {@code jupyter kernelspec list} shows them.
     *
     * @param dir the kernelspec directory (containing kernel.json), or the kernel.json file itself
     * @return the kernelspec
     * @throws IOException if kernel.json is missing, unreadable or has no argv
     */
    public static KernelSpec read(Path dir) throws IOException {
        Path file = Files.isDirectory(dir) ? dir.resolve("kernel.json") : dir;
        Path resourceDir = file.toAbsolutePath().getParent();
        if (!Files.isRegularFile(file)) {
            throw new IOException("no kernel.json in " + dir);
        }
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        List<String> argv = new ArrayList<>();
        json.path("argv").forEach(arg -> argv.add(arg.asText()));
        if (argv.isEmpty()) {
            throw new IOException(file + " has no argv");
        }
        Map<String, String> env = new LinkedHashMap<>();
        json.path("env").properties().forEach(entry -> env.put(entry.getKey(), entry.getValue().asText()));
        return new KernelSpec(argv, env, resourceDir, json.path("display_name").asText(resourceDir.getFileName().toString()));
    }
}

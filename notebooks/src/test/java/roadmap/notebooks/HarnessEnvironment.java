package roadmap.notebooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import roadmap.kernel.runner.KernelSpec;

/**
 * Where the harness finds things and how it installs the kernel: the kernelspec is installed with
 * the kernel jar's own {@code install --prefix} into {@code notebooks/target/jupyter}, so every run
 * goes through the exact kernel.json a learner gets.
 */
final class HarnessEnvironment {
    private static KernelSpec installed;

    private HarnessEnvironment() {
    }

    static Path notebooksDir() {
        return Path.of(System.getProperty("roadmap.notebooks.dir", ".")).toAbsolutePath().normalize();
    }

    static Path targetDir() {
        return notebooksDir().resolve("target");
    }

    /** Where the harness writes the notebooks it executed in {@code mode} (the cross-check reads them). */
    static Path executedDir(String mode) {
        return targetDir().resolve("executed-" + mode);
    }

    /**
     * The notebooks this run tests: all of them, or with {@code -Droadmap.only=week07} those whose
     * file name contains that text (every notebook test uses this one filter). Fails when the
     * filter matches nothing, so a typo cannot turn the suite into a silent pass.
     */
    static List<Path> selectedNotebooks() {
        String only = System.getProperty("roadmap.only", "");
        List<Path> notebooks = NotebookFile.all(notebooksDir()).stream()
                .filter(nb -> nb.getFileName().toString().contains(only)).toList();
        if (notebooks.isEmpty()) {
            throw new IllegalStateException("no notebooks" + (only.isEmpty() ? "" : " matching '" + only + "'")
                    + " found in " + notebooksDir());
        }
        return notebooks;
    }

    static Path kernelJar() {
        Path jar = Path.of(System.getProperty("roadmap.kernel.jar",
                notebooksDir().resolve("../kernel/target/java-kernel.jar").toString())).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("kernel jar " + jar + " is missing; build the kernel module first"
                    + " (./mvnw verify builds everything in order)");
        }
        return jar;
    }

    /** {@code fast} unless {@code -Droadmap.mode=full}: the mode every notebook runs in. */
    static String mode() {
        String mode = System.getProperty("roadmap.mode", "fast");
        if (!mode.equals("fast") && !mode.equals("full")) {
            throw new IllegalArgumentException("roadmap.mode must be fast or full, is " + mode);
        }
        return mode;
    }

    static Path jupyterPrefix() {
        return targetDir().resolve("jupyter");
    }

    /** The share/jupyter directory to put on JUPYTER_PATH so Jupyter finds our kernelspec. */
    static Path jupyterDataDir() {
        return jupyterPrefix().resolve("share").resolve("jupyter");
    }

    /** Installs the kernelspec once per test JVM, through the jar's command line, and reads it back. */
    static synchronized KernelSpec kernelSpec() throws IOException, InterruptedException {
        if (installed == null) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ExternalCommand.Result result = ExternalCommand.run(
                    List.of(java, "-jar", kernelJar().toString(), "install", "--prefix", jupyterPrefix().toString()),
                    Map.of(), notebooksDir(), Duration.ofMinutes(2));
            if (result.exitCode() != 0) {
                throw new IllegalStateException("kernelspec install failed (exit " + result.exitCode() + "):\n"
                        + result.output());
            }
            installed = KernelSpec.read(jupyterDataDir().resolve("kernels").resolve("java"));
        }
        return installed;
    }

    static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}

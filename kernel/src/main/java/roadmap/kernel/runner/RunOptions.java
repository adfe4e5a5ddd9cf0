package roadmap.kernel.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link NotebookRunner} runs notebooks.
 *
 * @param kernel          the kernel to start for each notebook
 * @param extraEnv        variables for the kernel on top of the kernelspec's (e.g. ROADMAP_MODE)
 * @param notebookTimeout the whole notebook's time limit
 * @param cellTimeout     one cell's time limit
 * @param startTimeout    how long the kernel may take to answer its first request
 * @param output          where executed notebooks go
 * @param outputDir       the directory for {@link OutputMode#DIRECTORY}, else null
 */
public record RunOptions(KernelSpec kernel, Map<String, String> extraEnv, Duration notebookTimeout,
                         Duration cellTimeout, Duration startTimeout, OutputMode output, Path outputDir) {

    /**
     * The environment variable that tells a notebook to run in {@code fast} or {@code full} mode
     * (the notebooks' helper library reads it; the runner only passes it on).
     */
    public static final String MODE_ENV = "ROADMAP_MODE";

    /** Default whole-notebook time limit. */
    public static final Duration DEFAULT_NOTEBOOK_TIMEOUT = Duration.ofMinutes(30);

    /** Where executed notebooks are written. Only successful runs are written. */
    public enum OutputMode {
        /** Not written; the report carries the executed notebook. */
        NONE,
        /** Replaces the notebook file (atomically). */
        INPLACE,
        /** Writes a file of the same name into {@code outputDir} (atomically). */
        DIRECTORY
    }

    /** Checks consistency and copies the environment. */
    public RunOptions {
        Objects.requireNonNull(kernel, "kernel");
        extraEnv = Map.copyOf(extraEnv);
        Objects.requireNonNull(notebookTimeout, "notebookTimeout");
        Objects.requireNonNull(cellTimeout, "cellTimeout");
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(output, "output");
        if (output == OutputMode.DIRECTORY && outputDir == null) {
            throw new IllegalArgumentException("output mode DIRECTORY needs an outputDir");
        }
    }

    /**
     * @param kernel the kernel
     * @return options with default limits (30 min per notebook, no separate cell limit, 30 s start),
     *         no extra environment, nothing written
     */
    public static RunOptions defaults(KernelSpec kernel) {
        return new RunOptions(kernel, Map.of(), DEFAULT_NOTEBOOK_TIMEOUT, DEFAULT_NOTEBOOK_TIMEOUT,
                Duration.ofSeconds(30), OutputMode.NONE, null);
    }

    /**
     * @param env variables for the kernel
     * @return a copy with that environment
     */
    public RunOptions withExtraEnv(Map<String, String> env) {
        return new RunOptions(kernel, env, notebookTimeout, cellTimeout, startTimeout, output, outputDir);
    }

    /**
     * @param mode {@code fast} or {@code full}, passed to the kernel as {@link #MODE_ENV}
     * @return a copy with that mode in the kernel's environment
     */
    public RunOptions withMode(String mode) {
        if (!"fast".equals(mode) && !"full".equals(mode)) {
            throw new IllegalArgumentException("mode must be fast or full, got '" + mode + "'");
        }
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put(MODE_ENV, mode);
        return withExtraEnv(env);
    }

    /**
     * @param notebook the whole notebook's time limit
     * @param cell     one cell's time limit
     * @return a copy with these limits
     */
    public RunOptions withTimeouts(Duration notebook, Duration cell) {
        return new RunOptions(kernel, extraEnv, notebook, cell, startTimeout, output, outputDir);
    }

    /**
     * @param mode where to write
     * @param dir  the directory for {@link OutputMode#DIRECTORY}, else ignored
     * @return a copy with that output
     */
    public RunOptions withOutput(OutputMode mode, Path dir) {
        return new RunOptions(kernel, extraEnv, notebookTimeout, cellTimeout, startTimeout, mode,
                mode == OutputMode.DIRECTORY ? dir : null);
    }
}

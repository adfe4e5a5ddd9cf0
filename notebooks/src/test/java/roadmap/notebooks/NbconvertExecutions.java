package roadmap.notebooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import roadmap.kernel.runner.RunOptions;

/**
 * Jupyter's own execution of the notebooks ({@code nbconvert --execute}, i.e. nbclient through the
 * installed kernelspec), for {@link NotebookNbconvertCrossCheckTest}.
 *
 * <p>To keep {@code ./mvnw verify} within its budget the executions are pipelined with the
 * harness: once the runner has executed notebook N, {@link NotebookHarnessTest} hands N to this
 * class, which executes it in the background while the runner goes on with N + 1. Before a new
 * background execution starts, the previous one is waited for, so at most two kernels run at once
 * (one per core of a 2-core CI machine), and never two of the same notebook (a notebook may write
 * files beside itself). The cross-check then only compares; a notebook not executed in the
 * background (the cross-check run alone, or {@code -Droadmap.overlap=false}) is executed when the
 * cross-check asks for it. Overlap is off by default in {@code -Droadmap.updateReadme=true} runs,
 * so the published per-notebook times are taken with the runner alone on the machine.
 */
final class NbconvertExecutions {
    /** The outcome of one execution: where nbconvert wrote the notebook, its exit code and output. */
    record Execution(Path written, ExternalCommand.Result result) {
    }

    private static final Map<Path, CompletableFuture<Execution>> EXECUTIONS = new ConcurrentHashMap<>();
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "nbconvert-background");
        thread.setDaemon(true);
        return thread;
    });
    private static CompletableFuture<Execution> lastStarted = CompletableFuture.completedFuture(null);

    static {
        // a JVM that ends while nbconvert still runs (a harness-only run, an aborted build) leaves
        // no python and no kernel behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }), "nbconvert-cleanup"));
    }

    private NbconvertExecutions() {
    }

    /**
     * Whether the harness should start the cross-check's executions in the background:
     * {@code -Droadmap.overlap} (default true, false when {@code roadmap.updateReadme} is set) and a
     * python with nbconvert to run them.
     */
    static boolean overlapEnabled() {
        boolean wanted = Boolean.parseBoolean(System.getProperty("roadmap.overlap",
                Boolean.toString(!Boolean.getBoolean("roadmap.updateReadme"))));
        return wanted && Jupyter.pythonWith("nbconvert", "nbclient", "nbformat").isPresent();
    }

    /**
     * Waits for the previous background execution, then starts {@code notebook}'s in the
     * background. Returns at once after that wait; failures surface in {@link #executed}.
     */
    static synchronized void startInBackground(Path notebook) {
        awaitQuietly(lastStarted);
        lastStarted = EXECUTIONS.computeIfAbsent(key(notebook),
                nb -> CompletableFuture.supplyAsync(() -> execute(nb), BACKGROUND));
    }

    /** Waits for the background execution started last, if any (its result stays available). */
    static synchronized void awaitBackground() {
        awaitQuietly(lastStarted);
    }

    /**
     * nbconvert's execution of {@code notebook}: the background one if the harness started it,
     * else one run now (after any background execution, so two kernels at most).
     */
    static Execution executed(Path notebook) throws Exception {
        CompletableFuture<Execution> execution;
        synchronized (NbconvertExecutions.class) {
            awaitQuietly(lastStarted);
            execution = EXECUTIONS.computeIfAbsent(key(notebook), nb -> CompletableFuture.completedFuture(execute(nb)));
        }
        try {
            return execution.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Execution execute(Path notebook) {
        try {
            String python = Jupyter.requirePython("the nbconvert cross-check", "nbconvert", "nbclient", "nbformat");
            String mode = HarnessEnvironment.mode();
            HarnessEnvironment.kernelSpec(); // installs target/jupyter/share/jupyter/kernels/java
            Path nbconvertDir = HarnessEnvironment.targetDir().resolve("nbconvert-" + mode);
            Files.createDirectories(nbconvertDir);
            Map<String, String> env = new HashMap<>();
            env.put("JUPYTER_PATH", HarnessEnvironment.jupyterDataDir().toString());
            env.put(RunOptions.MODE_ENV, mode);
            long start = System.nanoTime();
            ExternalCommand.Result result = ExternalCommand.run(List.of(python, "-m", "nbconvert", "--to", "notebook",
                    "--execute", "--ExecutePreprocessor.kernel_name=java", "--ExecutePreprocessor.timeout=900",
                    "--output-dir", nbconvertDir.toString(), notebook.toString()), env,
                    HarnessEnvironment.notebooksDir(), Duration.ofMinutes(20), process -> RUNNING.add(process));
            System.out.printf(java.util.Locale.ROOT, "nbconvert  %s  %.1f s  exit %d%n", notebook.getFileName(),
                    (System.nanoTime() - start) / 1e9, result.exitCode());
            return new Execution(nbconvertDir.resolve(notebook.getFileName()), result);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while nbconvert executed " + notebook.getFileName(), e);
        } finally {
            RUNNING.removeIf(process -> !process.isAlive());
        }
    }

    private static void awaitQuietly(CompletableFuture<Execution> execution) {
        try {
            execution.join();
        } catch (RuntimeException e) {
            // reported by executed(), to the cross-check test of that notebook
        }
    }

    private static Path key(Path notebook) {
        return notebook.toAbsolutePath().normalize();
    }
}

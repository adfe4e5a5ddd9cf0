package roadmap.kernel.runner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import roadmap.kernel.client.ExecuteResult;
import roadmap.kernel.client.KernelDiedException;
import roadmap.kernel.client.KernelException;
import roadmap.kernel.client.KernelProcess;

/**
 * Runs one notebook headlessly: starts a fresh kernel in the notebook's directory, executes the
 * code cells in order over the Jupyter protocol, stops at the first failing cell, and always ends
 * the kernel's whole process tree. The executed notebook is written (atomically) only when every
 * cell succeeded; a failed run leaves files untouched.
 */
public final class NotebookRunner {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");
    private static final int KERNEL_OUTPUT_LINES = 20;

    private final RunOptions options;

    /** @param options kernel, limits and output mode */
    public NotebookRunner(RunOptions options) {
        this.options = options;
    }

    /**
     * @param notebookPath the .ipynb to run
     * @return what happened; never throws for a bad notebook or a misbehaving kernel
     */
    public RunReport run(Path notebookPath) {
        long start = System.nanoTime();
        Notebook notebook;
        try {
            notebook = Notebook.read(notebookPath);
        } catch (NotebookException e) {
            return new RunReport(notebookPath, RunStatus.INVALID_NOTEBOOK, e.getMessage(), "", since(start), -1,
                    List.of(), Optional.empty(), null, Optional.empty());
        }
        Map<String, String> env = new LinkedHashMap<>(options.kernel().env());
        env.putAll(options.extraEnv());
        Path workDir = notebookPath.toAbsolutePath().getParent();
        KernelProcess kernel;
        try {
            kernel = KernelProcess.start(options.kernel().argv(), env, workDir, options.kernel().resourceDir(),
                    options.startTimeout());
        } catch (KernelException e) {
            String[] lines = e.getMessage().split("\n", 2);
            return new RunReport(notebookPath, RunStatus.KERNEL_START_FAILED, "kernel did not start: " + lines[0],
                    lines.length > 1 ? lines[1] : "", since(start), -1, notCells(notebook, 0), Optional.empty(),
                    notebook, Optional.empty());
        }
        Execution execution = new Execution(notebook, start);
        long peakRss;
        try {
            notebook.recordLanguageInfo(kernel.kernelInfo());
            execution.runCells(kernel);
        } finally {
            peakRss = kernel.peakRssBytes();
            if (execution.status == RunStatus.OK) {
                kernel.close();
            } else {
                kernel.kill();
            }
        }
        return execution.finish(notebookPath, peakRss);
    }

    private List<CellResult> notCells(Notebook notebook, int from) {
        List<CellResult> results = new ArrayList<>();
        List<ObjectNode> cells = notebook.cells();
        for (int i = from; i < cells.size(); i++) {
            results.add(notRun(i, cells.get(i)));
        }
        return results;
    }

    private static CellResult notRun(int index, ObjectNode cell) {
        return new CellResult(index + 1, cell.path("cell_type").asText(), Notebook.tags(cell), Notebook.firstLine(cell),
                false, OptionalInt.empty(), JsonNodeFactory.instance.arrayNode(), Duration.ZERO);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String stripAnsi(String text) {
        return ANSI.matcher(text).replaceAll("");
    }

    /** The mutable state of one run. */
    private final class Execution {
        private final Notebook notebook;
        private final long start;
        private final long deadline;
        private final List<CellResult> results = new ArrayList<>();
        private RunStatus status = RunStatus.OK;
        private String message = "";
        private String detail = "";
        private Integer failedCell;

        Execution(Notebook notebook, long start) {
            this.notebook = notebook;
            this.start = start;
            long limit = saturatedNanos(options.notebookTimeout());
            this.deadline = start + limit < start ? Long.MAX_VALUE : start + limit;
        }

        void runCells(KernelProcess kernel) {
            List<ObjectNode> cells = notebook.cells();
            for (int i = 0; i < cells.size(); i++) {
                ObjectNode cell = cells.get(i);
                String source = Notebook.source(cell);
                if (status != RunStatus.OK || !"code".equals(cell.path("cell_type").asText())) {
                    results.add(notRun(i, cell));
                    continue;
                }
                if (source.isBlank()) {
                    cell.putArray("outputs");
                    cell.putNull("execution_count");
                    results.add(notRun(i, cell));
                    continue;
                }
                runCell(kernel, i, cell, source);
            }
        }

        private void runCell(KernelProcess kernel, int index, ObjectNode cell, String source) {
            String where = "cell " + (index + 1) + " `" + Notebook.firstLine(cell) + "`";
            long remaining = deadline - System.nanoTime();
            boolean notebookLimitBinds = remaining <= saturatedNanos(options.cellTimeout());
            Duration limit = notebookLimitBinds ? Duration.ofNanos(Math.max(0, remaining)) : options.cellTimeout();
            ExecuteResult result;
            try {
                result = kernel.client().execute(source, limit);
            } catch (KernelDiedException e) {
                record(index, cell, e.partialOutputs(), OptionalInt.empty(), Duration.ZERO, true);
                fail(index, RunStatus.KERNEL_DIED, "kernel died while running " + where,
                        kernel.exitCode().isPresent() ? "kernel exit code " + kernel.exitCode().getAsInt()
                                + kernel.describeOutput() : kernel.describeOutput().strip());
                return;
            } catch (KernelException e) {
                fail(index, RunStatus.KERNEL_DIED, "kernel failed while running " + where + ": " + e.getMessage(),
                        kernel.describeOutput().strip());
                results.add(notRun(index, cell));
                return;
            }
            record(index, cell, result.outputs(), result.executionCount(), result.elapsed(), true);
            switch (result.status()) {
                case OK -> {
                    // next cell
                }
                case TIMED_OUT -> {
                    Duration applied = notebookLimitBinds ? options.notebookTimeout() : options.cellTimeout();
                    fail(index, RunStatus.TIMED_OUT, "timed out after " + seconds(applied) + " in " + where,
                            notebookLimitBinds ? "notebook time limit reached; the kernel was interrupted and killed"
                                    : "cell time limit reached; the kernel was interrupted and killed");
                }
                case ABORTED -> fail(index, RunStatus.CELL_FAILED, where + ": aborted by the kernel", "");
                case ERROR -> {
                    ExecuteResult.ErrorInfo error = result.error()
                            .orElse(new ExecuteResult.ErrorInfo("error", "(no details)", List.of()));
                    String[] evalue = stripAnsi(error.evalue()).split("\\R", 2);
                    fail(index, RunStatus.CELL_FAILED, where + ": " + stripAnsi(error.ename()) + ": " + evalue[0],
                            String.join("\n", error.traceback().stream().map(NotebookRunner::stripAnsi).toList()));
                }
            }
        }

        private void record(int index, ObjectNode cell, ArrayNode outputs, OptionalInt count, Duration elapsed,
                            boolean executed) {
            DisplayedText.applyTo(outputs);
            cell.set("outputs", outputs);
            if (count.isPresent()) {
                cell.put("execution_count", count.getAsInt());
            } else {
                cell.putNull("execution_count");
            }
            results.add(new CellResult(index + 1, "code", Notebook.tags(cell), Notebook.firstLine(cell), executed,
                    count, outputs, elapsed));
        }

        private void fail(int index, RunStatus failure, String failureMessage, String failureDetail) {
            status = failure;
            message = failureMessage;
            detail = failureDetail == null ? "" : failureDetail;
            failedCell = index + 1;
        }

        RunReport finish(Path notebookPath, long peakRss) {
            Optional<Path> written = Optional.empty();
            if (status == RunStatus.OK && options.output() != RunOptions.OutputMode.NONE) {
                Path target = options.output() == RunOptions.OutputMode.INPLACE ? notebookPath
                        : options.outputDir().resolve(notebookPath.getFileName());
                try {
                    AtomicFileWriter.write(target, notebook.toJupyterText());
                    written = Optional.of(target);
                } catch (IOException e) {
                    status = RunStatus.WRITE_FAILED;
                    message = "cannot write " + target + ": " + e;
                }
            } else if (status != RunStatus.OK && options.output() != RunOptions.OutputMode.NONE) {
                detail = (detail.isEmpty() ? "" : detail + "\n") + (options.output() == RunOptions.OutputMode.INPLACE
                        ? notebookPath + " left unchanged (outputs are written only when every cell succeeds)"
                        : "nothing written to " + options.outputDir() + " (outputs are written only when every cell succeeds)");
            }
            return new RunReport(notebookPath, status, message, detail, since(start), peakRss, results,
                    Optional.ofNullable(failedCell), notebook, written);
        }
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}

package roadmap.kernel.exec;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import roadmap.kernel.errors.CellError;
import roadmap.kernel.errors.CellText;
import roadmap.kernel.errors.CompileErrorFormatter;
import roadmap.kernel.errors.CompileProblem;
import roadmap.kernel.errors.ErrorLimits;
import roadmap.kernel.errors.RuntimeErrorFormatter;
import roadmap.kernel.errors.SnippetPlacement;
import roadmap.kernel.errors.ThrowableView;
import roadmap.kernel.magic.CellPart;
import roadmap.kernel.magic.MagicException;
import roadmap.kernel.magic.MagicLines;
import roadmap.kernel.magic.MagicRegistry;
import roadmap.kernel.magic.NotebookSession;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evaluates notebook cells with JShell, in process: splits a cell into magics and snippets, runs
 * them in order, stops at the first failure and reports it as a {@link CellError}, and returns
 * the value object of the cell's last expression (unless it ends with a semicolon).
 * Not thread-safe except for {@link #interrupt()}; callers serialise through {@link #lock()}.
 */
public final class CellEvaluator implements NotebookSession, AutoCloseable {
    private static final String INTERRUPTED = "Interrupted";

    private final JShell shell;
    private final InProcessExecutionControl control;
    private final MagicRegistry magics;
    private final Path workingDirectory;
    private final Map<String, SnippetPlacement> placements = new HashMap<>();
    private final Object lock = new Object();
    private volatile boolean interruptRequested;
    private volatile boolean closed;
    private CellText currentCell;

    /**
     * Builds the JShell instance, adds the classpath and runs the startup snippets.
     *
     * @param classpath        jars and directories cells compile and run against
     * @param magics           the line magics cells may use
     * @param workingDirectory where relative paths in magics start
     */
    public CellEvaluator(List<Path> classpath, MagicRegistry magics, Path workingDirectory) {
        InProcessExecutionProvider provider = new InProcessExecutionProvider();
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        this.shell = JShell.builder()
                .executionEngine(provider, Map.of())
                .fileManager(ClasspathIndexKeepingFileManager::new)
                .out(discard)
                .err(discard)
                .build();
        this.control = provider.control();
        this.magics = magics;
        this.workingDirectory = workingDirectory;
        synchronized (lock) {
            classpath.forEach(entry -> shell.addToClasspath(entry.toString()));
            for (String startup : StartupSnippets.IMPORTS) {
                shell.eval(startup);
            }
            shell.eval(StartupSnippets.DISPLAY_FUNCTION);
            shell.eval(StartupSnippets.WARM_UP);
        }
    }

    /**
     * Compiles and runs a throwaway snippet, then drops it (see {@link CompilerWarmUp}). Waits
     * for the lock like a cell; a cell arriving meanwhile waits for this one snippet at most.
     *
     * @param snippet one complete snippet that prints nothing
     * @return whether it ran without error (false also once the evaluator is closed)
     */
    boolean warmUp(String snippet) {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            control.resetLastInvocation();
            boolean ok = true;
            for (SnippetEvent event : shell.eval(snippet)) {
                ok &= event.exception() == null && event.status() != Snippet.Status.REJECTED;
                if (event.causeSnippet() == null && event.snippet().kind() != Snippet.Kind.ERRONEOUS) {
                    shell.drop(event.snippet());
                }
            }
            return ok;
        }
    }

    /** @return the lock every use of the JShell instance holds */
    public Object lock() {
        return lock;
    }

    /** @return JShell's source analysis; use while holding {@link #lock()} */
    public SourceCodeAnalysis analysis() {
        return shell.sourceCodeAnalysis();
    }

    /**
     * @param cell the cell's source
     * @return the value of its last expression, if it ends with one (without a semicolon)
     * @throws CellError if a snippet does not compile, throws, or is interrupted
     */
    public Optional<CellValue> evaluateCell(String cell) throws CellError {
        synchronized (lock) {
            interruptRequested = false;
            control.startCell();
            placements.clear();
            currentCell = new CellText(cell);
            return evaluateParts(cell, 0); // currentCell stays: errors rendering the value point into it
        }
    }

    private Optional<CellValue> evaluateParts(String code, int baseOffset) throws CellError {
        Optional<CellValue> last = Optional.empty();
        for (CellPart part : MagicLines.split(code)) {
            if (part.isMagic()) {
                last = Optional.empty();
                runMagic(part);
            } else {
                last = evaluateCode(part.text(), baseOffset + part.offset());
            }
            throwIfInterrupted();
        }
        return last;
    }

    private void runMagic(CellPart part) throws CellError {
        try {
            magics.run(part.magic(), this);
        } catch (MagicException e) {
            throw new CellError("MagicError", e.getMessage(), List.of(part.text().strip(), e.getMessage()));
        }
    }

    private Optional<CellValue> evaluateCode(String code, int baseOffset) throws CellError {
        Optional<CellValue> value = Optional.empty();
        String remaining = code;
        int consumed = 0;
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            while (info.completeness().isComplete() && info.source() != null) {
                String joined = ChainContinuation.join(remaining, remaining.length() - info.remaining().length());
                if (joined.equals(remaining)) {
                    break;
                }
                remaining = joined;
                info = analysis.analyzeCompletion(remaining);
            }
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break; // only comments left
            }
            String source;
            String rest;
            if (info.source() == null || !info.completeness().isComplete()) {
                source = remaining; // let the compiler explain what is incomplete
                rest = "";
            } else {
                source = info.source();
                rest = info.remaining();
            }
            String raw = remaining.substring(0, remaining.length() - rest.length());
            value = evaluateSnippet(source, baseOffset + consumed, !raw.strip().endsWith(";"));
            throwIfInterrupted();
            consumed += raw.length();
            remaining = rest;
        }
        return value;
    }

    private Optional<CellValue> evaluateSnippet(String source, int offset, boolean showValue) throws CellError {
        control.resetLastInvocation();
        List<SnippetEvent> events = shell.eval(source);
        SnippetEvent primary = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        if (primary == null) {
            return Optional.empty();
        }
        Snippet snippet = primary.snippet();
        placements.put(snippet.id(), new SnippetPlacement(snippet.id(), offset, source));
        if (control.lastInvocationStopped()) {
            interruptRequested = true;
            throwIfInterrupted();
        }
        for (SnippetEvent event : events) {
            // a multi-variable declaration (int a = 1, b = f();) is one event per variable
            if (event.causeSnippet() == null && event.exception() != null) {
                placements.put(event.snippet().id(), new SnippetPlacement(event.snippet().id(), offset, source));
                throw runtimeError(event.exception());
            }
        }
        switch (primary.status()) {
            case REJECTED -> throw compileError(snippet, offset);
            case RECOVERABLE_NOT_DEFINED -> throw unresolvedError((DeclarationSnippet) snippet, offset);
            default -> {
            }
        }
        if (!showValue) {
            return Optional.empty();
        }
        boolean hasValue = snippet instanceof ExpressionSnippet
                || (snippet instanceof VarSnippet && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
        if (!hasValue) {
            return Optional.empty();
        }
        if (control.hasLastValue()) {
            return Optional.of(new CellValue(control.lastValue(), null, true));
        }
        return Optional.of(new CellValue(null, primary.value(), false));
    }

    /**
     * Renders a cell's value as learner code runs: on a cell thread, interruptible, and with what
     * it throws (a {@code toString()} that recurses forever, say) reported as the cell's error.
     *
     * @param value    the value
     * @param renderer turns the value object into what is shown
     * @param <T>      what is shown
     * @return the rendering
     * @throws CellError if rendering threw or was interrupted
     */
    public <T> T render(CellValue value, Function<Object, T> renderer) throws CellError {
        ClassLoader loader = value.hasObject() && value.object() != null && value.object().getClass().getClassLoader() != null
                ? value.object().getClass().getClassLoader() : ClassLoader.getSystemClassLoader();
        interruptRequested = false;
        InProcessExecutionControl.Outcome outcome = control.callInCell("cell-value", loader, () -> renderer.apply(value.object()));
        if (outcome.stopped() || interruptRequested) {
            interruptRequested = true;
            throwIfInterrupted();
        }
        if (outcome.failure() != null) {
            throw RuntimeErrorFormatter.format(ErrorLimits.views(outcome.failure()), locateFrame());
        }
        @SuppressWarnings("unchecked")
        T shown = (T) outcome.value();
        return shown;
    }

    private CellError compileError(Snippet snippet, int offset) {
        List<CompileProblem> problems = shell.diagnostics(snippet)
                .filter(Diag::isError)
                .map(d -> toProblem(d, offset))
                .collect(Collectors.toList());
        if (problems.isEmpty()) {
            problems = List.of(new CompileProblem("the code could not be compiled", offset, offset + 1));
        }
        return CompileErrorFormatter.format(currentCell, problems);
    }

    private static CompileProblem toProblem(Diag diag, int offset) {
        long start = diag.getStartPosition() >= 0 ? diag.getStartPosition() : diag.getPosition();
        long end = diag.getEndPosition() >= start ? diag.getEndPosition() : start + 1;
        int s = offset + (int) Math.max(0, start);
        return new CompileProblem(diag.getMessage(Locale.ROOT), s, Math.max(s + 1, offset + (int) end));
    }

    private CellError unresolvedError(DeclarationSnippet snippet, int offset) {
        List<String> missing = shell.unresolvedDependencies(snippet).collect(Collectors.toList());
        CellText cell = currentCell;
        int start = cell.skipWhitespace(offset);
        String message = "cannot find symbol: " + String.join(", ", missing) + " (needed by " + snippet.name() + ")";
        return CompileErrorFormatter.format(cell, List.of(new CompileProblem(message, start, start + snippet.source().strip().length())));
    }

    private CellError runtimeError(JShellException exception) {
        if (exception instanceof UnresolvedReferenceException) {
            DeclarationSnippet snippet = ((UnresolvedReferenceException) exception).getSnippet();
            String missing = shell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
            String message = snippet.name() + " cannot be used until " + missing + (missing.contains(",") ? " are" : " is") + " defined";
            return new CellError("UnresolvedReferenceException", message, List.of("UnresolvedReferenceException: " + message));
        }
        // The execution control already cut the chain (ending it with a marker if it did).
        List<ThrowableView> chain = new ArrayList<>();
        for (Throwable t = exception; t != null && chain.size() <= ErrorLimits.MAX_CAUSES; t = t.getCause()) {
            String className = t instanceof EvalException ? ((EvalException) t).getExceptionClassName() : t.getClass().getName();
            chain.add(new ThrowableView(className, ErrorLimits.messageOf(t), ErrorLimits.framesOf(t)));
        }
        return RuntimeErrorFormatter.format(chain, locateFrame());
    }

    private Function<StackTraceElement, String> locateFrame() {
        CellText cell = currentCell;
        Map<String, SnippetPlacement> known = Map.copyOf(placements);
        return frame -> {
            if (frame.getLineNumber() < 0) {
                return "cell code";
            }
            String id = frame.getFileName() == null ? "?" : frame.getFileName().substring(1);
            SnippetPlacement placement = known.get(id);
            if (placement == null || cell == null) {
                return "earlier cell, snippet " + id + " line " + frame.getLineNumber();
            }
            int firstLine = cell.lineOf(cell.skipWhitespace(placement.offset()));
            return "cell line " + (firstLine + Math.max(1, frame.getLineNumber()) - 1);
        };
    }

    private void throwIfInterrupted() throws CellError {
        if (interruptRequested) {
            String message = "the cell was interrupted; the kernel and the values defined before the interrupted statement are kept";
            throw new CellError(INTERRUPTED, message, List.of(INTERRUPTED + ": " + message));
        }
    }

    /** Stops the running cell, if any; callable from any thread. */
    public void interrupt() {
        interruptRequested = true;
        try {
            control.stop();
        } catch (Exception e) {
            // stop() only fails if nothing is running or the engine is gone: nothing to interrupt
        }
    }

    @Override
    public void addToClasspath(List<Path> entries) {
        entries.forEach(entry -> shell.addToClasspath(entry.toAbsolutePath().toString()));
    }

    @Override
    public void evaluate(String code) throws CellError {
        CellText outer = currentCell;
        currentCell = new CellText(code); // errors point into the evaluated code, not the cell
        try {
            evaluateParts(code, 0);
        } finally {
            currentCell = outer;
        }
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public void close() {
        closed = true;
        shell.close();
    }
}

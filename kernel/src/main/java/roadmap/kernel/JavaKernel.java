package roadmap.kernel;

import io.github.spencerpark.jupyter.channels.IOPubChannel;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishDisplayData;
import io.github.spencerpark.jupyter.messages.publish.PublishError;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteInput;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteResult;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import io.github.spencerpark.jupyter.messages.reply.ErrorReply;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import io.github.spencerpark.jupyter.messages.reply.HistoryReply;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;
import io.github.spencerpark.jupyter.messages.request.KernelInfoRequest;
import roadmap.kernel.assist.CodeAssist;
import roadmap.kernel.assist.CodePoints;
import roadmap.kernel.assist.CellHistory;
import roadmap.kernel.display.CellDisplay;
import roadmap.kernel.display.DisplayBudget;
import roadmap.kernel.display.ValueRenderer;
import roadmap.kernel.errors.CellError;
import roadmap.kernel.errors.ErrorLimits;
import roadmap.kernel.exec.CellEvaluator;
import roadmap.kernel.exec.CellValue;
import roadmap.kernel.output.OutputChunk;
import roadmap.kernel.output.OutputCoalescer;
import roadmap.kernel.output.OutputPump;
import roadmap.kernel.output.OutputStreamName;

import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The Jupyter kernel: answers execute, complete, inspect, is-complete, kernel-info and interrupt
 * requests with a {@link CellEvaluator}. Cell output is coalesced and capped by an
 * {@link OutputPump}; values are shown by a {@link ValueRenderer}.
 */
public final class JavaKernel extends BaseKernel {
    /** The {@code implementation} reported in {@code kernel_info_reply}. */
    public static final String IMPLEMENTATION = "roadmap-java";
    private static final long OUTPUT_WINDOW_MS = 50;
    /** Most bytes of charts, images and tables one cell sends (execute_result and display_data). */
    public static final long MAX_DISPLAY_BYTES_PER_CELL = 20L * 1024 * 1024;

    private final CompletableFuture<CellEvaluator> evaluator;
    private final OutputCoalescer coalescer;
    private final PrintStream kernelLog;
    private final ValueRenderer values = new ValueRenderer();
    private final CellHistory history = new CellHistory();
    private final DisplayBudget displays = new DisplayBudget(MAX_DISPLAY_BYTES_PER_CELL);
    private final OutputPump pump;
    private volatile IOPubChannel iopub;
    private volatile MessageContext currentCell;
    private volatile long idleSinceNanos = System.nanoTime();

    /**
     * @param evaluator resolves to the evaluator once JShell has started (started in the background
     *                  so the kernel answers its first requests at once)
     * @param coalescer the buffer System.out and System.err of cells write to
     * @param kernelLog where output goes that belongs to no cell
     */
    public JavaKernel(CompletableFuture<CellEvaluator> evaluator, OutputCoalescer coalescer, PrintStream kernelLog) {
        this.evaluator = evaluator;
        this.coalescer = coalescer;
        this.kernelLog = kernelLog;
        this.pump = new OutputPump(coalescer, this::publishStreams, OUTPUT_WINDOW_MS);
        CellDisplay.install(this::displayNow);
    }

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        this.iopub = connection.getIOPub();
        connection.setHandler(MessageType.EXECUTE_REQUEST, this::handleExecute);
        connection.setHandler(MessageType.KERNEL_INFO_REQUEST, this::handleKernelInfo);
        connection.setHandler(MessageType.HISTORY_REQUEST, this::handleHistory);
    }

    private void handleExecute(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        idleSinceNanos = Long.MAX_VALUE;
        try {
            execute(env, message);
        } finally {
            idleSinceNanos = System.nanoTime();
        }
    }

    /**
     * @return {@link System#nanoTime()} when the last cell finished, or {@link Long#MAX_VALUE}
     *         while one is being executed (background work yields to cells by it)
     */
    public long idleSinceNanos() {
        return idleSinceNanos;
    }

    private void execute(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        ExecuteRequest request = message.getContent();
        int count = request.isSilent() ? executionCount.get() : executionCount.getAndIncrement();
        if (request.shouldStoreHistory() && !request.isSilent()) {
            history.add(count, request.getCode());
        }
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(request.getCode(), count));
        pump.flush(); // output of background threads still belongs to the previous cell
        currentCell = message;
        coalescer.startCell();
        displays.startCell();
        try {
            CellEvaluator cells = evaluator();
            Optional<CellValue> value = cells.evaluateCell(request.getCode());
            DisplayData shown = null;
            if (value.isPresent() && !request.isSilent()) {
                shown = cells.render(value.get(), object -> render(value.get()));
            }
            pump.finishCell();
            if (shown != null && displays.admit(DisplayBudget.sizeOf(shown))) {
                env.publish(new PublishExecuteResult(count, shown));
            }
            publishDisplayNotice(env);
            env.defer().reply(new ExecuteOkReply(count, userExpressions(cells, request.getUserExpr())));
        } catch (CellError e) {
            pump.finishCell();
            publishDisplayNotice(env);
            env.publish(new PublishError(e.errorName(), e.errorValue(), e.traceback()));
            ErrorReply reply = new ErrorReply(e.errorName(), e.errorValue(), e.traceback());
            reply.setExecutionCount(count);
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
        } catch (Throwable e) { // NOPMD: every execute_request gets a reply, whatever failed
            // A failure inside JShell or the kernel (not in the learner's code) must still end the
            // cell with an error reply: a request left without a reply hangs the front-end forever.
            replyKernelFailure(env, count, e);
        }
    }

    /** Evaluates the request's {@code user_expressions} after the cell, each to a value or an error. */
    private Map<String, Map<String, Object>> userExpressions(CellEvaluator cells, Map<String, String> expressions) {
        if (expressions == null || expressions.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> expression : expressions.entrySet()) {
            Map<String, Object> value = new LinkedHashMap<>();
            try {
                Optional<CellValue> result = cells.evaluateCell(expression.getValue());
                String text = result.isPresent()
                        ? cells.render(result.get(), object -> ValueRenderer.plainTextOf(result.get().hasObject() ? object : result.get().text()))
                        : "";
                value.put("status", "ok");
                value.put("data", Map.of("text/plain", text));
                value.put("metadata", Map.of());
            } catch (CellError e) {
                value.put("status", "error");
                value.put("ename", e.errorName());
                value.put("evalue", e.errorValue());
                value.put("traceback", e.traceback());
            } catch (RuntimeException e) {
                value.put("status", "error");
                value.put("ename", e.getClass().getName());
                value.put("evalue", ErrorLimits.messageOf(e));
                value.put("traceback", List.of());
            }
            values.put(expression.getKey(), value);
        }
        return values;
    }

    private void publishDisplayNotice(ShellReplyEnvironment env) {
        String notice = displays.finishCell();
        if (notice != null) {
            env.publish(new PublishStream(PublishStream.StreamType.ERR, notice));
        }
    }

    private void replyKernelFailure(ShellReplyEnvironment env, int count, Throwable e) {
        String name = e.getClass().getName();
        String value = "the kernel could not run this cell: " + ErrorLimits.messageOf(e);
        List<String> trace = List.of(name + ": " + value);
        try {
            pump.finishCell();
            env.publish(new PublishError(name, value, trace));
        } catch (Throwable ignored) { // NOPMD: the reply below matters more than the output
            kernelLog.println("could not publish the error of a cell: " + ignored);
        }
        ErrorReply reply = new ErrorReply(name, value, trace);
        reply.setExecutionCount(count);
        env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
    }

    private DisplayData render(CellValue value) {
        return value.hasObject() ? values.render(value.object()) : ValueRenderer.text(String.valueOf(value.text()));
    }

    private void handleKernelInfo(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        env.setBusyDeferIdle();
        env.reply(new KernelInfoOkReply(Header.PROTOCOL_VERISON, IMPLEMENTATION, implementationVersion(),
                getLanguageInfo(), getBanner(), getHelpLinks()));
    }

    /** basekernel's reply lacks the {@code status} field front-ends check. */
    private static final class KernelInfoOkReply extends KernelInfoReply {
        @SuppressWarnings("unused") // serialised by Gson
        private final String status = "ok";

        KernelInfoOkReply(String protocol, String name, String version, LanguageInfo language, String banner, List<LanguageInfo.Help> help) {
            super(protocol, name, version, language, banner, help);
        }
    }

    private void handleHistory(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        env.reply(new HistoryReply(history.entries(message.getContent())));
    }

    private static String implementationVersion() {
        String version = JavaKernel.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".java")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    @Override
    public String getBanner() {
        return "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ") - ML roadmap kernel";
    }

    @Override
    public List<LanguageInfo.Help> getHelpLinks() {
        return List.of(new LanguageInfo.Help("Java API", "https://docs.oracle.com/en/java/javase/" + Runtime.version().feature() + "/docs/api/"));
    }

    /** Not used: execute requests are handled by this kernel's own handler. */
    @Override
    public DisplayData eval(String code) throws Exception {
        Optional<CellValue> value = evaluator().evaluateCell(code);
        return value.map(this::render).orElse(null);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) throws Exception {
        String doc = new CodeAssist(evaluator()).inspect(code, CodePoints.toCharIndex(code, at));
        return doc == null ? null : new DisplayData(doc);
    }

    @Override
    public ReplacementOptions complete(String code, int at) throws Exception {
        // Jupyter counts cursor positions in code points (protocol 5.2+), Java strings in chars.
        ReplacementOptions options = new CodeAssist(evaluator()).complete(code, CodePoints.toCharIndex(code, at));
        return new ReplacementOptions(options.getReplacements(),
                CodePoints.fromCharIndex(code, options.getSourceStart()), CodePoints.fromCharIndex(code, options.getSourceEnd()));
    }

    @Override
    public String isComplete(String code) {
        try {
            return new CodeAssist(evaluator()).isComplete(code);
        } catch (CellError e) {
            return IS_COMPLETE_MAYBE;
        }
    }

    @Override
    public void interrupt() {
        CellEvaluator running = evaluator.getNow(null);
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        interrupt();
        pump.flush();
    }

    private CellEvaluator evaluator() throws CellError {
        try {
            return evaluator.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CellError("KernelStartupError", "interrupted while JShell was starting", List.of());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new CellError("KernelStartupError", "JShell could not start: " + cause, List.of(String.valueOf(cause)));
        }
    }

    private void displayNow(Object value) {
        MessageContext parent = currentCell;
        IOPubChannel channel = iopub;
        if (parent == null || channel == null) {
            throw new IllegalStateException("display() called outside a cell");
        }
        DisplayData data = values.render(value);
        if (!displays.admit(DisplayBudget.sizeOf(data))) {
            return;
        }
        pump.flush();
        channel.sendMessage(new Message<>(parent, PublishDisplayData.MESSAGE_TYPE, new PublishDisplayData(data)));
    }

    private void publishStreams(List<OutputChunk> chunks) {
        MessageContext parent = currentCell;
        IOPubChannel channel = iopub;
        for (OutputChunk chunk : chunks) {
            if (parent == null || channel == null) {
                kernelLog.print(chunk.text());
                continue;
            }
            PublishStream.StreamType type = chunk.stream() == OutputStreamName.STDOUT ? PublishStream.StreamType.OUT : PublishStream.StreamType.ERR;
            channel.sendMessage(new Message<>(parent, PublishStream.MESSAGE_TYPE, new PublishStream(type, chunk.text())));
        }
    }

    /** Stops the output pump; call once the connection is closed. */
    public void close() {
        pump.close();
        CellEvaluator running = evaluator.getNow(null);
        if (running != null) {
            running.close();
        }
    }
}

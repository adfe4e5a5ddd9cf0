package roadmap.kernel.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A Jupyter client speaking the wire protocol over ZeroMQ to one kernel: shell, control and stdin
 * (DEALER), iopub (SUB, all topics) and heartbeat (REQ). Every message is HMAC-signed; received
 * messages with a wrong signature are dropped and counted ({@link #rejectedMessageCount()}).
 *
 * <p>Shell-side calls ({@link #execute}, {@link #complete}, …) are serialised; {@link #interrupt()},
 * {@link #shutdown(boolean)} and {@link #isAlive()} use their own sockets and may be called from
 * another thread while an execution is running.
 */
public final class KernelClient implements AutoCloseable {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long POLL_SLICE_MS = 50;
    /** How long to wait for the iopub {@code idle} status after the shell reply arrived. */
    private static final Duration IOPUB_GRACE = Duration.ofSeconds(5);
    /** How long to keep collecting after a timed-out cell was interrupted. */
    private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(3);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final ConnectionInfo info;
    private final WireCodec codec;
    private final BooleanSupplier kernelAlive;
    private final DisplayRegistry displays = new DisplayRegistry();
    private final AtomicLong rejected = new AtomicLong();
    private final ZContext context = new ZContext();
    private final ZMQ.Socket shell;
    private final ZMQ.Socket iopub;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket control;
    private ZMQ.Socket heartbeat;
    private final ZMQ.Poller poller;
    private final int shellIndex;
    private final int iopubIndex;
    private final Object shellLock = new Object();
    private final Object controlLock = new Object();
    private final Object heartbeatLock = new Object();
    private volatile boolean closed;

    private KernelClient(ConnectionInfo info, BooleanSupplier kernelAlive) {
        this.info = info;
        this.kernelAlive = kernelAlive;
        this.codec = new WireCodec(new MessageSigner(info.key(), info.signatureScheme()));
        byte[] identity = codec.session().getBytes(StandardCharsets.US_ASCII);
        shell = socket(SocketType.DEALER, info.shellPort(), identity);
        stdin = socket(SocketType.DEALER, info.stdinPort(), identity);
        control = socket(SocketType.DEALER, info.controlPort(), null);
        iopub = context.createSocket(SocketType.SUB);
        iopub.setLinger(0);
        iopub.subscribe(new byte[0]);
        iopub.connect(info.endpoint(info.iopubPort()));
        heartbeat = socket(SocketType.REQ, info.hbPort(), null);
        poller = context.createPoller(2);
        shellIndex = poller.register(shell, ZMQ.Poller.POLLIN);
        iopubIndex = poller.register(iopub, ZMQ.Poller.POLLIN);
    }

    /**
     * Connects to a kernel that may be running anywhere; kernel death is then only noticed by
     * timeouts.
     *
     * @param info the kernel's connection info
     * @return a connected client (call {@link #waitForReady(Duration)} before the first request)
     */
    public static KernelClient connect(ConnectionInfo info) {
        return new KernelClient(info, () -> true);
    }

    /**
     * Connects to a kernel whose liveness the caller can check (e.g. {@code process::isAlive});
     * waits end with {@link KernelDiedException} as soon as the check fails.
     *
     * @param info        the kernel's connection info
     * @param kernelAlive answers whether the kernel process still runs
     * @return a connected client
     */
    public static KernelClient connect(ConnectionInfo info, BooleanSupplier kernelAlive) {
        return new KernelClient(info, kernelAlive);
    }

    /** @return the connection info this client uses */
    public ConnectionInfo connectionInfo() {
        return info;
    }

    /**
     * Sends {@code kernel_info_request} until the kernel answers on shell and something arrives on
     * iopub (so that the iopub subscription is live and no output of the first cell is lost).
     *
     * @param timeout how long to try
     * @return the kernel_info_reply content
     * @throws KernelDiedException if the kernel exits meanwhile
     * @throws KernelException     if it does not answer in time
     */
    public JsonNode waitForReady(Duration timeout) {
        synchronized (shellLock) {
            long deadline = deadline(timeout);
            Set<String> sent = new HashSet<>();
            boolean sawIopub = false;
            int repliesWithoutIopub = 0;
            while (System.nanoTime() < deadline) {
                JupyterMessage request = codec.newMessage("kernel_info_request", NODES.objectNode());
                send(shell, request, null);
                sent.add(request.msgId());
                long attemptEnd = Math.min(deadline, System.nanoTime() + 1_000_000_000L);
                JsonNode reply = null;
                while (System.nanoTime() < attemptEnd) {
                    pollShellAndIopub(remainingMillis(attemptEnd));
                    if (!drain(iopub).isEmpty()) {
                        sawIopub = true;
                    }
                    for (JupyterMessage message : drain(shell)) {
                        if ("kernel_info_reply".equals(message.msgType()) && sent.contains(message.parentMsgId())) {
                            reply = message.content();
                        }
                    }
                    if (reply != null && sawIopub) {
                        return reply;
                    }
                    if (!kernelAlive.getAsBoolean()) {
                        throw new KernelDiedException("kernel exited before answering kernel_info_request", null);
                    }
                }
                if (reply != null && ++repliesWithoutIopub >= 5) {
                    return reply;
                }
            }
            throw new KernelException("kernel did not answer kernel_info_request within " + seconds(timeout));
        }
    }

    /**
     * Runs code the way a notebook front-end does (store_history, no stdin, stop_on_error) and
     * collects its outputs until the kernel reports idle and the reply has arrived. On timeout the
     * kernel is sent {@code interrupt_request}, outputs are collected for a few more seconds, and
     * the result has status {@link ExecuteResult.Status#TIMED_OUT}.
     *
     * @param code    the cell source
     * @param timeout how long the cell may run
     * @return status, execution count, nbformat outputs, reply, elapsed time
     * @throws KernelDiedException if the kernel process exits before the cell completes
     */
    public ExecuteResult execute(String code, Duration timeout) {
        ObjectNode content = NODES.objectNode();
        content.put("code", code);
        content.put("silent", false);
        content.put("store_history", true);
        content.putObject("user_expressions");
        content.put("allow_stdin", false);
        content.put("stop_on_error", true);
        synchronized (shellLock) {
            long start = System.nanoTime();
            JupyterMessage request = codec.newMessage("execute_request", content);
            send(shell, request, null);
            Execution execution = new Execution(request.msgId(), new OutputCollector(displays));
            if (collect(execution, deadline(timeout))) {
                return execution.result(start, false);
            }
            interrupt();
            collect(execution, deadline(INTERRUPT_GRACE));
            return execution.result(start, true);
        }
    }

    /**
     * @param code      the code being edited
     * @param cursorPos cursor position in code points
     * @return the complete_reply content (matches, cursor_start, cursor_end, metadata, status)
     */
    public JsonNode complete(String code, int cursorPos) {
        ObjectNode content = NODES.objectNode();
        content.put("code", code);
        content.put("cursor_pos", cursorPos);
        return shellRequest("complete_request", content, REQUEST_TIMEOUT).content();
    }

    /**
     * @param code        the code being edited
     * @param cursorPos   cursor position in code points
     * @param detailLevel 0 or 1
     * @return the inspect_reply content (status, found, data, metadata)
     */
    public JsonNode inspect(String code, int cursorPos, int detailLevel) {
        ObjectNode content = NODES.objectNode();
        content.put("code", code);
        content.put("cursor_pos", cursorPos);
        content.put("detail_level", detailLevel);
        return shellRequest("inspect_request", content, REQUEST_TIMEOUT).content();
    }

    /** @return the kernel_info_reply content */
    public JsonNode kernelInfo() {
        return shellRequest("kernel_info_request", NODES.objectNode(), REQUEST_TIMEOUT).content();
    }

    /**
     * Sends {@code interrupt_request} on the control channel and waits up to 2 s for the reply.
     *
     * @return whether the kernel acknowledged the interrupt
     */
    public boolean interrupt() {
        return controlRequest("interrupt_request", NODES.objectNode(), Duration.ofSeconds(2)).isPresent();
    }

    /**
     * Pings the heartbeat channel.
     *
     * @return whether the kernel echoed within 2 s
     */
    public boolean isAlive() {
        return isAlive(Duration.ofSeconds(2));
    }

    /**
     * @param timeout how long to wait for the echo
     * @return whether the kernel echoed the heartbeat in time
     */
    public boolean isAlive(Duration timeout) {
        synchronized (heartbeatLock) {
            if (closed) {
                return false;
            }
            byte[] ping = ("ping-" + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
            heartbeat.send(ping, 0);
            heartbeat.setReceiveTimeOut((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
            byte[] echo = heartbeat.recv(0);
            if (echo == null) {
                // a REQ socket that got no reply cannot send again: replace it
                heartbeat.close();
                heartbeat = socket(SocketType.REQ, info.hbPort(), null);
                return false;
            }
            return true;
        }
    }

    /**
     * Sends {@code shutdown_request} on control and waits up to 2 s for the reply.
     *
     * @param restart the request's restart flag
     */
    public void shutdown(boolean restart) {
        ObjectNode content = NODES.objectNode();
        content.put("restart", restart);
        controlRequest("shutdown_request", content, Duration.ofSeconds(2));
    }

    /**
     * Sends a request on shell and waits for its reply, discarding iopub traffic meanwhile.
     *
     * @param msgType e.g. {@code history_request}
     * @param content request body
     * @param timeout how long to wait
     * @return the reply message
     * @throws KernelException if no reply arrives in time
     */
    public JupyterMessage shellRequest(String msgType, ObjectNode content, Duration timeout) {
        synchronized (shellLock) {
            JupyterMessage request = codec.newMessage(msgType, content);
            send(shell, request, null);
            long deadline = deadline(timeout);
            while (System.nanoTime() < deadline) {
                pollShellAndIopub(remainingMillis(deadline));
                drain(iopub);
                for (JupyterMessage message : drain(shell)) {
                    if (message.parentMsgId().equals(request.msgId())) {
                        return message;
                    }
                }
                if (!kernelAlive.getAsBoolean()) {
                    throw new KernelDiedException("kernel died while waiting for the reply to " + msgType, null);
                }
            }
            throw new KernelException("no reply to " + msgType + " within " + seconds(timeout));
        }
    }

    /**
     * Sends a request on control and waits for its reply.
     *
     * @param msgType e.g. {@code interrupt_request}
     * @param content request body
     * @param timeout how long to wait
     * @return the reply, or empty if none came in time
     */
    public Optional<JupyterMessage> controlRequest(String msgType, ObjectNode content, Duration timeout) {
        synchronized (controlLock) {
            if (closed) {
                return Optional.empty();
            }
            JupyterMessage request = codec.newMessage(msgType, content);
            send(control, request, null);
            long deadline = deadline(timeout);
            while (System.nanoTime() < deadline) {
                control.setReceiveTimeOut((int) Math.max(1, Math.min(POLL_SLICE_MS, remainingMillis(deadline))));
                List<byte[]> frames = receive(control, 0);
                if (frames == null) {
                    if (!kernelAlive.getAsBoolean()) {
                        return Optional.empty();
                    }
                    continue;
                }
                Optional<JupyterMessage> message = decode(frames);
                if (message.isPresent() && message.get().parentMsgId().equals(request.msgId())) {
                    return message;
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Low-level: sends a shell message, optionally with a forged signature, without waiting.
     *
     * @param msgType           message type
     * @param content           body
     * @param signatureOverride bytes sent instead of the real signature, or null to sign properly
     * @return the msg_id sent
     */
    public String sendRawShell(String msgType, ObjectNode content, byte[] signatureOverride) {
        synchronized (shellLock) {
            JupyterMessage request = codec.newMessage(msgType, content);
            send(shell, request, signatureOverride);
            return request.msgId();
        }
    }

    /**
     * Low-level: waits for the next correctly signed message on shell.
     *
     * @param timeout how long to wait
     * @return the message as JSON (header, parent_header, metadata, content, msg_type), or empty
     */
    public Optional<JsonNode> pollShellReply(Duration timeout) {
        synchronized (shellLock) {
            return receiveWithin(shell, timeout).map(JupyterMessage::toJson);
        }
    }

    /**
     * Low-level: waits for the next correctly signed iopub message (any parent).
     *
     * @param timeout how long to wait
     * @return the message, or empty
     */
    public Optional<JupyterMessage> pollIopub(Duration timeout) {
        synchronized (shellLock) {
            return receiveWithin(iopub, timeout);
        }
    }

    private Optional<JupyterMessage> receiveWithin(ZMQ.Socket socket, Duration timeout) {
        long deadline = deadline(timeout);
        do {
            socket.setReceiveTimeOut((int) Math.max(1, Math.min(POLL_SLICE_MS, remainingMillis(deadline))));
            List<byte[]> frames = receive(socket, 0);
            if (frames != null) {
                Optional<JupyterMessage> message = decode(frames);
                if (message.isPresent()) {
                    return message;
                }
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /** @return how many received messages were dropped for a bad signature or malformed frames */
    public long rejectedMessageCount() {
        return rejected.get();
    }

    /** Closes all sockets; does not stop the kernel. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        synchronized (controlLock) {
            synchronized (heartbeatLock) {
                closed = true;
            }
        }
        synchronized (shellLock) {
            poller.close();
            context.close();
        }
    }

    /** Returns true when the execution completed, false when the deadline passed first. */
    private boolean collect(Execution execution, long deadline) {
        while (!execution.complete()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            pollShellAndIopub(Math.min(POLL_SLICE_MS, remainingMillis(deadline)));
            drainInto(execution);
            if (!kernelAlive.getAsBoolean()) {
                drainInto(execution);
                if (execution.reply != null) {
                    return true;
                }
                throw new KernelDiedException("kernel died while executing code", execution.outputs.outputs());
            }
        }
        return true;
    }

    private void drainInto(Execution execution) {
        for (JupyterMessage message : drain(iopub)) {
            execution.acceptIopub(message);
        }
        for (JupyterMessage message : drain(shell)) {
            execution.acceptShell(message);
        }
    }

    private void pollShellAndIopub(long timeoutMillis) {
        if (!closed) {
            poller.poll(Math.max(0, timeoutMillis));
        }
    }

    private List<JupyterMessage> drain(ZMQ.Socket socket) {
        List<JupyterMessage> messages = new ArrayList<>();
        List<byte[]> frames;
        while ((frames = receive(socket, ZMQ.DONTWAIT)) != null) {
            decode(frames).ifPresent(messages::add);
        }
        return messages;
    }

    private Optional<JupyterMessage> decode(List<byte[]> frames) {
        Optional<JupyterMessage> message = codec.decode(frames);
        if (message.isEmpty()) {
            rejected.incrementAndGet();
        }
        return message;
    }

    private List<byte[]> receive(ZMQ.Socket socket, int flags) {
        if (closed) {
            return null;
        }
        byte[] first = socket.recv(flags);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }

    private void send(ZMQ.Socket socket, JupyterMessage message, byte[] signatureOverride) {
        if (closed) {
            throw new KernelException("client is closed");
        }
        List<byte[]> frames = codec.encode(message, signatureOverride);
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    private ZMQ.Socket socket(SocketType type, int port, byte[] identity) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(0);
        if (identity != null) {
            socket.setIdentity(identity);
        }
        socket.connect(info.endpoint(port));
        return socket;
    }

    private static long deadline(Duration timeout) {
        long now = System.nanoTime();
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE;
        }
        long deadline = now + nanos;
        return deadline < now ? Long.MAX_VALUE : deadline;
    }

    private static long remainingMillis(long deadline) {
        long remaining = deadline - System.nanoTime();
        return remaining <= 0 ? 0 : Math.max(1, remaining / 1_000_000L);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
    }

    /** State of one execute_request being collected. */
    private static final class Execution {
        private final String msgId;
        private final OutputCollector outputs;
        private ObjectNode reply;
        private boolean idle;
        private long lastActivity = System.nanoTime();

        Execution(String msgId, OutputCollector outputs) {
            this.msgId = msgId;
            this.outputs = outputs;
        }

        void acceptIopub(JupyterMessage message) {
            if (!message.parentMsgId().equals(msgId)) {
                return;
            }
            lastActivity = System.nanoTime();
            if ("status".equals(message.msgType())) {
                idle = "idle".equals(message.content().path("execution_state").asText());
            } else {
                outputs.accept(message);
            }
        }

        void acceptShell(JupyterMessage message) {
            if (message.parentMsgId().equals(msgId) && "execute_reply".equals(message.msgType())) {
                reply = message.content();
                lastActivity = System.nanoTime();
            }
        }

        boolean complete() {
            return reply != null && (idle || System.nanoTime() - lastActivity > IOPUB_GRACE.toNanos());
        }

        ExecuteResult result(long start, boolean timedOut) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            OptionalInt count = reply != null && reply.path("execution_count").canConvertToInt()
                    ? OptionalInt.of(reply.path("execution_count").asInt()) : OptionalInt.empty();
            ExecuteResult.Status status;
            if (timedOut) {
                status = ExecuteResult.Status.TIMED_OUT;
            } else {
                status = switch (reply.path("status").asText("error")) {
                    case "ok" -> ExecuteResult.Status.OK;
                    case "aborted" -> ExecuteResult.Status.ABORTED;
                    default -> ExecuteResult.Status.ERROR;
                };
            }
            return new ExecuteResult(status, count, outputs.outputs(), reply, elapsed);
        }
    }
}

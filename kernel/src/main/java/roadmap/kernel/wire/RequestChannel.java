package roadmap.kernel.wire;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.publish.PublishError;
import io.github.spencerpark.jupyter.messages.reply.ErrorReply;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import org.zeromq.ZMQ;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shell or control ROUTER socket. Replaces basekernel's loop, which sleeps 50 ms between
 * polls (too slow for a 30 ms round trip) and lets a badly signed message kill the channel
 * thread: here the thread blocks in {@code poll}, each multipart message is read whole by a
 * {@link WireMessages} (so a malformed one cannot shift the next one's frames), and a message
 * that is malformed, wrongly signed or replayed is logged and dropped without a reply. Nothing a
 * handler throws ends the thread.
 */
final class RequestChannel extends ShellChannel {
    private static final Logger LOG = Logger.getLogger(RequestChannel.class.getName());
    private static final int POLL_TIMEOUT_MS = 200;

    private final ZMQ.Context context;
    private final boolean isControl;
    private final JupyterConnection connection;
    private final WireMessages messages;
    private volatile boolean running;
    private Thread thread;

    RequestChannel(ZMQ.Context context, HMACGenerator hmac, boolean isControl, JupyterConnection connection, DigestHistory digests) {
        super(context, hmac, isControl, connection);
        this.context = context;
        this.isControl = isControl;
        this.connection = connection;
        this.messages = new WireMessages(hmac, digests);
        setMaxMsgSize(WireLimits.MAX_FRAME_BYTES);
    }

    @Override
    public synchronized Message<?> readMessage() {
        List<byte[]> frames = new ArrayList<>();
        frames.add(recv(0));
        while (hasReceiveMore()) {
            byte[] frame = recv(0);
            if (frames.size() < WireLimits.MAX_FRAMES) {
                frames.add(frame);
            } else {
                frames.set(WireLimits.MAX_FRAMES - 1, null); // marks the message as too long
            }
        }
        return messages.decode(frames);
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        int port = isControl ? props.getControlPort() : props.getShellPort();
        String address = props.getTransport() + "://" + props.getIp() + ":" + port;
        if (!bind(address)) {
            throw new IllegalStateException("could not bind " + name() + " to " + address);
        }
        running = true;
        thread = new Thread(this::serve, name());
        thread.start();
    }

    private String name() {
        return isControl ? "control" : "shell";
    }

    private void serve() {
        ZMQ.Poller poller = context.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        while (running) {
            try {
                if (poller.poll(POLL_TIMEOUT_MS) <= 0 || !poller.pollin(0)) {
                    continue;
                }
                Message<?> message = readMessage();
                handle(message);
                if (!running) {
                    return;
                }
            } catch (WireMessages.RejectedMessage e) {
                LOG.warning(() -> name() + ": dropped a message: " + e.getMessage());
            } catch (WireMessages.OversizedRequest e) {
                replyTooLarge(e);
            } catch (org.zeromq.ZMQException | zmq.ZError.IOException e) {
                if (running) {
                    LOG.log(Level.WARNING, name() + ": socket error", e);
                }
                return;
            } catch (Throwable e) { // NOPMD: the channel must outlive anything a message causes
                LOG.log(Level.WARNING, name() + ": dropped a message that could not be handled", e);
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void handle(Message message) {
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            LOG.warning(() -> name() + ": no handler for " + message.getHeader().getType().getName());
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (Throwable e) { // NOPMD: log it; the deferred idle status and replies still go out
            LOG.log(Level.SEVERE, name() + ": handler for " + message.getHeader().getType().getName() + " failed", e);
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) {
            running = false;
            new Thread(connection::close, "kernel-shutdown").start();
        }
    }

    /** An execute_request too large to run still gets its error, output and reply. */
    private void replyTooLarge(WireMessages.OversizedRequest e) {
        LOG.warning(() -> name() + ": " + e.getMessage());
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, e.context());
        String name = "RequestTooLarge";
        String value = e.getMessage();
        List<String> trace = List.of(name + ": " + value);
        env.setBusyDeferIdle();
        env.publish(new PublishError(name, value, trace));
        env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), new ErrorReply(name, value, trace));
        env.resolveDeferrals();
    }

    @Override
    public void close() {
        running = false;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(2 * POLL_TIMEOUT_MS + 100L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Thread t = thread;
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package roadmap.kernel.wire;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import org.zeromq.ZMQ;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shell or control ROUTER socket. Replaces basekernel's loop, which sleeps 50 ms between
 * polls (too slow for a 30 ms round trip) and lets a badly signed message kill the channel
 * thread: here the thread blocks in {@code poll} and a message whose HMAC does not match is
 * logged and dropped without a reply.
 */
final class RequestChannel extends ShellChannel {
    private static final Logger LOG = Logger.getLogger(RequestChannel.class.getName());
    private static final int POLL_TIMEOUT_MS = 200;

    private final ZMQ.Context context;
    private final boolean isControl;
    private final JupyterConnection connection;
    private volatile boolean running;
    private Thread thread;

    RequestChannel(ZMQ.Context context, HMACGenerator hmac, boolean isControl, JupyterConnection connection) {
        super(context, hmac, isControl, connection);
        this.context = context;
        this.isControl = isControl;
        this.connection = connection;
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

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void serve() {
        ZMQ.Poller poller = context.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        while (running) {
            try {
                if (poller.poll(POLL_TIMEOUT_MS) <= 0 || !poller.pollin(0)) {
                    continue;
                }
                Message message = readMessage();
                ShellHandler handler = connection.getHandler(message.getHeader().getType());
                if (handler == null) {
                    LOG.warning(() -> name() + ": no handler for " + message.getHeader().getType().getName());
                    continue;
                }
                ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
                try {
                    handler.handle(env, message);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, name() + ": handler for " + message.getHeader().getType().getName() + " failed", e);
                } finally {
                    env.resolveDeferrals();
                }
                if (env.isMarkedForShutdown()) {
                    running = false;
                    new Thread(connection::close, "kernel-shutdown").start();
                }
            } catch (SecurityException e) {
                LOG.warning(() -> name() + ": dropped a message with a wrong signature");
            } catch (org.zeromq.ZMQException | zmq.ZError.IOException e) {
                if (running) {
                    LOG.log(Level.WARNING, name() + ": socket error", e);
                }
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name() + ": dropped a message that could not be read", e);
            }
        }
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

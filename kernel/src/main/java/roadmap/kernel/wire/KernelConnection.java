package roadmap.kernel.wire;

import io.github.spencerpark.jupyter.channels.IOPubChannel;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

import java.security.GeneralSecurityException;
import java.util.concurrent.CountDownLatch;

/**
 * The kernel's five ZeroMQ sockets, bound to the address in the connection file. Keeps
 * basekernel's message (de)serialisation and handler registry but runs its own socket threads
 * (see {@link RequestChannel}); basekernel's own sockets are created by the superclass and never
 * bound.
 */
public final class KernelConnection extends JupyterConnection {
    private static final int LINGER_MS = 1000;

    private final KernelConnectionProperties props;
    private final ZMQ.Context context = ZMQ.context(1);
    private final RequestChannel shell;
    private final RequestChannel control;
    private final StdinChannel stdin;
    private final IOPubChannel iopub;
    private final CountDownLatch closed = new CountDownLatch(1);
    private HeartbeatResponder heartbeat;
    private volatile boolean isClosed;

    /**
     * @param props the parsed connection file
     * @throws GeneralSecurityException if the signature scheme is not available
     */
    public KernelConnection(KernelConnectionProperties props) throws GeneralSecurityException {
        super(props);
        this.props = props;
        HMACGenerator hmac = props.createHMACGenerator();
        DigestHistory digests = new DigestHistory(WireLimits.DIGEST_HISTORY);
        this.shell = new RequestChannel(context, hmac, false, this, digests);
        this.control = new RequestChannel(context, hmac, true, this, digests);
        this.stdin = new StdinChannel(context, hmac);
        this.iopub = new IOPubChannel(context, hmac);
        stdin.setMaxMsgSize(WireLimits.MAX_FRAME_BYTES);
        iopub.setMaxMsgSize(WireLimits.MAX_HEARTBEAT_BYTES); // only subscriptions come in
        for (ZMQ.Socket socket : new ZMQ.Socket[] {shell, control, stdin, iopub}) {
            socket.setLinger(LINGER_MS); // never let an unreachable client block shutdown
        }
    }

    @Override
    public void connect() {
        iopub.bind(props);
        stdin.bind(props);
        heartbeat = new HeartbeatResponder(context, props.getTransport() + "://" + props.getIp() + ":" + props.getHbPort());
        control.bind(props);
        shell.bind(props);
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    @Override
    public IOPubChannel getIOPub() {
        return iopub;
    }

    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel channel, MessageContext context) {
        return new ShellReplyEnvironment(channel, stdin, iopub, context) {
        };
    }

    @Override
    public synchronized void close() {
        if (isClosed) {
            return;
        }
        isClosed = true;
        shell.close();
        control.close();
        if (heartbeat != null) {
            heartbeat.close();
        }
        stdin.close();
        iopub.close();
        super.close();
        context.close();
        closed.countDown();
    }

    @Override
    public void waitUntilClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package roadmap.kernel.wire;

import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/** Echoes heartbeat pings at once (basekernel's loop polls only every 500 ms). */
final class HeartbeatResponder {
    private static final int POLL_TIMEOUT_MS = 200;

    private final ZMQ.Socket socket;
    private final Thread thread;
    private volatile boolean running = true;

    HeartbeatResponder(ZMQ.Context context, String address) {
        this.socket = context.socket(SocketType.REP);
        socket.setMaxMsgSize(WireLimits.MAX_HEARTBEAT_BYTES);
        if (!socket.bind(address)) {
            throw new IllegalStateException("could not bind heartbeat to " + address);
        }
        this.thread = new Thread(this::serve, "heartbeat");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void serve() {
        socket.setReceiveTimeOut(POLL_TIMEOUT_MS);
        while (running) {
            try {
                byte[] ping = socket.recv(0);
                if (ping != null) {
                    socket.send(ping, 0);
                }
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
            }
        }
        socket.close();
    }

    void close() {
        running = false;
        try {
            thread.join(2L * POLL_TIMEOUT_MS + 100L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package roadmap.kernel.wire;

/** Sizes the kernel accepts on its sockets: generous for real cells, far below its memory. */
public final class WireLimits {
    /**
     * Largest frame accepted on shell, control and stdin. A peer that sends a larger one is
     * disconnected by ZeroMQ as soon as the frame's length is read, before anything is allocated;
     * its client reconnects on its own.
     */
    public static final long MAX_FRAME_BYTES = 128L * 1024 * 1024;
    /**
     * Largest {@code execute_request} content run. A larger (correctly signed) one is answered
     * with an error naming its size, without being parsed.
     */
    public static final int MAX_REQUEST_CONTENT_BYTES = 8 * 1024 * 1024;
    /** Largest heartbeat ping echoed. */
    public static final long MAX_HEARTBEAT_BYTES = 64 * 1024;
    /** Most frames one message may have; a message with more is dropped. */
    public static final int MAX_FRAMES = 1_000;
    /** How many signatures are remembered to refuse a replayed message (as jupyter_client does). */
    public static final int DIGEST_HISTORY = 1 << 14;

    private WireLimits() {
    }
}

package roadmap.kernel.output;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes buffered cell output: a daemon thread waits for output, lets more of it collect for
 * {@code windowMillis}, then hands everything pending to the sink in one go. The kernel also
 * calls {@link #flush()} before it publishes a result, so output keeps its order.
 */
public final class OutputPump implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OutputPump.class.getName());

    private final OutputCoalescer coalescer;
    private final Consumer<List<OutputChunk>> sink;
    private final long windowMillis;
    private final Object publishLock = new Object();
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * Starts the pump thread.
     *
     * @param coalescer    the buffer to drain
     * @param sink         publishes chunks (called with at least one chunk, never concurrently)
     * @param windowMillis how long output may collect before it is published
     */
    public OutputPump(OutputCoalescer coalescer, Consumer<List<OutputChunk>> sink, long windowMillis) {
        this.coalescer = coalescer;
        this.sink = sink;
        this.windowMillis = windowMillis;
        this.thread = new Thread(this::run, "cell-output-pump");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Publishes everything pending now, on the calling thread. */
    public void flush() {
        synchronized (publishLock) {
            publish(coalescer.drain());
        }
    }

    /** Publishes everything pending plus the cell's truncation notice, if any. */
    public void finishCell() {
        synchronized (publishLock) {
            publish(coalescer.finishCell());
        }
    }

    private void run() {
        while (running) {
            try {
                coalescer.awaitPending();
                Thread.sleep(windowMillis);
                flush();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not publish cell output", e);
            }
        }
    }

    private void publish(List<OutputChunk> chunks) {
        if (!chunks.isEmpty()) {
            sink.accept(chunks);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}

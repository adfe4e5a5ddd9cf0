package roadmap.kernel.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a process's output on a daemon thread and keeps only its last bytes, so a kernel that
 * crashes can be explained without ever blocking on a full pipe or filling a disk.
 */
public final class OutputTail {

    private final byte[] ring;
    private long written;
    private final Thread pump;

    /**
     * Starts draining.
     *
     * @param stream   the process's (merged) output
     * @param capacity how many trailing bytes to keep
     * @param name     thread name
     */
    public OutputTail(InputStream stream, int capacity, String name) {
        this.ring = new byte[capacity];
        this.pump = new Thread(() -> pump(stream), name);
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(InputStream stream) {
        byte[] buffer = new byte[8192];
        try (stream) {
            int read;
            while ((read = stream.read(buffer)) >= 0) {
                append(buffer, read);
            }
        } catch (IOException ignored) {
            // the process went away; what was read is kept
        }
    }

    private synchronized void append(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) (written++ % ring.length)] = buffer[i];
        }
    }

    /**
     * Waits briefly for the pump to reach end of stream (useful after the process exited).
     *
     * @param millis how long to wait at most
     */
    public void awaitEnd(long millis) {
        try {
            pump.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the last bytes of output as text (lossy at a cut multi-byte character) */
    public synchronized String text() {
        int length = (int) Math.min(written, ring.length);
        byte[] tail = new byte[length];
        long start = written - length;
        for (int i = 0; i < length; i++) {
            tail[i] = ring[(int) ((start + i) % ring.length)];
        }
        String text = new String(tail, StandardCharsets.UTF_8);
        return written > ring.length ? "…" + text : text;
    }

    /**
     * @param maxLines how many trailing lines
     * @return the last lines of output
     */
    public String lastLines(int maxLines) {
        java.util.List<String> lines = text().stripTrailing().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - maxLines), lines.size()));
    }
}

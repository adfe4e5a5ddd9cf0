package roadmap.train;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A one-line progress display for long loops in a notebook.
 *
 * <p>While running it rewrites its line with carriage-return-prefixed updates (Jupyter front-ends
 * honour {@code \r} in stream output), at most five per second and never in the first 200 ms, so
 * short loops print only the final line. {@link #close()} prints the final state once, without
 * timings, e.g. {@code training: 100% 50/50 loss=0.1200}, so committed outputs do not change from
 * run to run.
 *
 * <pre>{@code
 * try (Progress p = Progress.of("training", epochs)) {
 *     for (int e = 0; e < epochs; e++) { ...; p.step(); p.set("loss", loss); }
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {

    static final long MIN_INTERVAL_NANOS = 200_000_000L;

    private final String label;
    private final long total;
    private final PrintStream out;
    private final LongSupplier clock;
    private final long start;
    private final Map<String, String> values = new LinkedHashMap<>();
    private long done;
    private long lastPrint;
    private boolean printedUpdate;
    private boolean closed;

    Progress(String label, long total, PrintStream out, LongSupplier clock) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a progress display needs a label");
        }
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0, got " + total);
        }
        this.label = label;
        this.total = total;
        this.out = out;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPrint = start;
    }

    /**
     * Starts a progress display on {@link System#out}.
     *
     * @param label what is progressing, e.g. {@code training}
     * @param total the number of steps
     * @return the display; close it (try-with-resources) to print the final line
     */
    public static Progress of(String label, long total) {
        return new Progress(label, total, System.out, System::nanoTime);
    }

    /** Advances by one step. */
    public void step() {
        step(1);
    }

    /**
     * Advances by several steps.
     *
     * @param steps how many steps were done (at least 0)
     */
    public void step(long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        done += steps;
        maybePrint();
    }

    /**
     * Shows a named number (4 decimals) next to the progress, e.g. {@code loss=0.1200}.
     *
     * @param key   the name
     * @param value the latest value
     */
    public void set(String key, double value) {
        values.put(key, String.format(Locale.ROOT, "%.4f", value));
        maybePrint();
    }

    /**
     * Shows a named text next to the progress.
     *
     * @param key   the name
     * @param value the latest value
     */
    public void set(String key, String value) {
        values.put(key, value);
        maybePrint();
    }

    /**
     * The number of steps done so far.
     *
     * @return the count
     */
    public long done() {
        return done;
    }

    private void maybePrint() {
        if (closed) {
            return;
        }
        long now = clock.getAsLong();
        if (now - lastPrint >= MIN_INTERVAL_NANOS) {
            lastPrint = now;
            printedUpdate = true;
            out.print("\r" + line() + String.format(Locale.ROOT, " [%.1fs]", (now - start) / 1e9));
            out.flush();
        }
    }

    /**
     * The progress line without timings, e.g. {@code training: 40% 20/50 loss=0.1200}.
     *
     * @return the line
     */
    public String line() {
        long pct = total == 0 ? 100 : Math.min(100, done * 100 / total);
        StringBuilder sb = new StringBuilder(label).append(": ")
                .append(String.format(Locale.ROOT, "%3d%%", pct)).append(' ')
                .append(done).append('/').append(total);
        values.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }

    /** Prints the final line (once) and a newline. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        out.print((printedUpdate ? "\r" : "") + line() + "\n");
        out.flush();
    }
}

package roadmap.kernel.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tracks the peak resident memory of a process tree from {@code /proc/PID/status} (VmHWM, the
 * kernel's own high-water mark per process). Descendants are sampled periodically so that a child
 * that exits early still counts. The tree's peak is the sum of the per-process peaks (an upper
 * bound when the processes peaked at different times). Where /proc does not exist, the peak is
 * unknown (-1).
 */
public final class PeakRssSampler implements AutoCloseable {

    private final ProcessHandle root;
    private final Map<Long, Long> peakByPid = new HashMap<>();
    private final ScheduledExecutorService timer;
    private final boolean supported = Files.isReadable(Path.of("/proc/self/status"));

    /**
     * Starts sampling every {@code periodMillis}.
     *
     * @param root         the kernel process
     * @param periodMillis sampling period
     */
    public PeakRssSampler(ProcessHandle root, long periodMillis) {
        this.root = root;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kernel-rss-sampler-" + root.pid());
            thread.setDaemon(true);
            return thread;
        });
        sample();
        timer.scheduleAtFixedRate(this::sample, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Reads VmHWM of the process and its live descendants now. */
    public synchronized void sample() {
        if (!supported || !root.isAlive()) {
            return;
        }
        readVmHwm(root.pid()).ifPresent(peak -> peakByPid.merge(root.pid(), peak, Math::max));
        root.descendants().forEach(child ->
                readVmHwm(child.pid()).ifPresent(peak -> peakByPid.merge(child.pid(), peak, Math::max)));
    }

    /** @return the peak RSS in bytes of the tree so far (taking a fresh sample), or -1 if unknown */
    public synchronized long peakBytes() {
        sample();
        if (!supported || peakByPid.isEmpty()) {
            return -1;
        }
        return peakByPid.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * @param pid a process id
     * @return its VmHWM in bytes, if readable
     */
    static OptionalLong readVmHwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                    long value = Long.parseLong(parts[0]);
                    return OptionalLong.of(parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /**
     * @param bytes a byte count or -1
     * @return e.g. {@code 612 MB}, or {@code n/a} for -1
     */
    public static String format(long bytes) {
        return bytes < 0 ? "n/a" : Math.round(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** Stops sampling. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package roadmap.kernel.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Ends a process and all its descendants: SIGTERM, a grace period, then SIGKILL. */
public final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * @param root a process
     * @return the process and its current descendants (children first reached breadth-wise)
     */
    public static Set<ProcessHandle> snapshot(ProcessHandle root) {
        Set<ProcessHandle> all = new LinkedHashSet<>();
        all.add(root);
        root.descendants().forEach(all::add);
        return all;
    }

    /**
     * Terminates every process, waits up to {@code grace}, then kills what is left and waits up
     * to 5 s more for it to be gone.
     *
     * @param processes processes to end (e.g. a {@link #snapshot(ProcessHandle)}, possibly merged
     *                  with earlier snapshots so that reparented children are not missed)
     * @param grace     how long to wait after the polite signal
     * @return the processes still alive afterwards (empty on success)
     */
    public static List<ProcessHandle> destroy(Set<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).collect(Collectors.toList());
        alive.forEach(ProcessHandle::destroy);
        awaitExit(alive, grace);
        List<ProcessHandle> stubborn = new ArrayList<>();
        for (ProcessHandle process : alive) {
            if (process.isAlive()) {
                process.descendants().forEach(stubborn::add);
                stubborn.add(process);
            }
        }
        stubborn.forEach(ProcessHandle::destroyForcibly);
        awaitExit(stubborn, Duration.ofSeconds(5));
        return stubborn.stream().filter(ProcessHandle::isAlive).collect(Collectors.toList());
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle process : processes) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return;
            }
            try {
                process.onExit().get(remaining, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                // checked again by the caller
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

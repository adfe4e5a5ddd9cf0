package roadmap.kernel.exec;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Warms JShell's compiler while the kernel is idle: a fresh JVM runs javac's code in the
 * interpreter, so the first few dozen cells cost about a quarter more than later ones. Once
 * JShell has started, a daemon thread compiles and runs throwaway snippets (dropped again, so
 * they leave nothing behind) until the JIT has seen enough of them, but only while no cell has
 * been requested for {@link #IDLE_MILLIS}: cells sent back to back never wait for it, and a
 * learner's first cell a few seconds after the notebook opened finds a warm compiler.
 */
public final class CompilerWarmUp {
    private static final Logger LOG = Logger.getLogger(CompilerWarmUp.class.getName());
    /** How long the kernel must have been idle before the next warm-up snippet runs. */
    static final long IDLE_MILLIS = 150;
    /** Rounds of {@link #SNIPPETS}; about two seconds of one core on a quiet machine. */
    static final int ROUNDS = 16;
    /** What notebooks' cells mostly are: expressions, declarations, a lambda, a method, a class. */
    static final List<String> SNIPPETS = List.of(
            "1 + 1",
            "int warmUpInt = 2 * 21;",
            "String warmUpText = \"x\" + List.of(1, 2).size();",
            "java.util.stream.IntStream.range(0, 3).map(i -> i * i).sum()",
            "double warmUpMethod(double[] xs) { double s = 0; for (double x : xs) { s += x; } return s; }",
            "record WarmUpPoint(double x, double y) { double norm() { return Math.hypot(x, y); } }");

    private CompilerWarmUp() {
    }

    /**
     * Starts the warm-up thread.
     *
     * @param evaluator         the started evaluator
     * @param idleSinceNanos    {@link System#nanoTime()} of the kernel's last request or reply,
     *                          or {@link Long#MAX_VALUE} while a request is being handled
     * @return the daemon thread (already started)
     */
    public static Thread start(CellEvaluator evaluator, LongSupplier idleSinceNanos) {
        Thread thread = new Thread(() -> run(evaluator, idleSinceNanos), "jshell-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    private static void run(CellEvaluator evaluator, LongSupplier idleSinceNanos) {
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (String snippet : SNIPPETS) {
                    waitUntilIdle(idleSinceNanos);
                    if (!evaluator.warmUp(snippet)) {
                        return; // closed, or a snippet failed: warming is best effort
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "compiler warm-up stopped", e);
        }
    }

    private static void waitUntilIdle(LongSupplier idleSinceNanos) throws InterruptedException {
        while (true) {
            long since = idleSinceNanos.getAsLong();
            long idleMillis = since == Long.MAX_VALUE ? -1 : (System.nanoTime() - since) / 1_000_000;
            if (idleMillis >= IDLE_MILLIS) {
                return;
            }
            Thread.sleep(idleMillis < 0 ? IDLE_MILLIS : IDLE_MILLIS - idleMillis);
        }
    }
}

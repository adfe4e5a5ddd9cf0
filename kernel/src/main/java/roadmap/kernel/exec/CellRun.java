package roadmap.kernel.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

/**
 * One piece of learner code (a snippet, or the rendering of a cell's value) running on its own
 * thread, in its cell's thread group ({@link Threads}): threads the code starts join the group,
 * so an interrupt reaches them too and their uncaught exceptions are reported instead of vanishing.
 */
final class CellRun {
    /** Stack of a cell's thread: as deep as a JVM's main thread, for learners' recursive code. */
    static final long STACK_BYTES = 8L * 1024 * 1024;

    private final Threads group;
    private final Thread main;
    private volatile Object value;
    private volatile Throwable failure;

    /**
     * The threads of one cell: every snippet of the cell, the rendering of its value and the
     * threads they start.
     */
    static final class Threads extends ThreadGroup {
        private final BiConsumer<Thread, Throwable> uncaught;
        private volatile boolean stopRequested;

        /**
         * @param name     the group's name
         * @param uncaught told about exceptions no thread of the group caught (stops excepted)
         */
        Threads(String name, BiConsumer<Thread, Throwable> uncaught) {
            super(name);
            this.uncaught = uncaught;
        }

        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            if (stopRequested && isStop(error)) {
                return;
            }
            uncaught.accept(thread, error);
        }

        /** Marks the cell as stopped on request; exceptions that stop threads are then not reported. */
        void markStopRequested() {
            stopRequested = true;
        }

        boolean stopRequested() {
            return stopRequested;
        }

        /** @return the live threads of the group */
        List<Thread> liveThreads() {
            Thread[] threads;
            int count;
            do {
                threads = new Thread[activeCount() + 8];
                count = enumerate(threads, true);
            } while (count == threads.length);
            List<Thread> live = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                if (threads[i].isAlive()) {
                    live.add(threads[i]);
                }
            }
            return live;
        }
    }

    /**
     * @param name   the thread's name
     * @param loader the context class loader the code sees
     * @param task   the code
     * @param group  the cell's threads, which this run's thread joins
     */
    CellRun(String name, ClassLoader loader, Callable<?> task, Threads group) {
        this.group = group;
        this.main = new Thread(group, () -> {
            try {
                value = task.call();
            } catch (Throwable t) { // NOPMD: whatever learner code throws is the run's outcome
                failure = t;
            }
        }, name, STACK_BYTES);
        main.setContextClassLoader(loader);
        main.setDaemon(true);
    }

    /** Starts the code and waits until its main thread ends (the caller is never interrupted). */
    void runToEnd() {
        main.start();
        boolean interrupted = false;
        while (main.isAlive()) {
            try {
                main.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    boolean stopRequested() {
        return group.stopRequested();
    }

    /** Ends the run without starting it: the cell was interrupted before this code began. */
    void skipStopped() {
        group.markStopRequested();
        failure = new InterruptedException("interrupted before it started");
    }

    /**
     * @return whether the run ended because it was stopped: it failed after a stop was asked for
     *         (by the stop itself, or by what the interrupt woke up, e.g. an InterruptedException)
     */
    boolean stopped() {
        return group.stopRequested() && failure != null;
    }

    Object value() {
        return value;
    }

    Throwable failure() {
        return failure;
    }

    Thread mainThread() {
        return main;
    }

    Threads threads() {
        return group;
    }

    static boolean isStop(Throwable t) {
        Throwable cause = t;
        for (int depth = 0; cause != null && depth < 3; depth++, cause = cause.getCause()) {
            if (cause.getClass().getName().equals("java.lang.ThreadDeath")) {
                return true;
            }
        }
        return false;
    }
}

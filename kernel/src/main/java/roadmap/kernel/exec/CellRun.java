package roadmap.kernel.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

/**
 * One piece of learner code (a snippet, or the rendering of a cell's value) running on its own
 * thread, in its own thread group: threads the code starts join the group, so an interrupt
 * reaches them too and their uncaught exceptions are reported instead of vanishing.
 */
final class CellRun {
    /** Stack of a cell's thread: as deep as a JVM's main thread, for learners' recursive code. */
    static final long STACK_BYTES = 8L * 1024 * 1024;
    private final ThreadGroup group;
    private final Thread main;
    private volatile Object value;
    private volatile Throwable failure;
    private volatile boolean stopRequested;

    /**
     * @param name     the thread's name
     * @param loader   the context class loader the code sees
     * @param task     the code
     * @param uncaught told about exceptions no thread of the group caught (stops excepted)
     */
    CellRun(String name, ClassLoader loader, Callable<?> task, BiConsumer<Thread, Throwable> uncaught) {
        this.group = new ThreadGroup(name) {
            @Override
            public void uncaughtException(Thread thread, Throwable error) {
                if (stopRequested && isStop(error)) {
                    return;
                }
                uncaught.accept(thread, error);
            }
        };
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

    /** Marks the run as stopped on request; exceptions that stop threads are then not reported. */
    void markStopRequested() {
        stopRequested = true;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    /** @return whether the run ended because it was stopped */
    boolean stopped() {
        return stopRequested && failure != null && isStop(failure);
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

    /** @return the live threads of the group, the main thread among them while it runs */
    List<Thread> liveThreads() {
        Thread[] threads;
        int count;
        do {
            threads = new Thread[group.activeCount() + 8];
            count = group.enumerate(threads, true);
        } while (count == threads.length);
        List<Thread> live = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (threads[i].isAlive()) {
                live.add(threads[i]);
            }
        }
        return live;
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

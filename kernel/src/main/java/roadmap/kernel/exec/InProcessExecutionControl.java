package roadmap.kernel.exec;

import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.SPIResolutionException;
import roadmap.kernel.errors.ErrorLimits;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs cells in the kernel's own JVM. Extends the JDK's {@link LocalExecutionControl} for class
 * loading (and, on JDK 21+, its stop checks woven into cell classes) but runs snippets itself,
 * each on a {@link CellRun}, so that:
 * <ul>
 *   <li>cell bytecode is rewritten by {@link ExitCallRewriter} before it is loaded;</li>
 *   <li>a snippet's value object is kept as it is: JShell's own code would call its
 *       {@code toString()} on the kernel's thread, outside the interruptible region;</li>
 *   <li>the value is rendered ({@link #callInCell}) on a cell thread too, so an endless or
 *       failing {@code toString()} is interrupted or reported like any cell code;</li>
 *   <li>threads a cell starts belong to its run: an interrupt reaches them, and their uncaught
 *       exceptions are shown in the cell's output;</li>
 *   <li>a thrown exception is converted with a bounded cause chain ({@link ErrorLimits}): JShell's
 *       own conversion recurses once per cause and overflows the stack on deep chains;</li>
 *   <li>an interrupt that cannot take effect (library code on JDK 21+, where threads can no
 *       longer be stopped from outside) is reported in the cell's output after a few seconds.</li>
 * </ul>
 */
public final class InProcessExecutionControl extends LocalExecutionControl {
    /** How long an interrupt may go without effect before the learner is told. */
    static final long STUCK_NOTICE_MILLIS = 2_000;
    private static final boolean THREAD_STOP_WORKS = Runtime.version().feature() < 20;
    private static final String CANCEL_CLASS = "REPL.$Cancel$";

    private volatile CellRun current;
    private volatile CellRun.Threads cellThreads;
    private int cellNumber;
    /** An interrupt that came while no code ran (JShell was compiling): the cell's next run stops. */
    private volatile boolean pendingStop;
    private volatile Class<?> lastInvokedClass;
    private volatile boolean lastInvocationStopped;
    private volatile Object lastValue;
    private volatile boolean hasLastValue;
    private volatile Consumer<String> notices = text -> System.err.print(text);
    private volatile BiConsumer<Thread, Throwable> uncaught = (thread, error) -> System.err.print(uncaughtText(thread, error));
    private boolean jdkRunDone;
    private Field cancelFlag;

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        ClassBytecodes[] guarded = Arrays.stream(classes)
                .map(c -> new ClassBytecodes(c.name(), ExitCallRewriter.rewrite(c.bytecodes())))
                .toArray(ClassBytecodes[]::new);
        super.load(guarded);
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        Class<?> wrapper = doitMethod.getDeclaringClass();
        lastInvokedClass = wrapper;
        lastInvocationStopped = false;
        if (!jdkRunDone) {
            // The JDK's first run loads its stop-check class (JDK 21+), which cell classes call.
            jdkRunDone = true;
            Thread.currentThread().setContextClassLoader(wrapper.getClassLoader());
            String result = super.invoke(doitMethod);
            cancelFlag = findCancelFlag();
            return result;
        }
        CellRun run = run("cell", wrapper.getClassLoader(), () -> doitMethod.invoke(null));
        if (run.stopped()) {
            lastInvocationStopped = true;
            throw new StoppedException();
        }
        Throwable failure = run.failure();
        if (failure instanceof InvocationTargetException || failure instanceof IllegalAccessException) {
            throw (Exception) failure;
        }
        if (failure != null) {
            throw new InvocationTargetException(failure);
        }
        lastValue = run.value();
        hasLastValue = true;
        return ""; // JShell's text for the value is not used: the kernel renders the object
    }

    /**
     * Runs learner code (e.g. the {@code toString()} of a cell's value) the way a snippet runs:
     * interruptible by {@link #stop()}, its threads' uncaught exceptions reported.
     *
     * @param name   the thread's name
     * @param loader the context class loader
     * @param task   the code
     * @return the outcome
     */
    public Outcome callInCell(String name, ClassLoader loader, Callable<?> task) {
        CellRun run = run(name, loader, task);
        return new Outcome(run.value(), run.stopped() ? null : run.failure(), run.stopped());
    }

    /** Starts a new cell: the snippets run from now on, and the threads they start, form one group. */
    public void startCell() {
        pendingStop = false;
        cellThreads = new CellRun.Threads("cell-" + (++cellNumber), (thread, error) -> uncaught.accept(thread, error));
    }

    private CellRun run(String name, ClassLoader loader, Callable<?> task) {
        setCancelFlag(false);
        if (cellThreads == null) {
            startCell();
        }
        CellRun run = new CellRun(name, loader, task, cellThreads);
        current = run;
        try {
            if (pendingStop) {
                run.skipStopped();
            } else {
                run.runToEnd();
            }
        } finally {
            current = null;
        }
        if (run.stopRequested()) {
            reportThreadsLeftRunning(run);
        }
        return run;
    }

    /**
     * Stops the running snippet or rendering and the threads it started: on JDK 17 at once,
     * wherever they are; on JDK 21+ at the next stop check in cell code or at a blocking call
     * (library code runs on). If the run is still going after {@value #STUCK_NOTICE_MILLIS} ms,
     * the cell's output says so.
     */
    @Override
    public void stop() {
        pendingStop = true; // first: a run starting now sees it, or is seen below
        CellRun run = current;
        CellRun.Threads threads = run != null ? run.threads() : cellThreads;
        if (threads == null) {
            return;
        }
        threads.markStopRequested();
        setCancelFlag(true);
        for (Thread thread : threads.liveThreads()) {
            stopThread(thread);
        }
        if (run == null) {
            return;
        }
        Thread watch = new Thread(() -> noticeIfStuck(run), "interrupt-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private void noticeIfStuck(CellRun run) {
        try {
            run.mainThread().join(STUCK_NOTICE_MILLIS);
        } catch (InterruptedException e) {
            return;
        }
        if (!run.mainThread().isAlive()) {
            return;
        }
        notices.accept(String.format("%n[The interrupt has not stopped this cell after %d s: it is running library code%s, "
                        + "which Java %d cannot stop from outside. It goes on until that call returns. "
                        + "To stop it now, restart the kernel (variables are lost).]%n",
                STUCK_NOTICE_MILLIS / 1000, where(run.mainThread()), Runtime.version().feature()));
    }

    private void reportThreadsLeftRunning(CellRun run) {
        List<Thread> left = new ArrayList<>(run.threads().liveThreads());
        left.remove(run.mainThread());
        if (left.isEmpty()) {
            return;
        }
        for (Thread thread : left) {
            stopThread(thread);
        }
        long deadline = System.nanoTime() + 500_000_000L;
        for (Thread thread : left) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<String> running = left.stream().filter(Thread::isAlive).map(Thread::getName).collect(Collectors.toList());
        if (!running.isEmpty()) {
            notices.accept(String.format("%n[%d thread(s) this cell started still run after the interrupt: %s. "
                    + "Restart the kernel to stop them.]%n", running.size(), String.join(", ", running)));
        }
    }

    /** @return the library call the cell's code is in: the frame just above the innermost cell frame */
    private static String where(Thread thread) {
        StackTraceElement[] frames = thread.getStackTrace();
        for (int i = 1; i < frames.length; i++) {
            if (frames[i].getClassName().startsWith("REPL.") && !frames[i - 1].getClassName().startsWith("REPL.")) {
                return " (in " + frames[i - 1].getClassName() + "." + frames[i - 1].getMethodName() + ")";
            }
        }
        return frames.length == 0 ? "" : " (in " + frames[0].getClassName() + "." + frames[0].getMethodName() + ")";
    }

    private static void stopThread(Thread thread) {
        if (THREAD_STOP_WORKS) {
            try {
                Thread.class.getMethod("stop").invoke(thread);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // the thread ended meanwhile, or stop() is unavailable: the interrupt below remains
            }
        }
        thread.interrupt();
    }

    private Field findCancelFlag() {
        try {
            Field flag = findClass(CANCEL_CLASS).getDeclaredField("allStop");
            flag.setAccessible(true);
            return flag;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // JDK 17: cell classes carry no stop checks
        }
    }

    private void setCancelFlag(boolean stop) {
        Field flag = cancelFlag;
        if (flag != null) {
            try {
                flag.setBoolean(null, stop);
            } catch (IllegalAccessException | RuntimeException e) {
                // cannot happen for the JDK's public static field; without it only interrupts stop cells
            }
        }
    }

    /**
     * Converts what a snippet threw, keeping at most {@link ErrorLimits#MAX_CAUSES} causes (the
     * rest stand as one marker) and bounded messages and stacks, without recursion.
     */
    @Override
    protected String throwConvertedInvocationException(Throwable cause) throws RunException, InternalException {
        ErrorLimits.Chain chain = ErrorLimits.chainOf(cause);
        List<RunException> converted = new ArrayList<>();
        for (Throwable t : chain.kept()) {
            if (t instanceof SPIResolutionException) {
                converted.add(new ResolutionException(((SPIResolutionException) t).id(), ErrorLimits.framesOf(t)));
            } else {
                converted.add(new UserException(ErrorLimits.messageOf(t), t.getClass().getName(), ErrorLimits.framesOf(t)));
            }
        }
        if (chain.more() > 0) {
            converted.add(new UserException(ErrorLimits.moreCauses(chain.more()).message(), ErrorLimits.MORE_CAUSES, new StackTraceElement[0]));
        }
        for (int i = converted.size() - 2; i >= 0; i--) {
            converted.get(i).initCause(converted.get(i + 1));
        }
        throw converted.get(0);
    }

    /** @param sink where notices about interrupts go (default: {@code System.err}, i.e. the cell's output) */
    public void onNotice(Consumer<String> sink) {
        this.notices = sink;
    }

    /** @param handler told about exceptions that end a thread a cell started */
    public void onUncaughtException(BiConsumer<Thread, Throwable> handler) {
        this.uncaught = handler;
    }

    /**
     * @param thread the thread that died
     * @param error  what ended it
     * @return the text Java itself prints for it, bounded
     */
    public static String uncaughtText(Thread thread, Throwable error) {
        StringBuilder text = new StringBuilder("Exception in thread \"").append(thread.getName()).append("\" ");
        List<roadmap.kernel.errors.ThrowableView> views = ErrorLimits.views(error);
        text.append(String.join("\n", roadmap.kernel.errors.RuntimeErrorFormatter
                .format(views, frame -> frame.getLineNumber() < 0 ? "cell code" : "snippet " + frame.getFileName().substring(1) + " line " + frame.getLineNumber())
                .traceback()));
        return text.append('\n').toString();
    }

    /** Forgets the last invocation; call before evaluating a snippet. */
    public void resetLastInvocation() {
        lastInvokedClass = null;
        lastInvocationStopped = false;
        lastValue = null;
        hasLastValue = false;
    }

    /** @return the wrapper class of the last snippet invoked since the reset, or {@code null} */
    public Class<?> lastInvokedClass() {
        return lastInvokedClass;
    }

    /** @return whether the last invocation was stopped by {@link #stop()} */
    public boolean lastInvocationStopped() {
        return lastInvocationStopped;
    }

    /** @return whether the last invocation since the reset completed and returned a value */
    public boolean hasLastValue() {
        return hasLastValue;
    }

    /** @return what the last invocation returned: the snippet's value ({@code null} for statements) */
    public Object lastValue() {
        return lastValue;
    }

    /**
     * What running learner code came to.
     *
     * @param value   what it returned
     * @param failure what it threw (not a stop), or {@code null}
     * @param stopped whether an interrupt stopped it
     */
    public record Outcome(Object value, Throwable failure, boolean stopped) {
    }
}

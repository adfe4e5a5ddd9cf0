package roadmap.kernel.exec;

import jdk.jshell.execution.LocalExecutionControl;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs cells in the kernel's own JVM. Extends the JDK's {@link LocalExecutionControl} so that
 * {@link #stop()} keeps working on every JDK (thread-group stop on 17, stop checks woven into
 * cell classes on 21+), and adds three things:
 * <ul>
 *   <li>cell bytecode is rewritten by {@link ExitCallRewriter} before it is loaded;</li>
 *   <li>the class of the last {@code do_it$} method invoked is recorded, so the evaluator can
 *       read a snippet's value object from its static field;</li>
 *   <li>whether the last invocation was stopped is recorded (JShell reports a stopped snippet
 *       as if it had completed).</li>
 * </ul>
 */
public final class InProcessExecutionControl extends LocalExecutionControl {
    private volatile Class<?> lastInvokedClass;
    private volatile boolean lastInvocationStopped;

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
        // Libraries that look classes up through the context class loader (ServiceLoader, DJL,
        // SLF4J) must see the notebook classpath; the snippet thread inherits this loader.
        Thread.currentThread().setContextClassLoader(wrapper.getClassLoader());
        try {
            return super.invoke(doitMethod);
        } catch (StoppedException e) {
            lastInvocationStopped = true;
            throw e;
        }
    }

    /** Forgets the last invocation; call before evaluating a snippet. */
    public void resetLastInvocation() {
        lastInvokedClass = null;
        lastInvocationStopped = false;
    }

    /** @return the wrapper class of the last snippet invoked since the reset, or {@code null} */
    public Class<?> lastInvokedClass() {
        return lastInvokedClass;
    }

    /** @return whether the last invocation was stopped by {@link #stop()} */
    public boolean lastInvocationStopped() {
        return lastInvocationStopped;
    }
}

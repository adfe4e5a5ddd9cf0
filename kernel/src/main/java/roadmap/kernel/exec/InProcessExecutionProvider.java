package roadmap.kernel.exec;

import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.util.Map;

/** Hands JShell one {@link InProcessExecutionControl} and keeps it for the evaluator. */
public final class InProcessExecutionProvider implements ExecutionControlProvider {
    private volatile InProcessExecutionControl control;

    @Override
    public String name() {
        return "roadmap-in-process";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        InProcessExecutionControl created = new InProcessExecutionControl();
        control = created;
        return created;
    }

    /** @return the control JShell uses; available once the JShell instance is built */
    public InProcessExecutionControl control() {
        if (control == null) {
            throw new IllegalStateException("JShell has not created its execution control yet");
        }
        return control;
    }
}

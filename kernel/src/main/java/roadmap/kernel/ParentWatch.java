package roadmap.kernel;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Ends the kernel when the process that started it dies: a runner killed with SIGKILL cannot
 * shut its kernel down, so it passes its pid in {@code ROADMAP_PARENT_PID} (or
 * {@code JPY_PARENT_PID}, as ipykernel understands) and the kernel watches it.
 */
final class ParentWatch {
    private static final Logger LOG = Logger.getLogger(ParentWatch.class.getName());

    private ParentWatch() {
    }

    static void start() {
        String pid = Optional.ofNullable(System.getenv("ROADMAP_PARENT_PID")).orElse(System.getenv("JPY_PARENT_PID"));
        if (pid == null || pid.isBlank()) {
            return;
        }
        long parentPid;
        try {
            parentPid = Long.parseLong(pid.trim());
        } catch (NumberFormatException e) {
            LOG.warning(() -> "ignoring parent pid '" + pid + "': not a number");
            return;
        }
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(ParentWatch::haltWithChildren),
                ParentWatch::haltWithChildren); // already gone
    }

    private static void haltWithChildren() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        // halt, not exit: a cell may be stuck or have installed shutdown hooks
        Runtime.getRuntime().halt(0);
    }
}

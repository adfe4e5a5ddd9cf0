package roadmap.kernel.exec;

/**
 * The targets {@link ExitCallRewriter} substitutes for calls that would end the kernel process.
 * Public because cell classes call it; not meant to be called directly.
 */
public final class ExitGuard {
    private ExitGuard() {
    }

    /**
     * Replaces {@code System.exit(status)}.
     *
     * @param status ignored exit status
     */
    public static void systemExit(int status) {
        throw new ExitRefusedException("System.exit", status);
    }

    /**
     * Replaces {@code runtime.exit(status)}.
     *
     * @param runtime the receiver of the original call
     * @param status  ignored exit status
     */
    public static void runtimeExit(Runtime runtime, int status) {
        throw new ExitRefusedException("Runtime.exit", status);
    }

    /**
     * Replaces {@code runtime.halt(status)}.
     *
     * @param runtime the receiver of the original call
     * @param status  ignored exit status
     */
    public static void runtimeHalt(Runtime runtime, int status) {
        throw new ExitRefusedException("Runtime.halt", status);
    }
}

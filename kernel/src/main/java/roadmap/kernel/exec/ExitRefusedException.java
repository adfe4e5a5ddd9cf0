package roadmap.kernel.exec;

/**
 * Thrown in place of {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} called
 * from a cell: the kernel process holds the notebook's state and must survive.
 */
public final class ExitRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param method the call that was refused, e.g. {@code "System.exit"}
     * @param status the status code it was given
     */
    public ExitRefusedException(String method, int status) {
        super(method + "(" + status + ") was called in a cell; the kernel stays alive"
                + " - restart it from the Kernel menu if you meant to");
    }
}

package roadmap.kernel.client;

/** A kernel did not behave: it failed to start, died, or did not answer in time. */
public class KernelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, readable by a learner */
    public KernelException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, readable by a learner
     * @param cause   the underlying failure
     */
    public KernelException(String message, Throwable cause) {
        super(message, cause);
    }
}

package roadmap.kernel.magic;

/** A magic that could not do its job; the message is shown to the learner as is. */
public final class MagicException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and, if possible, how to fix it */
    public MagicException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public MagicException(String message, Throwable cause) {
        super(message, cause);
    }
}

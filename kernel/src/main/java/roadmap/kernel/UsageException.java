package roadmap.kernel;

/** A command line that cannot be run; {@link Main} prints the message and the usage, exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

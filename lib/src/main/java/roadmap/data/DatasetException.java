package roadmap.data;

/**
 * Thrown when a dataset cannot be used: the data directory or a file is missing, a file's
 * SHA-256 differs from the one recorded in MANIFEST, or a file cannot be parsed. The message
 * always names the file (as a path relative to the repository, e.g. {@code notebooks/data/wine.csv}).
 */
public class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the file
     */
    public DatasetException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, naming the file
     * @param cause   the underlying error
     */
    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}

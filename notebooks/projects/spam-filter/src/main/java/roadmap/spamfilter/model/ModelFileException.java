package roadmap.spamfilter.model;

/** A model file that cannot be read or written; the message names the file. */
public final class ModelFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the file
     * @param cause   the underlying error, or null
     */
    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

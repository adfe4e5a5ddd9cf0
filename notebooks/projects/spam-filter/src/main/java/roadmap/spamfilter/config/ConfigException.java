package roadmap.spamfilter.config;

/** A configuration file that cannot be used: the message names the file, the key and the bad value. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the file, key and value */
    public ConfigException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong
     * @param cause   the underlying error
     */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}

package roadmap.kernel.runner;

/** A notebook file cannot be used: missing, not JSON, or not nbformat 4. */
public final class NotebookException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message a sentence naming the file and what is wrong with it */
    public NotebookException(String message) {
        super(message);
    }
}

package roadmap.kernel.errors;

import java.util.List;

/**
 * A failed cell, already in the shape of a Jupyter {@code error} output. Messages carry no ANSI
 * escape codes.
 */
public final class CellError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String errorName;
    private final String errorValue;
    private final List<String> traceback;

    /**
     * @param errorName  {@code ename}: the real exception class, or {@code CompilationException}
     * @param errorValue {@code evalue}: the message
     * @param traceback  lines shown under the error, without trailing newlines
     */
    public CellError(String errorName, String errorValue, List<String> traceback) {
        super(errorName + ": " + errorValue, null, false, false);
        this.errorName = errorName;
        this.errorValue = errorValue == null ? "" : errorValue;
        this.traceback = List.copyOf(traceback);
    }

    /** @return Jupyter's {@code ename} */
    public String errorName() {
        return errorName;
    }

    /** @return Jupyter's {@code evalue} */
    public String errorValue() {
        return errorValue;
    }

    /** @return Jupyter's {@code traceback} lines */
    public List<String> traceback() {
        return traceback;
    }
}

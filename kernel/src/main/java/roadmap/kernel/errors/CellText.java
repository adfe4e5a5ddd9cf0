package roadmap.kernel.errors;

/** Line arithmetic over a cell's source: offsets to 1-based line numbers and back. */
public final class CellText {
    private final String text;

    /** @param text the cell's source */
    public CellText(String text) {
        this.text = text;
    }

    /**
     * @param offset a character offset (clamped into the text)
     * @return the 1-based line holding it
     */
    public int lineOf(int offset) {
        int end = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * @param offset a character offset
     * @return the offset where its line starts
     */
    public int lineStart(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return text.lastIndexOf('\n', clamped - 1) + 1;
    }

    /**
     * @param offset a character offset
     * @return the text of the line holding it, without the newline
     */
    public String lineText(int offset) {
        int start = lineStart(offset);
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /**
     * @param offset a character offset at or after its first non-blank character
     * @return the offset of the first non-whitespace character at or after it (or the end)
     */
    public int skipWhitespace(int offset) {
        int i = Math.max(0, offset);
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

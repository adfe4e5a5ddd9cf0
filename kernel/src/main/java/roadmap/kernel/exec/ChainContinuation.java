package roadmap.kernel.exec;

/**
 * Keeps a method chain written across lines in one snippet. JShell ends a snippet at the first line
 * break where the code so far is complete, so
 * <pre>
 * var chart = Plots.line("t", "x", "y")
 *         .series("a", xs, ys)
 *         .build();
 * </pre>
 * would become three snippets, the last two starting with a dot and failing to compile. When the
 * code after a complete snippet starts with {@code .name}, the line breaks between them are turned
 * into spaces so JShell reads one statement. Replacing character for character keeps every offset,
 * so error positions still point into the cell as the learner wrote it.
 */
final class ChainContinuation {
    private ChainContinuation() {
    }

    /**
     * @param code the unevaluated rest of a cell
     * @param cut  where JShell would end the current snippet
     * @return {@code code} with the line breaks around {@code cut} replaced by spaces when the next
     *         code continues a member access; otherwise {@code code} itself
     */
    static String join(String code, int cut) {
        int next = cut;
        while (next < code.length() && Character.isWhitespace(code.charAt(next))) {
            next++;
        }
        if (!continuesChain(code, next)) {
            return code;
        }
        int end = cut;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        if (!hasLineBreak(code, end, next) || endsInLineComment(code, end)) {
            return code;
        }
        StringBuilder joined = new StringBuilder(code);
        for (int i = end; i < next; i++) {
            char c = joined.charAt(i);
            if (c == '\n' || c == '\r') {
                joined.setCharAt(i, ' ');
            }
        }
        return joined.toString();
    }

    private static boolean continuesChain(String code, int at) {
        return at + 1 < code.length() && code.charAt(at) == '.'
                && (Character.isJavaIdentifierStart(code.charAt(at + 1)) || code.charAt(at + 1) == '<');
    }

    private static boolean hasLineBreak(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) == '\n' || code.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /** A trailing {@code // comment} would swallow the joined line; leave such code to JShell. */
    private static boolean endsInLineComment(String code, int end) {
        int lineStart = Math.max(code.lastIndexOf('\n', end - 1), code.lastIndexOf('\r', end - 1)) + 1;
        return code.substring(lineStart, end).contains("//");
    }
}

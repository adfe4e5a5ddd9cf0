package roadmap.kernel.output;

/**
 * Drops text that a carriage return would overwrite anyway, the way a terminal (and Jupyter's
 * output area) shows it: on each line only the part after the last {@code \r} survives, prefixed
 * with one {@code \r} so the frontend still overwrites what an earlier message left on that line.
 * A progress bar updated thousands of times between two flushes thus costs one update on the wire.
 */
final class CarriageReturns {
    private CarriageReturns() {
    }

    static String collapse(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            appendCollapsedLine(out, text, lineStart, lineEnd);
            if (newline < 0) {
                break;
            }
            out.append('\n');
            lineStart = newline + 1;
        }
        return out.toString();
    }

    private static void appendCollapsedLine(StringBuilder out, String text, int start, int end) {
        int contentEnd = end;
        while (contentEnd > start && text.charAt(contentEnd - 1) == '\r') {
            contentEnd--; // trailing \r (also the \r of \r\n) overwrites nothing yet
        }
        int lastReturn = text.lastIndexOf('\r', contentEnd - 1);
        if (lastReturn < start) {
            out.append(text, start, end);
        } else {
            out.append('\r').append(text, lastReturn + 1, end);
        }
    }
}

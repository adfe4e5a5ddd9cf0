package roadmap.kernel.magic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell into Java code and line magics. A line magic is a line whose first non-blank
 * character is {@code %} followed by a letter; Java code cannot start a statement that way.
 */
public final class MagicLines {
    private MagicLines() {
    }

    /**
     * @param cell a cell's source
     * @return its parts in order; code parts keep their exact text and offsets
     */
    public static List<CellPart> split(String cell) {
        List<CellPart> parts = new ArrayList<>();
        int codeStart = 0;
        int lineStart = 0;
        while (lineStart < cell.length()) {
            int newline = cell.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? cell.length() : newline;
            String line = cell.substring(lineStart, lineEnd);
            MagicCall magic = parse(line);
            if (magic != null) {
                if (lineStart > codeStart) {
                    parts.add(new CellPart(codeStart, cell.substring(codeStart, lineStart), null));
                }
                parts.add(new CellPart(lineStart, line, magic));
                codeStart = newline < 0 ? cell.length() : newline + 1;
            }
            lineStart = newline < 0 ? cell.length() : newline + 1;
        }
        if (codeStart < cell.length()) {
            parts.add(new CellPart(codeStart, cell.substring(codeStart), null));
        }
        return parts;
    }

    /**
     * @param cell a cell's source
     * @return the cell with every magic line replaced by spaces (offsets unchanged), for code analysis
     */
    public static String blankMagics(String cell) {
        StringBuilder out = new StringBuilder(cell);
        for (CellPart part : split(cell)) {
            if (part.isMagic()) {
                for (int i = part.offset(); i < part.offset() + part.text().length(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /**
     * @param line one line
     * @return the magic on it, or {@code null} if it is not a magic line
     */
    public static MagicCall parse(String line) {
        String stripped = line.strip();
        if (stripped.length() < 2 || stripped.charAt(0) != '%' || !Character.isLetter(stripped.charAt(1))) {
            return null;
        }
        List<String> words = splitArguments(stripped.substring(1));
        return new MagicCall(words.get(0), List.copyOf(words.subList(1, words.size())));
    }

    static List<String> splitArguments(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}

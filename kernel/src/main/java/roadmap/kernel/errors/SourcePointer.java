package roadmap.kernel.errors;

import java.util.ArrayList;
import java.util.List;

/** Renders the source line of an error with a caret line under the offending range. */
public final class SourcePointer {
    private SourcePointer() {
    }

    /**
     * @param cell  the cell's source
     * @param start start offset of the offending range in the cell
     * @param end   end offset (exclusive); a range on several lines is underlined to its first line's end
     * @return two lines: the source line and the markers under it, both prefixed with the line number
     */
    public static List<String> point(CellText cell, int start, int end) {
        int lineStart = cell.lineStart(start);
        String line = cell.lineText(start).replace('\t', ' ');
        int column = Math.max(0, start - lineStart);
        int width = Math.max(1, Math.min(end, lineStart + line.length()) - start);
        String prefix = String.format("%4d | ", cell.lineOf(start));
        List<String> lines = new ArrayList<>(2);
        lines.add(prefix + line);
        lines.add(" ".repeat(prefix.length() + Math.min(column, line.length())) + (width == 1 ? "^" : "^".repeat(width)));
        return lines;
    }
}

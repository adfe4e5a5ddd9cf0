package roadmap.kernel.assist;

import jdk.jshell.SourceCodeAnalysis;

/**
 * The snippet of a cell that contains a cursor, so completion and documentation can be asked
 * about one snippet (JShell's analysis works on a single snippet).
 *
 * @param start  offset of the snippet in the cell
 * @param text   the snippet's text up to the end of the snippet
 * @param cursor the cursor relative to {@code start}
 */
record SnippetAtCursor(int start, String text, int cursor) {
    static SnippetAtCursor locate(SourceCodeAnalysis analysis, String cell, int cursor) {
        int start = 0;
        String remaining = cell;
        while (!remaining.isEmpty()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            String rest = info.completeness().isComplete() && info.source() != null ? info.remaining() : "";
            int end = start + remaining.length() - rest.length();
            if (cursor <= end || rest.isBlank()) {
                return new SnippetAtCursor(start, cell.substring(start, Math.max(end, cursor)), cursor - start);
            }
            start = end;
            remaining = rest;
        }
        return new SnippetAtCursor(start, cell.substring(start), cursor - start);
    }
}

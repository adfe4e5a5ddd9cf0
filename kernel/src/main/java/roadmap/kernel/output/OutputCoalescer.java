package roadmap.kernel.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Buffers what a cell prints so that it can be published in a few large {@code stream} messages
 * instead of one per {@code println}, and caps how much one cell may print.
 * <p>
 * Once a cell has shown {@code maxLines} lines or {@code maxChars} characters, further output is
 * counted but dropped; {@link #finishCell()} then adds one line saying how much was dropped.
 * Thread-safe: user threads append, a publisher thread drains.
 */
public final class OutputCoalescer {
    private final int maxLines;
    private final long maxChars;

    private final List<OutputStreamName> pendingStreams = new ArrayList<>();
    private final List<StringBuilder> pendingTexts = new ArrayList<>();
    private long pendingChars;

    private long shownLines;
    private long shownChars;
    private boolean capped;
    private long droppedLines;
    private long droppedChars;
    private boolean droppedLineOpen;

    /**
     * @param maxLines most lines one cell may show
     * @param maxChars most characters one cell may show
     */
    public OutputCoalescer(int maxLines, long maxChars) {
        if (maxLines <= 0 || maxChars <= 0) {
            throw new IllegalArgumentException("output caps must be positive: " + maxLines + " lines, " + maxChars + " chars");
        }
        this.maxLines = maxLines;
        this.maxChars = maxChars;
    }

    /** Resets the per-cell cap; output still pending from before is kept. */
    public synchronized void startCell() {
        shownLines = 0;
        shownChars = 0;
        capped = false;
        droppedLines = 0;
        droppedChars = 0;
        droppedLineOpen = false;
    }

    /** @return whether output is waiting to be drained */
    public synchronized boolean hasPending() {
        return pendingChars > 0;
    }

    /**
     * Blocks until output is pending.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public synchronized void awaitPending() throws InterruptedException {
        while (pendingChars == 0) {
            wait();
        }
    }

    /**
     * Adds text written to a stream, dropping whatever exceeds the cell's cap.
     *
     * @param stream where it was written
     * @param text   what was written
     */
    public synchronized void append(OutputStreamName stream, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (capped) {
            countDropped(text);
            return;
        }
        String kept = text;
        if (shownChars + pendingChars + text.length() > maxChars) {
            compactPending();
        }
        long charRoom = maxChars - shownChars - pendingChars;
        if (kept.length() > charRoom) {
            kept = kept.substring(0, (int) Math.max(0, charRoom));
        }
        int cut = indexAfterNthNewline(kept, maxLines - shownLines - pendingLines());
        if (cut >= 0) {
            kept = kept.substring(0, cut);
        }
        if (kept.length() < text.length()) {
            capped = true;
            countDropped(text.substring(kept.length()));
        }
        if (!kept.isEmpty()) {
            addPending(stream, kept);
        }
    }

    /**
     * Takes everything pending, merging consecutive writes to the same stream.
     *
     * @return the chunks to publish, in the order they were written
     */
    public synchronized List<OutputChunk> drain() {
        List<OutputChunk> chunks = new ArrayList<>(pendingTexts.size());
        for (int i = 0; i < pendingTexts.size(); i++) {
            String text = CarriageReturns.collapse(pendingTexts.get(i).toString());
            shownChars += text.length();
            shownLines += countNewlines(text);
            if (!text.isEmpty()) {
                chunks.add(new OutputChunk(pendingStreams.get(i), text));
            }
        }
        pendingStreams.clear();
        pendingTexts.clear();
        pendingChars = 0;
        pendingLinesCache = 0;
        return chunks;
    }

    /**
     * Drains what is pending and, if the cap dropped anything in this cell, adds a notice on
     * stderr saying how much.
     *
     * @return the chunks to publish
     */
    public synchronized List<OutputChunk> finishCell() {
        List<OutputChunk> chunks = drain();
        if (capped) {
            chunks.add(new OutputChunk(OutputStreamName.STDERR, truncationNotice()));
            // Later output in this cell (background threads) stays dropped but is not re-announced.
            droppedLines = 0;
            droppedChars = 0;
        }
        return chunks;
    }

    String truncationNotice() {
        return String.format("%n[output truncated: %,d more lines (%,d characters) were not shown;"
                + " a cell shows at most %,d lines or %,d characters]%n", droppedLines, droppedChars, maxLines, maxChars);
    }

    private long pendingLinesCache;

    private long pendingLines() {
        return pendingLinesCache;
    }

    private void addPending(OutputStreamName stream, String text) {
        int last = pendingStreams.size() - 1;
        if (last >= 0 && pendingStreams.get(last) == stream) {
            pendingTexts.get(last).append(text);
        } else {
            pendingStreams.add(stream);
            pendingTexts.add(new StringBuilder(text));
        }
        pendingChars += text.length();
        pendingLinesCache += countNewlines(text);
        notifyAll();
    }

    private void compactPending() {
        long chars = 0;
        for (StringBuilder text : pendingTexts) {
            String collapsed = CarriageReturns.collapse(text.toString());
            text.setLength(0);
            text.append(collapsed);
            chars += collapsed.length();
        }
        pendingChars = chars;
    }

    /** Counts a line when its first character is dropped, so a line written in pieces counts once. */
    private void countDropped(String text) {
        droppedChars += text.length();
        int from = 0;
        while (from < text.length()) {
            if (!droppedLineOpen) {
                droppedLines++;
                droppedLineOpen = true;
            }
            int newline = text.indexOf('\n', from);
            if (newline < 0) {
                break;
            }
            droppedLineOpen = false;
            from = newline + 1;
        }
    }

    /** @return the index just after the {@code n}-th newline, or -1 if there are fewer than n+1 lines' worth */
    static int indexAfterNthNewline(String text, long n) {
        if (n < 0) {
            return 0;
        }
        int index = -1;
        for (long i = 0; i < n; i++) {
            index = text.indexOf('\n', index + 1);
            if (index < 0) {
                return -1;
            }
        }
        // n newlines fit; anything after the n-th one would start line n+1, over the cap
        return index + 1 < text.length() ? index + 1 : -1;
    }

    private static long countNewlines(CharSequence text) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}

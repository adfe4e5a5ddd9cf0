package roadmap.kernel.display;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.List;

/**
 * How many bytes of displays (charts, images, HTML: {@code display_data} and
 * {@code execute_result} outputs) one cell may send. A cell that shows two hundred large images
 * would otherwise put gigabytes on the wire and into the notebook file. Displays over the budget
 * are not sent; the cell's output then ends with a notice saying how many were left out.
 * Thread-safe: displays may come from threads a cell started.
 */
public final class DisplayBudget {
    private static final List<MIMEType> RENDERED_TYPES = List.of(
            MIMEType.parse("text/plain"), MIMEType.parse("text/html"), MIMEType.parse("image/png"));
    private final long maxBytes;
    private long usedBytes;
    private int dropped;
    private long droppedBytes;

    /** @param maxBytes most bytes of displays one cell may send */
    public DisplayBudget(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Starts a new cell's budget. */
    public synchronized void startCell() {
        usedBytes = 0;
        dropped = 0;
        droppedBytes = 0;
    }

    /**
     * @param bytes size of a display about to be sent
     * @return whether it fits the cell's budget (then it is counted)
     */
    public synchronized boolean admit(long bytes) {
        if (usedBytes + bytes > maxBytes) {
            dropped++;
            droppedBytes += bytes;
            return false;
        }
        usedBytes += bytes;
        return true;
    }

    /**
     * @return the notice for the cell's end, or {@code null} if nothing was left out; resets the
     *         count so the notice is given once
     */
    public synchronized String finishCell() {
        if (dropped == 0) {
            return null;
        }
        String notice = String.format("%n[%,d display(s) (%,d bytes) were not shown: a cell shows at most %,d bytes of charts,"
                + " images and tables]%n", dropped, droppedBytes, maxBytes);
        dropped = 0;
        droppedBytes = 0;
        return notice;
    }

    /**
     * @param data a display bundle
     * @return the characters its data takes on the wire, for the MIME types the kernel renders
     */
    public static long sizeOf(DisplayData data) {
        long bytes = 0;
        for (MIMEType type : RENDERED_TYPES) {
            Object value = data.getData(type);
            if (value != null) {
                bytes += String.valueOf(value).length();
            }
        }
        return bytes;
    }
}

package roadmap.kernel.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of running one notebook.
 *
 * @param notebook         the notebook path as given
 * @param status           how the run ended
 * @param message          for failures, one line naming the cell and the cause (see {@link #summary()})
 * @param detail           extra lines for failures (kernel output tail, traceback), may be empty
 * @param total            wall time including kernel start and stop
 * @param peakRssBytes     peak resident memory of the kernel process tree, -1 when unknown
 * @param cells            every cell, in order
 * @param failedCell       1-based number of the cell that failed or timed out, if any
 * @param executedNotebook the notebook with the outputs of this run (null if it could not be read)
 * @param writtenTo        where the executed notebook was written, if it was
 */
public record RunReport(Path notebook, RunStatus status, String message, String detail, Duration total,
                        long peakRssBytes, List<CellResult> cells, Optional<Integer> failedCell,
                        Notebook executedNotebook, Optional<Path> writtenTo) {

    /** Copies the cell list. */
    public RunReport {
        cells = List.copyOf(cells);
    }

    /** @return whether every code cell ran without error */
    public boolean ok() {
        return status == RunStatus.OK;
    }

    /** @return how many cells are tagged {@code check} */
    public long checkCells() {
        return cells.stream().filter(CellResult::isCheck).count();
    }

    /** @return the one-line summary the command line prints */
    public String summary() {
        String name = notebook.getFileName() == null ? notebook.toString() : notebook.getFileName().toString();
        if (ok()) {
            return String.format(java.util.Locale.ROOT, "ok   %s  %.1f s  peak RSS %s  (%d cells, %d checks)", name,
                    total.toMillis() / 1000.0, roadmap.kernel.client.PeakRssSampler.format(peakRssBytes),
                    cells.size(), checkCells());
        }
        return "FAIL " + name + ": " + message;
    }
}

package roadmap.kernel.runner;

/** How a notebook run ended. */
public enum RunStatus {
    /** Every code cell ran without error. */
    OK,
    /** A cell raised an error (or was aborted); later cells did not run. */
    CELL_FAILED,
    /** A cell or the whole notebook ran out of time; the kernel was killed. */
    TIMED_OUT,
    /** The kernel process exited while a cell was running. */
    KERNEL_DIED,
    /** The kernel could not be started or never answered. */
    KERNEL_START_FAILED,
    /** The notebook file is missing, not JSON, or not nbformat 4. */
    INVALID_NOTEBOOK,
    /** The executed notebook could not be written. */
    WRITE_FAILED
}

package roadmap.track;

/**
 * A run's status with the integer code MLflow stores in a run's {@code meta.yaml}
 * (MLflow's {@code RunStatus} protobuf enum).
 */
public enum RunStatus {
    /** The run is in progress (code 1). */
    RUNNING(1),
    /** The run is scheduled (code 2). */
    SCHEDULED(2),
    /** The run ended normally (code 3). */
    FINISHED(3),
    /** The run ended with an error (code 4). */
    FAILED(4),
    /** The run was stopped (code 5). */
    KILLED(5);

    private final int code;

    RunStatus(int code) {
        this.code = code;
    }

    /**
     * The integer MLflow writes in {@code meta.yaml}.
     *
     * @return 1 to 5
     */
    public int code() {
        return code;
    }

    /**
     * The status for an MLflow code.
     *
     * @param code the integer from a {@code meta.yaml}
     * @return the status
     * @throws IllegalArgumentException for an unknown code
     */
    public static RunStatus ofCode(int code) {
        for (RunStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown MLflow run status code " + code);
    }
}

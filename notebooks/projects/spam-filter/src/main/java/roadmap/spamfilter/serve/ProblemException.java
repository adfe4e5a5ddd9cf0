package roadmap.spamfilter.serve;

/** Thrown while reading a request to answer it with a {@link Problem} instead of a prediction. */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    /** @param problem the answer to send */
    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    /** @return the answer to send */
    public Problem problem() {
        return problem;
    }
}

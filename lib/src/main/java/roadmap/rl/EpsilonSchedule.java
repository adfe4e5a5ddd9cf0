package roadmap.rl;

/**
 * A linear ε schedule for ε-greedy exploration: ε falls from {@code start} to {@code end} over the
 * first {@code decaySteps} steps and then stays at {@code end}.
 *
 * @param start      ε at step 0, in [0, 1]
 * @param end        the final ε, in [0, 1]
 * @param decaySteps the length of the decay, at least 1
 */
public record EpsilonSchedule(double start, double end, long decaySteps) {

    /** Checks the ranges. */
    public EpsilonSchedule {
        if (!(start >= 0 && start <= 1 && end >= 0 && end <= 1)) {
            throw new IllegalArgumentException("epsilon values must be in [0, 1], got " + start + ", " + end);
        }
        if (decaySteps < 1) {
            throw new IllegalArgumentException("decaySteps must be >= 1, got " + decaySteps);
        }
    }

    /**
     * @param step the number of environment steps taken so far, ≥ 0
     * @return ε at that step
     */
    public double at(long step) {
        if (step >= decaySteps) {
            return end;
        }
        return start + (end - start) * step / (double) decaySteps;
    }
}

package roadmap.rl;

/**
 * The clipped surrogate objective of proximal policy optimisation (Schulman et al., 2017).
 *
 * <p>With the probability ratio {@code r = π_new(a|s) / π_old(a|s)} of an action under the policy
 * being trained and the policy that collected the data, and an advantage estimate {@code A}, PPO
 * maximises the mean of {@code min(r A, clip(r, 1 − ε, 1 + ε) A)}. The minimum makes the objective
 * a pessimistic bound: once the ratio has moved more than ε in the direction the advantage
 * rewards, the clipped term is flat and gives no gradient, so one batch cannot push the policy far
 * from the one that collected it; moves that make things worse are never clipped away.
 */
public final class Ppo {

    private Ppo() {
    }

    /**
     * @param logProbNew log π_new(a|s)
     * @param logProbOld log π_old(a|s)
     * @return the probability ratio {@code exp(logProbNew − logProbOld)}
     */
    public static double ratio(double logProbNew, double logProbOld) {
        return Math.exp(logProbNew - logProbOld);
    }

    /**
     * @param ratio     the probability ratio r, &gt; 0
     * @param advantage the advantage A
     * @param epsilon   the clip range ε, &gt; 0
     * @return {@code min(r A, clip(r, 1 − ε, 1 + ε) A)}
     */
    public static double clippedTerm(double ratio, double advantage, double epsilon) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        }
        double clipped = Math.max(1 - epsilon, Math.min(1 + epsilon, ratio));
        return Math.min(ratio * advantage, clipped * advantage);
    }

    /**
     * @param ratios     probability ratios
     * @param advantages advantages, as many
     * @param epsilon    the clip range
     * @return the mean clipped surrogate objective
     */
    public static double clippedObjective(double[] ratios, double[] advantages, double epsilon) {
        if (ratios.length == 0 || ratios.length != advantages.length) {
            throw new IllegalArgumentException("need equally many (>= 1) ratios and advantages");
        }
        double s = 0;
        for (int i = 0; i < ratios.length; i++) {
            s += clippedTerm(ratios[i], advantages[i], epsilon);
        }
        return s / ratios.length;
    }

    /**
     * The derivative of one clipped term with respect to the ratio: {@code A} where the unclipped
     * term is the minimum, 0 where the clipped (constant) term is.
     *
     * @param ratio     the probability ratio
     * @param advantage the advantage
     * @param epsilon   the clip range
     * @return the gradient with respect to r
     */
    public static double clippedGradient(double ratio, double advantage, double epsilon) {
        boolean clippedAbove = advantage > 0 && ratio > 1 + epsilon;
        boolean clippedBelow = advantage < 0 && ratio < 1 - epsilon;
        return clippedAbove || clippedBelow ? 0 : advantage;
    }
}

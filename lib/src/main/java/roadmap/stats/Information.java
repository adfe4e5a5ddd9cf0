package roadmap.stats;

/**
 * Entropy, cross-entropy and Kullback–Leibler divergence of discrete distributions, in nats
 * (natural logarithm; divide by {@code Math.log(2)} for bits).
 *
 * <p>Conventions: {@code 0 · log 0 = 0}, so outcomes with {@code p_i = 0} contribute nothing;
 * an outcome with {@code p_i > 0} but {@code q_i = 0} makes {@code H(p, q)} and {@code KL(p‖q)}
 * infinite.
 */
public final class Information {

    /** Tolerance on {@code |Σ p_i − 1|} when validating a distribution. */
    public static final double SUM_TOLERANCE = 1e-9;

    private Information() {
    }

    /**
     * Shannon entropy {@code H(p) = −Σ p_i log p_i}.
     *
     * @param p a probability vector (non-negative, summing to 1)
     * @return the entropy in nats, between 0 and {@code log(p.length)}
     * @throws IllegalArgumentException if {@code p} is not a distribution
     */
    public static double entropy(double[] p) {
        requireDistribution(p, "p");
        double h = 0;
        for (double pi : p) {
            if (pi > 0) {
                h -= pi * Math.log(pi);
            }
        }
        return h;
    }

    /**
     * Entropy of a coin with heads-probability {@code p}: {@code −p log p − (1−p) log(1−p)}.
     *
     * @param p the probability of one outcome, in [0, 1]
     * @return the entropy in nats, at most {@code log 2}
     */
    public static double binaryEntropy(double p) {
        return entropy(new double[] {p, 1 - p});
    }

    /**
     * Cross-entropy {@code H(p, q) = −Σ p_i log q_i}: the mean code length (nats) when outcomes
     * drawn from {@code p} are encoded with a code optimal for {@code q}.
     *
     * @param p the true distribution
     * @param q the model distribution, same length
     * @return the cross-entropy, {@code +∞} if some {@code q_i = 0 < p_i}
     */
    public static double crossEntropy(double[] p, double[] q) {
        requireDistribution(p, "p");
        requireDistribution(q, "q");
        sameLength(p, q);
        double h = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                h -= p[i] * Math.log(q[i]);
            }
        }
        return h;
    }

    /**
     * Kullback–Leibler divergence {@code KL(p‖q) = Σ p_i log(p_i / q_i)}: the extra nats paid
     * for using {@code q} when the truth is {@code p}. Non-negative, zero iff {@code p = q}, not
     * symmetric.
     *
     * @param p the true distribution
     * @param q the model distribution, same length
     * @return the divergence, {@code +∞} if some {@code q_i = 0 < p_i}
     */
    public static double klDivergence(double[] p, double[] q) {
        requireDistribution(p, "p");
        requireDistribution(q, "q");
        sameLength(p, q);
        double kl = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                kl += p[i] * Math.log(p[i] / q[i]);
            }
        }
        return kl;
    }

    /**
     * Normalises non-negative weights into a probability vector.
     *
     * @param weights non-negative numbers, not all zero
     * @return {@code weights / Σ weights}
     */
    public static double[] normalize(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and non-negative, got " + w);
            }
            sum += w;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("weights are all zero");
        }
        double[] p = new double[weights.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = weights[i] / sum;
        }
        return p;
    }

    static void requireDistribution(double[] p, String name) {
        if (p == null || p.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        double sum = 0;
        for (double pi : p) {
            if (!(pi >= 0 && pi <= 1)) {
                throw new IllegalArgumentException(name + " has an entry outside [0, 1]: " + pi);
            }
            sum += pi;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException(name + " sums to " + sum + ", not 1");
        }
    }

    private static void sameLength(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("p and q differ in length: " + p.length + " != " + q.length);
        }
    }
}

package roadmap.optim;

import java.util.Locale;

/**
 * A regularisation penalty on the coefficients: none, L2 {@code (λ/2)·Σ wⱼ²} (ridge, weight
 * decay) or L1 {@code λ·Σ |wⱼ|} (lasso). Every method takes the index {@code from} of the first
 * penalised entry, so an intercept stored at index 0 can be left alone ({@code from = 1}).
 *
 * <p>L1 is not differentiable at 0. {@link #addGradient} uses the subgradient {@code λ·sign(w)}
 * (0 at 0), with which plain gradient descent only hovers around 0; {@link #prox} is the
 * proximal step (soft thresholding) that sets coefficients to <em>exactly</em> zero.
 */
public final class Penalty {

    private enum Kind { NONE, L1, L2 }

    private static final Penalty NONE = new Penalty(Kind.NONE, 0.0);

    private final Kind kind;
    private final double lambda;

    private Penalty(Kind kind, double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("penalty strength lambda must be finite and >= 0, got " + lambda);
        }
        this.kind = kind;
        this.lambda = lambda;
    }

    /**
     * No penalty.
     *
     * @return the zero penalty
     */
    public static Penalty none() {
        return NONE;
    }

    /**
     * The L2 (ridge) penalty {@code (λ/2)·Σ wⱼ²}.
     *
     * @param lambda λ ≥ 0
     * @return the penalty
     */
    public static Penalty l2(double lambda) {
        return new Penalty(Kind.L2, lambda);
    }

    /**
     * The L1 (lasso) penalty {@code λ·Σ |wⱼ|}.
     *
     * @param lambda λ ≥ 0
     * @return the penalty
     */
    public static Penalty l1(double lambda) {
        return new Penalty(Kind.L1, lambda);
    }

    /**
     * The strength λ.
     *
     * @return λ (0 for none)
     */
    public double lambda() {
        return lambda;
    }

    /**
     * Whether this is the L1 penalty.
     *
     * @return true for L1
     */
    public boolean isL1() {
        return kind == Kind.L1;
    }

    /**
     * Whether this is the L2 penalty.
     *
     * @return true for L2
     */
    public boolean isL2() {
        return kind == Kind.L2;
    }

    /**
     * The penalty value on {@code w[from..]}.
     *
     * @param w    the parameters
     * @param from the first penalised index
     * @return the penalty
     */
    public double value(double[] w, int from) {
        double s = 0;
        for (int j = from; j < w.length; j++) {
            s += kind == Kind.L1 ? Math.abs(w[j]) : kind == Kind.L2 ? 0.5 * w[j] * w[j] : 0.0;
        }
        return lambda * s;
    }

    /**
     * Adds the penalty's (sub)gradient on {@code w[from..]} to {@code g}: {@code λwⱼ} for L2,
     * {@code λ·sign(wⱼ)} (0 at 0) for L1.
     *
     * @param w    the parameters
     * @param g    the gradient to add to, modified
     * @param from the first penalised index
     */
    public void addGradient(double[] w, double[] g, int from) {
        for (int j = from; j < w.length; j++) {
            if (kind == Kind.L2) {
                g[j] += lambda * w[j];
            } else if (kind == Kind.L1) {
                g[j] += lambda * Math.signum(w[j]);
            }
        }
    }

    /**
     * The proximal step with step size η, in place on {@code w[from..]}: the minimiser of
     * {@code penalty(u) + ‖u − w‖²/(2η)}. For L1 this is soft thresholding
     * {@code sign(w)·max(|w| − ηλ, 0)}, for L2 the shrinkage {@code w/(1 + ηλ)}, for none the
     * identity.
     *
     * @param w    the parameters, modified
     * @param step the step size η &gt; 0
     * @param from the first penalised index
     */
    public void prox(double[] w, double step, int from) {
        for (int j = from; j < w.length; j++) {
            if (kind == Kind.L1) {
                w[j] = softThreshold(w[j], step * lambda);
            } else if (kind == Kind.L2) {
                w[j] = w[j] / (1 + step * lambda);
            }
        }
    }

    /**
     * Soft thresholding {@code sign(x)·max(|x| − t, 0)}: values within t of zero become exactly 0.
     *
     * @param x the value
     * @param t the threshold, ≥ 0
     * @return the shrunk value
     */
    public static double softThreshold(double x, double t) {
        return x > t ? x - t : x < -t ? x + t : 0.0;
    }

    @Override
    public String toString() {
        return kind == Kind.NONE ? "none" : kind + "(lambda=" + String.format(Locale.ROOT, "%.4g", lambda) + ")";
    }
}

package roadmap.optim;

import java.util.Locale;

/**
 * The update rules of the week, each returned as a fresh {@link UpdateRule} with its own state.
 *
 * <ul>
 *   <li>gradient descent: {@code w ← w − η g}</li>
 *   <li>decaying step: {@code w ← w − η/(1 + t/τ) g} at step t = 0, 1, … (Robbins–Monro schedule,
 *       what lets SGD converge instead of jittering around the minimum)</li>
 *   <li>momentum (heavy ball): {@code v ← βv + g;  w ← w − η v}</li>
 *   <li>Adam: {@code m ← β₁m + (1−β₁)g;  s ← β₂s + (1−β₂)g²;  w ← w − η m̂ / (√ŝ + ε)} with the
 *       bias corrections {@code m̂ = m/(1−β₁ᵗ)}, {@code ŝ = s/(1−β₂ᵗ)} (Kingma and Ba, 2015)</li>
 * </ul>
 */
public final class Optimizers {

    private Optimizers() {
    }

    private static void requirePositive(double v, String what) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
        }
    }

    private static void requireUnit(double v, String what) {
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1), got " + v);
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /**
     * Plain gradient descent with a constant learning rate.
     *
     * @param lr the learning rate η &gt; 0
     * @return a new rule
     */
    public static UpdateRule gd(double lr) {
        requirePositive(lr, "learning rate");
        return new UpdateRule() {
            @Override
            public void update(double[] w, double[] g) {
                for (int i = 0; i < w.length; i++) {
                    w[i] -= lr * g[i];
                }
            }

            @Override
            public String name() {
                return "GD(lr=" + fmt(lr) + ")";
            }
        };
    }

    /**
     * Gradient descent with the step {@code η / (1 + t/τ)} at step t (counted from 0).
     *
     * @param lr    the initial learning rate η &gt; 0
     * @param decay τ &gt; 0: after τ steps the rate has halved
     * @return a new rule
     */
    public static UpdateRule decaying(double lr, double decay) {
        requirePositive(lr, "learning rate");
        requirePositive(decay, "decay");
        return new UpdateRule() {
            private long t;

            @Override
            public void update(double[] w, double[] g) {
                double step = lr / (1 + t / decay);
                for (int i = 0; i < w.length; i++) {
                    w[i] -= step * g[i];
                }
                t++;
            }

            @Override
            public String name() {
                return "GD(lr=" + fmt(lr) + "/(1+t/" + fmt(decay) + "))";
            }
        };
    }

    /**
     * Heavy-ball momentum: {@code v ← βv + g;  w ← w − ηv}.
     *
     * @param lr   the learning rate η &gt; 0
     * @param beta the momentum β in [0, 1); β = 0 is plain gradient descent
     * @return a new rule
     */
    public static UpdateRule momentum(double lr, double beta) {
        requirePositive(lr, "learning rate");
        requireUnit(beta, "momentum beta");
        return new UpdateRule() {
            private double[] v;

            @Override
            public void update(double[] w, double[] g) {
                if (v == null) {
                    v = new double[w.length];
                }
                for (int i = 0; i < w.length; i++) {
                    v[i] = beta * v[i] + g[i];
                    w[i] -= lr * v[i];
                }
            }

            @Override
            public String name() {
                return "momentum(lr=" + fmt(lr) + ", beta=" + fmt(beta) + ")";
            }
        };
    }

    /**
     * Adam with the usual defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
     *
     * @param lr the learning rate η &gt; 0
     * @return a new rule
     */
    public static UpdateRule adam(double lr) {
        return adam(lr, 0.9, 0.999, 1e-8);
    }

    /**
     * Adam (Kingma and Ba, 2015), with bias correction.
     *
     * @param lr    the learning rate η &gt; 0
     * @param beta1 decay of the first-moment average, in [0, 1)
     * @param beta2 decay of the second-moment average, in [0, 1)
     * @param eps   ε &gt; 0, guards the division
     * @return a new rule
     */
    public static UpdateRule adam(double lr, double beta1, double beta2, double eps) {
        requirePositive(lr, "learning rate");
        requireUnit(beta1, "beta1");
        requireUnit(beta2, "beta2");
        requirePositive(eps, "eps");
        return new UpdateRule() {
            private double[] m;
            private double[] s;
            private int t;

            @Override
            public void update(double[] w, double[] g) {
                if (m == null) {
                    m = new double[w.length];
                    s = new double[w.length];
                }
                t++;
                double c1 = 1 - Math.pow(beta1, t);
                double c2 = 1 - Math.pow(beta2, t);
                for (int i = 0; i < w.length; i++) {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
                    w[i] -= lr * (m[i] / c1) / (Math.sqrt(s[i] / c2) + eps);
                }
            }

            @Override
            public String name() {
                return "Adam(lr=" + fmt(lr) + ")";
            }
        };
    }
}

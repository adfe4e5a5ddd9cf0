package roadmap.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * Log-likelihoods of i.i.d. data, their closed-form maximisers, and a one-dimensional numerical
 * maximiser to check them against.
 */
public final class Likelihood {

    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    private Likelihood() {
    }

    /**
     * Bernoulli log-likelihood {@code k log p + (n − k) log(1 − p)} of 0/1 data, k = number of ones.
     *
     * @param x the data, each 0 or 1
     * @param p the success probability, in [0, 1]
     * @return the log-likelihood ({@code −∞} where the data are impossible)
     */
    public static double bernoulli(int[] x, double p) {
        int k = 0;
        for (int v : x) {
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException("Bernoulli data must be 0 or 1, got " + v);
            }
            k += v;
        }
        int n = x.length;
        return (k == 0 ? 0 : k * Math.log(p)) + (n - k == 0 ? 0 : (n - k) * Math.log(1 - p));
    }

    /**
     * Gaussian log-likelihood {@code −(n/2) log(2πσ²) − Σ (x_i − μ)² / (2σ²)}.
     *
     * @param x     the data
     * @param mu    the mean
     * @param sigma the standard deviation &gt; 0
     * @return the log-likelihood
     */
    public static double gaussian(double[] x, double mu, double sigma) {
        double ss = 0;
        for (double v : x) {
            ss += (v - mu) * (v - mu);
        }
        int n = x.length;
        return -0.5 * n * Math.log(2 * Math.PI * sigma * sigma) - ss / (2 * sigma * sigma);
    }

    /**
     * The Bernoulli MLE: the fraction of ones, {@code k / n}.
     *
     * @param x the data, each 0 or 1
     * @return {@code p̂}
     */
    public static double bernoulliMle(int[] x) {
        double k = 0;
        for (int v : x) {
            k += v;
        }
        return k / x.length;
    }

    /**
     * The Gaussian MLE {@code (μ̂, σ̂)}: the sample mean and the root of the mean squared
     * deviation (dividing by n, not n − 1 — the MLE of σ² is biased).
     *
     * @param x the data
     * @return {@code {μ̂, σ̂}}
     */
    public static double[] gaussianMle(double[] x) {
        double mu = Sampling.mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - mu) * (v - mu);
        }
        return new double[] {mu, Math.sqrt(ss / x.length)};
    }

    /**
     * Golden-section search for the maximum of a unimodal function on {@code [lo, hi]}: each step
     * keeps the part of the interval that must contain the maximum, shrinking it by 0.618.
     *
     * @param f   the function, unimodal on the interval
     * @param lo  left end
     * @param hi  right end
     * @param tol stop when the interval is shorter than this
     * @return the maximiser, within {@code tol}
     */
    public static double goldenSectionMax(DoubleUnaryOperator f, double lo, double hi, double tol) {
        if (!(hi > lo) || !(tol > 0)) {
            throw new IllegalArgumentException("need hi > lo and tol > 0");
        }
        double a = lo;
        double b = hi;
        double c = b - INV_PHI * (b - a);
        double d = a + INV_PHI * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        while (b - a > tol) {
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - INV_PHI * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + INV_PHI * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        return (a + b) / 2;
    }
}

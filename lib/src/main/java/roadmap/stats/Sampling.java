package roadmap.stats;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * Drawing samples from a seeded {@link Random} and summarising them: inverse-transform sampling,
 * sample moments, the Kolmogorov–Smirnov distance to a CDF.
 */
public final class Sampling {

    private Sampling() {
    }

    /**
     * Inverse-transform sampling: if {@code U ~ Uniform(0, 1)} then {@code F⁻¹(U)} has CDF
     * {@code F}.
     *
     * @param rng      the random source
     * @param n        how many samples
     * @param quantile the inverse CDF {@code F⁻¹}
     * @return n samples
     */
    public static double[] inverseTransform(Random rng, int n, DoubleUnaryOperator quantile) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = quantile.applyAsDouble(rng.nextDouble());
        }
        return x;
    }

    /**
     * Exponential samples by inverse transform: {@code −log(1 − U) / rate}.
     *
     * @param rng  the random source
     * @param n    how many samples
     * @param rate the rate λ &gt; 0 (mean 1/λ)
     * @return n samples
     */
    public static double[] exponential(Random rng, int n, double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("rate must be positive, got " + rate);
        }
        return inverseTransform(rng, n, u -> -Math.log1p(-u) / rate);
    }

    /**
     * Gaussian samples {@code μ + σ Z}.
     *
     * @param rng   the random source
     * @param n     how many samples
     * @param mu    the mean
     * @param sigma the standard deviation &gt; 0
     * @return n samples
     */
    public static double[] gaussian(Random rng, int n, double mu, double sigma) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mu + sigma * rng.nextGaussian();
        }
        return x;
    }

    /**
     * Bernoulli samples: 1 with probability {@code p}, else 0.
     *
     * @param rng the random source
     * @param n   how many samples
     * @param p   the success probability in [0, 1]
     * @return n samples, each 0 or 1
     */
    public static int[] bernoulli(Random rng, int n, double p) {
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble() < p ? 1 : 0;
        }
        return x;
    }

    /**
     * @param x the data
     * @return the sample mean
     */
    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /**
     * @param x the data, at least 2 values
     * @return the unbiased sample variance (divides by n − 1)
     */
    public static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    /**
     * The sample covariance {@code Σ (xᵢ − x̄)(yᵢ − ȳ) / (n − 1)}: how two variables move together,
     * in the product of their units. {@code covariance(x, x)} is {@link #variance(double[])}.
     *
     * @param x the first variable, at least 2 values
     * @param y the second variable, as many values as {@code x}
     * @return the unbiased sample covariance (divides by n − 1)
     * @throws IllegalArgumentException when the lengths differ or there are fewer than 2 values
     */
    public static double covariance(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("covariance needs two variables of the same length >= 2, got "
                    + x.length + " and " + y.length + " values");
        }
        double mx = mean(x);
        double my = mean(y);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return s / (x.length - 1);
    }

    /**
     * Pearson's correlation {@code cov(x, y) / (sd(x) sd(y))}: the covariance of the standardised
     * variables, free of units and always in [−1, 1]. It measures <em>linear</em> association only.
     *
     * @param x the first variable, at least 2 values, not constant
     * @param y the second variable, as many values as {@code x}, not constant
     * @return the sample correlation coefficient
     * @throws IllegalArgumentException when the lengths differ, there are fewer than 2 values, or a
     *                                  variable is constant (its correlation is undefined)
     */
    public static double correlation(double[] x, double[] y) {
        double sx = Math.sqrt(covariance(x, x));
        double sy = Math.sqrt(covariance(y, y));
        if (sx == 0 || sy == 0) {
            throw new IllegalArgumentException("correlation is undefined for a constant variable");
        }
        return Math.max(-1, Math.min(1, covariance(x, y) / (sx * sy)));
    }

    /**
     * @param x the data
     * @return the sample skewness {@code m₃ / m₂^{3/2}} (biased moment estimator)
     */
    public static double skewness(double[] x) {
        double m = mean(x);
        double m2 = 0;
        double m3 = 0;
        for (double v : x) {
            double d = v - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= x.length;
        m3 /= x.length;
        return m3 / Math.pow(m2, 1.5);
    }

    /**
     * Kolmogorov–Smirnov distance {@code sup_x |F_n(x) − F(x)|} between the empirical CDF of the
     * sample and a model CDF.
     *
     * @param x   the sample
     * @param cdf the model CDF
     * @return the distance, in [0, 1]
     */
    public static double ksDistance(double[] x, DoubleUnaryOperator cdf) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(s[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        return d;
    }
}

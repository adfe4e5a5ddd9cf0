package roadmap.gen;

import java.util.Random;

/**
 * A Gaussian with a diagonal covariance, {@code N(mu, diag(exp(logVar)))}, in plain Java: the
 * pieces of a variational autoencoder's ELBO written out as formulas, so the DJL versions in
 * {@link Vae} have an independent reference.
 *
 * <p>Variances are passed as their logarithms, as a VAE's encoder outputs them (any real number
 * is a valid log-variance, so no constraint is needed during training).
 */
public final class DiagonalGaussian {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private DiagonalGaussian() {
    }

    /**
     * The closed-form KL divergence from {@code N(mu, diag(exp(logVar)))} to the standard normal
     * {@code N(0, I)}: {@code ½ Σ (μ² + σ² − 1 − log σ²)}, in nats.
     *
     * @param mu     the means
     * @param logVar the log-variances, same length
     * @return the divergence, never negative
     */
    public static double klToStandardNormal(double[] mu, double[] logVar) {
        sameLength(mu, logVar);
        double kl = 0;
        for (int j = 0; j < mu.length; j++) {
            kl += 0.5 * (mu[j] * mu[j] + Math.exp(logVar[j]) - 1 - logVar[j]);
        }
        return kl;
    }

    /**
     * The closed-form KL divergence between two diagonal Gaussians, {@code KL(p ‖ q)} with
     * {@code p = N(mu1, diag(exp(logVar1)))} and {@code q = N(mu2, diag(exp(logVar2)))}:
     * {@code ½ Σ (log σ₂²/σ₁² + (σ₁² + (μ₁ − μ₂)²)/σ₂² − 1)}.
     *
     * @param mu1     means of p
     * @param logVar1 log-variances of p
     * @param mu2     means of q
     * @param logVar2 log-variances of q
     * @return the divergence in nats
     */
    public static double kl(double[] mu1, double[] logVar1, double[] mu2, double[] logVar2) {
        sameLength(mu1, logVar1);
        sameLength(mu1, mu2);
        sameLength(mu1, logVar2);
        double kl = 0;
        for (int j = 0; j < mu1.length; j++) {
            double d = mu1[j] - mu2[j];
            kl += 0.5 * (logVar2[j] - logVar1[j] + (Math.exp(logVar1[j]) + d * d) / Math.exp(logVar2[j]) - 1);
        }
        return kl;
    }

    /**
     * The log-density of {@code x} under {@code N(mu, diag(exp(logVar)))}.
     *
     * @param x      the point
     * @param mu     the means
     * @param logVar the log-variances
     * @return {@code log N(x; mu, diag(exp(logVar)))}
     */
    public static double logDensity(double[] x, double[] mu, double[] logVar) {
        sameLength(x, mu);
        sameLength(mu, logVar);
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            double d = x[j] - mu[j];
            s += -0.5 * (LOG_2PI + logVar[j] + d * d / Math.exp(logVar[j]));
        }
        return s;
    }

    /**
     * The reparameterised sample {@code z = mu + exp(logVar / 2) · eps} for a given standard-normal
     * {@code eps}: the randomness is in {@code eps}, so {@code z} is a differentiable function of
     * {@code mu} and {@code logVar}.
     *
     * @param mu     the means
     * @param logVar the log-variances
     * @param eps    standard-normal noise, same length
     * @return the sample
     */
    public static double[] reparameterize(double[] mu, double[] logVar, double[] eps) {
        sameLength(mu, logVar);
        sameLength(mu, eps);
        double[] z = new double[mu.length];
        for (int j = 0; j < z.length; j++) {
            z[j] = mu[j] + Math.exp(0.5 * logVar[j]) * eps[j];
        }
        return z;
    }

    /**
     * A Monte-Carlo estimate of {@code KL(p ‖ q)} for two diagonal Gaussians: the mean over
     * {@code samples} draws {@code z ~ p} of {@code log p(z) − log q(z)}. Unbiased; its standard
     * error shrinks as {@code 1/√samples}.
     *
     * @param mu1     means of p
     * @param logVar1 log-variances of p
     * @param mu2     means of q
     * @param logVar2 log-variances of q
     * @param samples the number of draws, at least 1
     * @param rng     the random source
     * @return {@code {estimate, standard error}}
     */
    public static double[] klMonteCarlo(double[] mu1, double[] logVar1, double[] mu2, double[] logVar2,
            int samples, Random rng) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        sameLength(mu1, logVar1);
        double sum = 0;
        double sumSq = 0;
        double[] eps = new double[mu1.length];
        for (int s = 0; s < samples; s++) {
            for (int j = 0; j < eps.length; j++) {
                eps[j] = rng.nextGaussian();
            }
            double[] z = reparameterize(mu1, logVar1, eps);
            double v = logDensity(z, mu1, logVar1) - logDensity(z, mu2, logVar2);
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / samples;
        double var = samples > 1 ? Math.max(0, (sumSq - samples * mean * mean) / (samples - 1)) : 0;
        return new double[] {mean, Math.sqrt(var / samples)};
    }

    /**
     * {@link #klMonteCarlo} against the standard normal.
     *
     * @param mu      the means
     * @param logVar  the log-variances
     * @param samples the number of draws
     * @param rng     the random source
     * @return {@code {estimate, standard error}}
     */
    public static double[] klToStandardNormalMonteCarlo(double[] mu, double[] logVar, int samples, Random rng) {
        double[] zeros = new double[mu.length];
        return klMonteCarlo(mu, logVar, zeros, zeros, samples, rng);
    }

    private static void sameLength(double[] a, double[] b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("vectors must not be null");
        }
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
        }
    }
}

package roadmap.stats;

/**
 * Convergence and efficiency diagnostics for Markov chain Monte Carlo draws of one scalar quantity.
 *
 * <ul>
 *   <li>{@link #effectiveSampleSize(double[][])}: how many independent draws the correlated ones
 *       are worth, {@code ESS = M·N / (1 + 2·Σₜ ρₜ)}, with the autocorrelations ρₜ combined across
 *       chains as in Gelman et al., <em>Bayesian Data Analysis</em> (3rd ed., §11.5), and the sum
 *       truncated by Geyer's initial monotone sequence (pairs ρ₂ₖ + ρ₂ₖ₊₁ summed while positive,
 *       made non-increasing).</li>
 *   <li>{@link #rHat(double[][])}: the split potential scale reduction R̂ — each chain cut in two
 *       halves, then {@code √(var⁺/W)} with W the mean within-half variance and
 *       {@code var⁺ = (n−1)/n·W + B/n}. Near 1 when the halves agree; well above 1 when chains sit
 *       in different places or drift.</li>
 *   <li>{@link #monteCarloError(double[][])}: the standard error of the posterior-mean estimate,
 *       {@code sd/√ESS}.</li>
 * </ul>
 */
public final class McmcDiagnostics {

    private McmcDiagnostics() {
    }

    /**
     * The sample autocorrelation of one chain at lags 0..maxLag (biased estimator, divisor n).
     *
     * @param chain  n ≥ 2 draws
     * @param maxLag the largest lag, {@code 0 ≤ maxLag < n}
     * @return maxLag + 1 values, the first 1
     */
    public static double[] autocorrelation(double[] chain, int maxLag) {
        int n = chain.length;
        if (n < 2 || maxLag < 0 || maxLag >= n) {
            throw new IllegalArgumentException("autocorrelation needs n ≥ 2 and 0 ≤ maxLag < n, got n = " + n
                    + ", maxLag = " + maxLag);
        }
        double[] acov = autocovariance(chain, maxLag);
        double[] rho = new double[maxLag + 1];
        for (int t = 0; t <= maxLag; t++) {
            rho[t] = acov[0] == 0 ? (t == 0 ? 1 : 0) : acov[t] / acov[0];
        }
        return rho;
    }

    /**
     * The effective sample size of one chain.
     *
     * @param chain n ≥ 4 draws
     * @return the ESS, between 0 and n·(about 2) — anticorrelated chains can exceed n
     */
    public static double effectiveSampleSize(double[] chain) {
        return effectiveSampleSize(new double[][] {chain});
    }

    /**
     * The effective sample size of M chains of equal length pooled together.
     *
     * @param chains M ≥ 1 chains, each of n ≥ 4 draws
     * @return the ESS of all M·n draws
     */
    public static double effectiveSampleSize(double[][] chains) {
        int m = chains.length;
        int n = equalLength(chains, 4);
        double[] means = new double[m];
        double[] variance0 = new double[m];
        double w = 0;
        for (int c = 0; c < m; c++) {
            means[c] = Sampling.mean(chains[c]);
            variance0[c] = lagCovariance(chains[c], means[c], 0);
            w += variance0[c] * n / (n - 1.0) / m;
        }
        double b = m > 1 ? n * Sampling.variance(means) : 0;
        double varPlus = (n - 1.0) / n * w + b / n;
        if (varPlus == 0) {
            return m * (double) n;               // constant draws: nothing to correct
        }
        double sum = 0;
        double previousPair = Double.POSITIVE_INFINITY;
        for (int k = 0; 2 * k + 1 < n; k++) {
            double pair = 0;
            for (int t = 2 * k; t <= 2 * k + 1; t++) {
                double meanAcov = 0;
                for (int c = 0; c < m; c++) {
                    meanAcov += (t == 0 ? variance0[c] : lagCovariance(chains[c], means[c], t)) / m;
                }
                pair += t == 0 ? 1 : 1 - (w - meanAcov) / varPlus;
            }
            if (pair < 0) {
                break;
            }
            pair = Math.min(pair, previousPair);   // initial monotone sequence
            sum += pair;
            previousPair = pair;
        }
        double tau = -1 + 2 * sum;               // integrated autocorrelation time
        return m * (double) n / Math.max(tau, 1.0 / Math.log10(Math.max(m * (double) n, 10)));
    }

    /**
     * The split R̂ of M chains of equal length (each is cut into its first and second half).
     *
     * @param chains M ≥ 1 chains, each of n ≥ 4 draws
     * @return R̂ (1 for perfectly mixed chains)
     */
    public static double rHat(double[][] chains) {
        int n = equalLength(chains, 4);
        int half = n / 2;
        double[][] halves = new double[2 * chains.length][];
        for (int c = 0; c < chains.length; c++) {
            halves[2 * c] = java.util.Arrays.copyOfRange(chains[c], 0, half);
            halves[2 * c + 1] = java.util.Arrays.copyOfRange(chains[c], n - half, n);
        }
        double[] means = new double[halves.length];
        double w = 0;
        for (int c = 0; c < halves.length; c++) {
            means[c] = Sampling.mean(halves[c]);
            w += Sampling.variance(halves[c]) / halves.length;
        }
        double b = half * Sampling.variance(means);
        double varPlus = (half - 1.0) / half * w + b / half;
        if (w == 0) {
            return b == 0 ? 1.0 : Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(varPlus / w);
    }

    /**
     * The Monte Carlo standard error of the mean of all draws, {@code sd/√ESS}.
     *
     * @param chains M ≥ 1 chains of equal length
     * @return the standard error
     */
    public static double monteCarloError(double[][] chains) {
        equalLength(chains, 4);
        double[] all = pooled(chains);
        return Math.sqrt(Sampling.variance(all) / effectiveSampleSize(chains));
    }

    /**
     * All draws of all chains, chain after chain.
     *
     * @param chains M chains
     * @return the concatenation
     */
    public static double[] pooled(double[][] chains) {
        int total = 0;
        for (double[] c : chains) {
            total += c.length;
        }
        double[] all = new double[total];
        int at = 0;
        for (double[] c : chains) {
            System.arraycopy(c, 0, all, at, c.length);
            at += c.length;
        }
        return all;
    }

    private static int equalLength(double[][] chains, int min) {
        if (chains == null || chains.length == 0) {
            throw new IllegalArgumentException("need at least one chain");
        }
        int n = chains[0].length;
        for (int c = 0; c < chains.length; c++) {
            if (chains[c].length != n) {
                throw new IllegalArgumentException("chains must have equal lengths: chain " + c + " has "
                        + chains[c].length + " draws, chain 0 has " + n);
            }
        }
        if (n < min) {
            throw new IllegalArgumentException("need at least " + min + " draws per chain, got " + n);
        }
        return n;
    }

    private static double[] autocovariance(double[] x, int maxLag) {
        double mu = Sampling.mean(x);
        double[] acov = new double[maxLag + 1];
        for (int t = 0; t <= maxLag; t++) {
            acov[t] = lagCovariance(x, mu, t);
        }
        return acov;
    }

    private static double lagCovariance(double[] x, double mu, int t) {
        int n = x.length;
        double s = 0;
        for (int i = 0; i + t < n; i++) {
            s += (x[i] - mu) * (x[i + t] - mu);
        }
        return s / n;
    }
}

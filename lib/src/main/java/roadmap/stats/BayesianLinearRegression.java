package roadmap.stats;

import roadmap.linalg.Cholesky;

/**
 * Conjugate Bayesian linear regression with a known noise variance: the model
 * {@code y = X·w + ε}, {@code ε ~ N(0, σ²I)}, and the prior {@code w ~ N(0, τ²I)}. No intercept is
 * added: centre y and standardise X first (or add a column of ones, which then gets the same prior).
 *
 * <p>The posterior is Gaussian, {@code N(m, S)} with precision {@code S⁻¹ = XᵀX/σ² + I/τ²} and mean
 * {@code m = S·Xᵀy/σ²}. So m is the ridge solution {@code (XᵀX + λI)⁻¹Xᵀy} with
 * {@code λ = σ²/τ²}: the prior is the penalty. The predictive distribution of a new target at a row
 * x is {@code N(x·m, σ² + xᵀSx)}: noise plus the uncertainty about w.
 */
public final class BayesianLinearRegression {

    private final double[][] x;
    private final double[] y;
    private final double noiseVariance;
    private final double priorVariance;
    private final double[] mean;
    private final double[][] covariance;
    private final Cholesky precision;

    private BayesianLinearRegression(double[][] x, double[] y, double noiseVariance, double priorVariance) {
        this.x = x;
        this.y = y;
        this.noiseVariance = noiseVariance;
        this.priorVariance = priorVariance;
        int d = x[0].length;
        double[][] a = new double[d][d];
        double[] b = new double[d];
        for (int i = 0; i < x.length; i++) {
            for (int r = 0; r < d; r++) {
                b[r] += x[i][r] * y[i] / noiseVariance;
                for (int c = 0; c < d; c++) {
                    a[r][c] += x[i][r] * x[i][c] / noiseVariance;
                }
            }
        }
        for (int j = 0; j < d; j++) {
            a[j][j] += 1.0 / priorVariance;
        }
        this.precision = Cholesky.of(a);
        this.mean = precision.solve(b);
        this.covariance = precision.inverse();
    }

    /**
     * Computes the posterior.
     *
     * @param x             an n x d design matrix (n ≥ 1)
     * @param y             n targets
     * @param noiseVariance σ² &gt; 0
     * @param priorVariance τ² &gt; 0
     * @return the fitted posterior
     * @throws IllegalArgumentException on mismatched shapes or non-positive variances
     */
    public static BayesianLinearRegression fit(double[][] x, double[] y, double noiseVariance,
            double priorVariance) {
        if (x == null || y == null || x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("BayesianLinearRegression needs as many targets as rows, got "
                    + (x == null ? "null" : x.length) + " rows and " + (y == null ? "null" : y.length) + " targets");
        }
        if (!(noiseVariance > 0) || !(priorVariance > 0)) {
            throw new IllegalArgumentException("variances must be positive, got σ² = " + noiseVariance
                    + ", τ² = " + priorVariance);
        }
        int d = x[0].length;
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " columns, expected " + d);
            }
            rows[i] = x[i].clone();
        }
        return new BayesianLinearRegression(rows, y.clone(), noiseVariance, priorVariance);
    }

    /**
     * The posterior mean m (equal to the ridge solution with λ = σ²/τ²).
     *
     * @return d values
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * The posterior covariance S.
     *
     * @return a d x d copy
     */
    public double[][] covariance() {
        double[][] c = new double[covariance.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = covariance[i].clone();
        }
        return c;
    }

    /**
     * The posterior standard deviations, {@code √Sⱼⱼ}.
     *
     * @return d values
     */
    public double[] standardDeviations() {
        double[] s = new double[mean.length];
        for (int j = 0; j < s.length; j++) {
            s[j] = Math.sqrt(covariance[j][j]);
        }
        return s;
    }

    /**
     * The noise variance σ² the posterior was computed with.
     *
     * @return σ²
     */
    public double noiseVariance() {
        return noiseVariance;
    }

    /**
     * The prior variance τ² the posterior was computed with.
     *
     * @return τ²
     */
    public double priorVariance() {
        return priorVariance;
    }

    /**
     * The predictive mean {@code x·m} at each row.
     *
     * @param rows m x d rows
     * @return m predictions
     */
    public double[] predictiveMean(double[][] rows) {
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = dot(rows[i], mean);
        }
        return p;
    }

    /**
     * The predictive variance {@code σ² + xᵀSx} of a new target at each row.
     *
     * @param rows m x d rows
     * @return m variances
     */
    public double[] predictiveVariance(double[][] rows) {
        double[] v = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = noiseVariance + quadratic(rows[i]);
        }
        return v;
    }

    /**
     * The log marginal likelihood (evidence) {@code log p(y | σ², τ²)}, the density of y under
     * {@code N(0, σ²I + τ²XXᵀ)}, computed in weight space as
     * {@code −n/2·log 2πσ² − d/2·log τ² + ½·log det S − ‖y − Xm‖²/(2σ²) − ‖m‖²/(2τ²)}.
     *
     * @return the log evidence in nats
     */
    public double logEvidence() {
        int n = x.length;
        int d = mean.length;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - dot(x[i], mean);
            rss += r * r;
        }
        double mm = dot(mean, mean);
        return -0.5 * n * Math.log(2 * Math.PI * noiseVariance) - 0.5 * d * Math.log(priorVariance)
                - 0.5 * precision.logDeterminant() - rss / (2 * noiseVariance) - mm / (2 * priorVariance);
    }

    private double quadratic(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("row has " + row.length + " columns, expected " + mean.length);
        }
        double s = 0;
        for (int r = 0; r < row.length; r++) {
            for (int c = 0; c < row.length; c++) {
                s += row[r] * covariance[r][c] * row[c];
            }
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("row has " + a.length + " columns, expected " + b.length);
        }
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}

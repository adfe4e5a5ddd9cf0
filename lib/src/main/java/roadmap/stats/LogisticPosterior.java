package roadmap.stats;

import roadmap.linalg.Cholesky;

/**
 * The posterior of Bayesian logistic regression, {@code p(w | X, y) ∝ Πᵢ σ(xᵢ·w)^yᵢ (1 − σ(xᵢ·w))^(1−yᵢ)
 * · N(w; 0, τ²I)}, up to its normalising constant. Every coefficient gets the same prior; include a
 * column of ones in X for an intercept.
 *
 * <p>It gives the log density and its gradient (what a sampler such as Hamiltonian Monte Carlo
 * needs), the Hessian, the posterior mode (MAP, found by Newton's method) and the Laplace
 * approximation {@code N(mode, (−∇² log p(mode))⁻¹)}.
 */
public final class LogisticPosterior {

    private final double[][] x;
    private final int[] y;
    private final double priorVariance;

    private LogisticPosterior(double[][] x, int[] y, double priorVariance) {
        this.x = x;
        this.y = y;
        this.priorVariance = priorVariance;
    }

    /**
     * The posterior for a data set and a prior variance.
     *
     * @param x             n x d design (add a column of ones for an intercept)
     * @param y             n labels, 0 or 1
     * @param priorVariance τ² &gt; 0
     * @return the posterior
     */
    public static LogisticPosterior of(double[][] x, int[] y, double priorVariance) {
        if (x == null || y == null || x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("LogisticPosterior needs as many labels as rows, got "
                    + (x == null ? "null" : x.length) + " rows and " + (y == null ? "null" : y.length) + " labels");
        }
        if (!(priorVariance > 0)) {
            throw new IllegalArgumentException("prior variance must be positive, got " + priorVariance);
        }
        int d = x[0].length;
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " columns, expected " + d);
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("label " + i + " is " + y[i] + ", expected 0 or 1");
            }
            rows[i] = x[i].clone();
        }
        return new LogisticPosterior(rows, y.clone(), priorVariance);
    }

    /**
     * The number of coefficients d.
     *
     * @return d
     */
    public int dimension() {
        return x[0].length;
    }

    /**
     * The unnormalised log posterior density: log-likelihood plus log prior (without its constant).
     *
     * @param w d coefficients
     * @return {@code Σᵢ [yᵢ·zᵢ − log(1 + e^zᵢ)] − ‖w‖²/(2τ²)}, with {@code zᵢ = xᵢ·w}
     */
    public double logDensity(double[] w) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double z = dot(x[i], w);
            s += y[i] * z - softplus(z);
        }
        return s - dot(w, w) / (2 * priorVariance);
    }

    /**
     * The gradient of {@link #logDensity}: {@code Xᵀ(y − σ(Xw)) − w/τ²}.
     *
     * @param w d coefficients
     * @return d values
     */
    public double[] gradient(double[] w) {
        int d = dimension();
        double[] g = new double[d];
        for (int i = 0; i < x.length; i++) {
            double r = y[i] - sigmoid(dot(x[i], w));
            for (int j = 0; j < d; j++) {
                g[j] += r * x[i][j];
            }
        }
        for (int j = 0; j < d; j++) {
            g[j] -= w[j] / priorVariance;
        }
        return g;
    }

    /**
     * The Hessian of {@link #logDensity}: {@code −Xᵀ diag(pᵢ(1 − pᵢ)) X − I/τ²} (negative definite).
     *
     * @param w d coefficients
     * @return d x d matrix
     */
    public double[][] hessian(double[] w) {
        int d = dimension();
        double[][] h = new double[d][d];
        for (int i = 0; i < x.length; i++) {
            double p = sigmoid(dot(x[i], w));
            double v = p * (1 - p);
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    h[r][c] -= v * x[i][r] * x[i][c];
                }
            }
        }
        for (int j = 0; j < d; j++) {
            h[j][j] -= 1.0 / priorVariance;
        }
        return h;
    }

    /**
     * The posterior mode (MAP estimate) by Newton's method from w = 0; the log density is strictly
     * concave, so the mode is unique.
     *
     * @return d coefficients where the gradient vanishes (to about 1e-10 relative)
     */
    public double[] mode() {
        double[] w = new double[dimension()];
        for (int iter = 0; iter < 100; iter++) {
            double[] step = Cholesky.of(negate(hessian(w))).solve(gradient(w));
            double size = 0;
            for (int j = 0; j < w.length; j++) {
                w[j] += step[j];
                size = Math.max(size, Math.abs(step[j]));
            }
            if (size < 1e-12 * (1 + maxAbs(w))) {
                return w;
            }
        }
        return w;
    }

    /**
     * The Laplace approximation: a Gaussian at the mode whose covariance is the inverse of the
     * negative Hessian there.
     *
     * @return the approximation
     */
    public Laplace laplace() {
        double[] m = mode();
        return new Laplace(m, Cholesky.of(negate(hessian(m))).inverse());
    }

    /**
     * A Gaussian approximation {@code N(mean, covariance)} of a posterior.
     *
     * @param mean       d values
     * @param covariance d x d matrix
     */
    public record Laplace(double[] mean, double[][] covariance) {
        /**
         * The marginal standard deviations.
         *
         * @return √ of the covariance's diagonal
         */
        public double[] standardDeviations() {
            double[] s = new double[mean.length];
            for (int j = 0; j < s.length; j++) {
                s[j] = Math.sqrt(covariance[j][j]);
            }
            return s;
        }
    }

    /**
     * The logistic function {@code 1/(1 + e^−z)}, computed without overflow.
     *
     * @param z any real
     * @return a probability
     */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    private static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    private static double[][] negate(double[][] a) {
        double[][] n = new double[a.length][a.length];
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a.length; c++) {
                n[r][c] = -a[r][c];
            }
        }
        return n;
    }

    private static double maxAbs(double[] w) {
        double m = 0;
        for (double v : w) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double dot(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("expected " + a.length + " coefficients, got " + b.length);
        }
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}

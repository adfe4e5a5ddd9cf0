package roadmap.optim;

/**
 * The least-squares loss of a linear model, {@code f(w) = (1/2n)·Σᵢ (xᵢ·w + b − yᵢ)² + penalty(w)},
 * as a {@link FiniteSum}. With an intercept the parameter vector is {@code [b, w₁, …, w_d]} and the
 * intercept is not penalised; without one it is {@code [w₁, …, w_d]}.
 *
 * <p>Gradient: {@code (1/n)·Xᵀ(Xw + b − y)} (and {@code (1/n)·Σ residuals} for b), plus the
 * penalty's (sub)gradient. For no penalty or L2 the minimiser has a closed form,
 * {@link #closedForm()}: the normal equations {@code (XᵀX/n + λI)w = Xᵀy/n} on the design with a
 * column of ones.
 */
public final class LeastSquares implements FiniteSum {

    private final double[][] x;
    private final double[] y;
    private final boolean intercept;
    private final Penalty penalty;
    private final int d;

    private LeastSquares(double[][] x, double[] y, boolean intercept, Penalty penalty) {
        if (x == null || y == null || x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("LeastSquares needs as many targets as rows (and at least one row), got "
                    + (x == null ? "null" : x.length) + " rows and " + (y == null ? "null" : y.length) + " targets");
        }
        this.d = x[0].length;
        this.x = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("LeastSquares: row " + i + " has " + x[i].length + " columns, expected "
                        + d);
            }
            this.x[i] = x[i].clone();
        }
        this.y = y.clone();
        this.intercept = intercept;
        this.penalty = penalty == null ? Penalty.none() : penalty;
    }

    /**
     * Ordinary least squares with an intercept.
     *
     * @param x an n x d design matrix
     * @param y n targets
     * @return the loss
     */
    public static LeastSquares of(double[][] x, double[] y) {
        return new LeastSquares(x, y, true, Penalty.none());
    }

    /**
     * Least squares with a choice of intercept and penalty.
     *
     * @param x         an n x d design matrix
     * @param y         n targets
     * @param intercept whether w[0] is an (unpenalised) intercept
     * @param penalty   the penalty on the coefficients
     * @return the loss
     */
    public static LeastSquares of(double[][] x, double[] y, boolean intercept, Penalty penalty) {
        return new LeastSquares(x, y, intercept, penalty);
    }

    /**
     * The number of parameters: d, plus 1 with an intercept.
     *
     * @return the length of w
     */
    public int dimension() {
        return intercept ? d + 1 : d;
    }

    @Override
    public int size() {
        return x.length;
    }

    /**
     * The penalty.
     *
     * @return the penalty (never null)
     */
    public Penalty penalty() {
        return penalty;
    }

    /**
     * Whether w[0] is an intercept.
     *
     * @return true with an intercept
     */
    public boolean hasIntercept() {
        return intercept;
    }

    private int from() {
        return intercept ? 1 : 0;
    }

    private double predictRow(double[] w, double[] row) {
        int o = from();
        double s = intercept ? w[0] : 0.0;
        for (int j = 0; j < d; j++) {
            s += w[o + j] * row[j];
        }
        return s;
    }

    private void requireDim(double[] w) {
        if (w.length != dimension()) {
            throw new IllegalArgumentException("expected " + dimension() + " parameters"
                    + (intercept ? " (intercept first)" : "") + ", got " + w.length);
        }
    }

    /**
     * Predictions {@code x·w + b} for new rows.
     *
     * @param w    the parameters
     * @param rows an m x d matrix
     * @return m predictions
     */
    public double[] predict(double[] w, double[][] rows) {
        requireDim(w);
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = predictRow(w, rows[i]);
        }
        return p;
    }

    /**
     * The data term only, {@code (1/2n)·Σ residual²} (half the mean squared error).
     *
     * @param w the parameters
     * @return the unpenalised loss
     */
    public double dataLoss(double[] w) {
        requireDim(w);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double r = predictRow(w, x[i]) - y[i];
            s += r * r;
        }
        return s / (2.0 * x.length);
    }

    @Override
    public double value(double[] w) {
        return dataLoss(w) + penalty.value(w, from());
    }

    /**
     * The gradient of the data term only (what the proximal method steps along).
     *
     * @param w the parameters
     * @return a new array
     */
    public double[] dataGradient(double[] w) {
        requireDim(w);
        return rowsGradient(w, null);
    }

    @Override
    public double[] gradient(double[] w) {
        double[] g = dataGradient(w);
        penalty.addGradient(w, g, from());
        return g;
    }

    @Override
    public double[] gradient(double[] w, int[] rows) {
        requireDim(w);
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("a mini-batch needs at least one row");
        }
        double[] g = rowsGradient(w, rows);
        penalty.addGradient(w, g, from());
        return g;
    }

    private double[] rowsGradient(double[] w, int[] rows) {
        int m = rows == null ? x.length : rows.length;
        int o = from();
        double[] g = new double[dimension()];
        for (int k = 0; k < m; k++) {
            int i = rows == null ? k : rows[k];
            double r = predictRow(w, x[i]) - y[i];
            if (intercept) {
                g[0] += r;
            }
            for (int j = 0; j < d; j++) {
                g[o + j] += r * x[i][j];
            }
        }
        for (int j = 0; j < g.length; j++) {
            g[j] /= m;
        }
        return g;
    }

    /**
     * The exact minimiser for no penalty or L2: solves {@code (ZᵀZ/n + λD) w = Zᵀy/n}, where Z is X
     * with a leading column of ones when there is an intercept and D is the identity with a 0 in the
     * intercept's place.
     *
     * @return the parameters (intercept first, if any)
     * @throws IllegalStateException for the L1 penalty, which has no closed form
     * @throws IllegalArgumentException when the system is singular (e.g. collinear columns, λ = 0)
     */
    public double[] closedForm() {
        if (penalty.isL1()) {
            throw new IllegalStateException("the L1 (lasso) problem has no closed form: use GradientDescent.proximal");
        }
        int p = dimension();
        int o = from();
        double[][] a = new double[p][p];
        double[] rhs = new double[p];
        double[] z = new double[p];
        for (int i = 0; i < x.length; i++) {
            if (intercept) {
                z[0] = 1.0;
            }
            System.arraycopy(x[i], 0, z, o, d);
            for (int r = 0; r < p; r++) {
                rhs[r] += z[r] * y[i];
                for (int c = 0; c < p; c++) {
                    a[r][c] += z[r] * z[c];
                }
            }
        }
        for (int r = 0; r < p; r++) {
            rhs[r] /= x.length;
            for (int c = 0; c < p; c++) {
                a[r][c] /= x.length;
            }
        }
        for (int j = o; j < p; j++) {
            a[j][j] += penalty.lambda();
        }
        return LinearSystems.solve(a, rhs);
    }
}

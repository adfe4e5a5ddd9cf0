package roadmap.linalg;

/**
 * Principal component analysis fitted by the SVD of the centered data: if
 * {@code X - mean = U · diag(s) · Vᵀ}, the principal axes are the columns of V and the variance
 * along axis j is {@code s_j² / (n - 1)}.
 *
 * <p>Component signs follow {@link Svd}: the largest-magnitude entry of each axis is positive.
 */
public final class Pca {

    private final double[] mean;
    private final double[][] components;
    private final double[] singularValues;
    private final double[] variance;
    private final double totalVariance;

    private Pca(double[] mean, double[][] components, double[] singularValues, double[] variance,
                double totalVariance) {
        this.mean = mean;
        this.components = components;
        this.singularValues = singularValues;
        this.variance = variance;
        this.totalVariance = totalVariance;
    }

    /**
     * Fits PCA to data.
     *
     * @param x an n x d data matrix (rows are samples), n at least 2
     * @return the fitted model with {@code min(n, d)} components
     * @throws IllegalArgumentException when there are fewer than 2 rows or the matrix is ragged
     */
    public static Pca fit(double[][] x) {
        int d = Matrices.cols(x, "x");
        if (x.length < 2 || d == 0) {
            throw new IllegalArgumentException("PCA needs at least 2 rows and 1 column, got " + x.length + "x" + d);
        }
        Centered c = Matrices.center(x);
        Svd svd = Svd.of(c.data());
        double[] s = svd.s();
        double[][] v = svd.v();
        double[][] components = Matrices.transpose(v);
        double[] variance = new double[s.length];
        for (int j = 0; j < s.length; j++) {
            variance[j] = s[j] * s[j] / (x.length - 1);
        }
        double total = 0.0;
        for (double[] row : c.data()) {
            for (double value : row) {
                total += value * value;
            }
        }
        total /= x.length - 1;
        return new Pca(c.means(), components, s, variance, total);
    }

    /**
     * The principal axes as rows: {@code components()[j]} is the unit vector of axis j.
     *
     * @return a k x d copy
     */
    public double[][] components() {
        return Matrices.copy(components);
    }

    /**
     * The column means subtracted before projecting.
     *
     * @return d means
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * The singular values of the centered data, descending.
     *
     * @return k values
     */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /**
     * The variance along each axis, {@code s_j² / (n - 1)} (the eigenvalues of the sample covariance).
     *
     * @return k values, descending
     */
    public double[] explainedVariance() {
        return variance.clone();
    }

    /**
     * The fraction of the total variance along each axis; they sum to 1.
     *
     * @return k values, descending
     */
    public double[] explainedVarianceRatio() {
        double[] r = new double[variance.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = variance[j] / totalVariance;
        }
        return r;
    }

    /**
     * The cumulative sums of {@link #explainedVarianceRatio()}.
     *
     * @return k values, increasing to 1
     */
    public double[] cumulativeVarianceRatio() {
        double[] r = explainedVarianceRatio();
        for (int j = 1; j < r.length; j++) {
            r[j] += r[j - 1];
        }
        return r;
    }

    /**
     * The number of components.
     *
     * @return {@code min(n, d)} of the fitted data
     */
    public int size() {
        return components.length;
    }

    /**
     * Projects data onto the first {@code k} axes: {@code (x - mean) · V_k}.
     *
     * @param x an m x d matrix
     * @param k how many components, {@code 1 <= k <= size()}
     * @return the m x k scores
     */
    public double[][] transform(double[][] x, int k) {
        requireK(k);
        int d = Matrices.cols(x, "x");
        if (d != mean.length) {
            throw new IllegalArgumentException("PCA was fitted on " + mean.length + " columns, got " + d);
        }
        double[][] z = new double[x.length][k];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < k; j++) {
                double sum = 0.0;
                for (int p = 0; p < d; p++) {
                    sum += (x[i][p] - mean[p]) * components[j][p];
                }
                z[i][j] = sum;
            }
        }
        return z;
    }

    /**
     * Maps scores back to the original space: {@code z · V_kᵀ + mean}, where k is the number of
     * columns of z.
     *
     * @param z an m x k score matrix
     * @return the m x d reconstruction
     */
    public double[][] inverseTransform(double[][] z) {
        int k = Matrices.cols(z, "z");
        requireK(k);
        double[][] x = new double[z.length][mean.length];
        for (int i = 0; i < z.length; i++) {
            for (int p = 0; p < mean.length; p++) {
                double sum = mean[p];
                for (int j = 0; j < k; j++) {
                    sum += z[i][j] * components[j][p];
                }
                x[i][p] = sum;
            }
        }
        return x;
    }

    /**
     * The mean squared distance between each row and its reconstruction from {@code k}
     * components: {@code (1/m) Σ_i ||x_i - x̂_i||²}. On the fitted data this equals
     * {@code (n-1)/n · Σ_{j>k} explainedVariance[j]}.
     *
     * @param x an m x d matrix
     * @param k how many components
     * @return the error (0 when {@code k = d})
     */
    public double reconstructionError(double[][] x, int k) {
        double[][] back = inverseTransform(transform(x, k));
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            for (int p = 0; p < mean.length; p++) {
                double diff = x[i][p] - back[i][p];
                sum += diff * diff;
            }
        }
        return sum / x.length;
    }

    private void requireK(int k) {
        if (k < 1 || k > components.length) {
            throw new IllegalArgumentException("number of components must be in [1, " + components.length + "], got " + k);
        }
    }
}

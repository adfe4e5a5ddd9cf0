package roadmap.linalg;

import java.util.Arrays;

/**
 * Column standardization that is <em>fitted</em> on one matrix and <em>applied</em> to others:
 * {@code z = (x - mean) / sd} per column, with the means and standard deviations taken from the
 * training set only.
 *
 * <h2>Why fit on train and apply to test</h2>
 * A test set stands in for data the model has never seen. If its means and standard deviations
 * were used to scale it (or, worse, the whole data set were standardized before splitting), then
 * information about the test rows would leak into the preprocessing the model was trained with,
 * and the test score would be optimistic: it would measure a pipeline that peeked at the answers'
 * distribution. The honest pipeline is
 * <pre>{@code
 * TrainTest split = data.stratifiedSplit(0.8, 42);
 * Standardizer s = Standardizer.fit(split.train().features()); // statistics from training rows only
 * double[][] trainZ = s.transform(split.train().features());
 * double[][] testZ  = s.transform(split.test().features());     // same shift and scale, no refit
 * }</pre>
 * The same fitted object is what a served model must apply to each new request. For this reason
 * standardized test columns are in general <em>not</em> exactly mean 0 and sd 1 — that is expected.
 * (Smile's {@code MathEx.standardize(double[][])} standardizes one matrix in place with its own
 * statistics, so it cannot express this; {@link Matrices#standardize(double[][])} is fine when
 * there is no split, as in PCA on a whole data set.)
 *
 * <h2>Conventions</h2>
 * The standard deviation is the sample one (divisor n&minus;1), the same as Smile 2.6.0's
 * {@code smile.math.MathEx.colSds}; note that scikit-learn's {@code StandardScaler} and
 * {@link Matrices#standardize(double[][])} use the population one (divisor n). A column that is
 * constant on the training set has sd 0 and is transformed to 0 (not NaN or infinity), whatever the
 * value in the matrix being transformed; {@link #inverseTransform(double[][])} maps it back to the
 * training mean. Instances are immutable; inputs are never modified.
 */
public final class Standardizer {

    private final double[] means;
    private final double[] sds;

    private Standardizer(double[] means, double[] sds) {
        this.means = means;
        this.sds = sds;
    }

    /**
     * Learns the column means and sample standard deviations (divisor n&minus;1) of a training
     * matrix.
     *
     * @param train an n x d matrix with n at least 2 (a sample sd needs two rows), d at least 1,
     *              not ragged, finite values
     * @return the fitted standardizer
     * @throws IllegalArgumentException if the matrix is null, has fewer than 2 rows, no columns,
     *                                  ragged rows or a non-finite value
     */
    public static Standardizer fit(double[][] train) {
        if (train == null || train.length < 2) {
            throw new IllegalArgumentException("Standardizer.fit needs at least 2 rows for a sample standard deviation, got "
                    + (train == null ? "null" : train.length + " row(s)"));
        }
        if (train[0] == null || train[0].length == 0) {
            throw new IllegalArgumentException("Standardizer.fit needs at least one column");
        }
        int n = train.length;
        int d = train[0].length;
        double[] mean = new double[d];
        double[] min = new double[d];
        double[] max = new double[d];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            double[] row = train[i];
            if (row == null || row.length != d) {
                throw new IllegalArgumentException("Standardizer.fit: row 0 has " + d + " columns but row " + i
                        + " has " + (row == null ? "none (null)" : row.length));
            }
            for (int j = 0; j < d; j++) {
                double v = row[j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Standardizer.fit: value at row " + i + ", column " + j
                            + " is " + v);
                }
                mean[j] += v;
                min[j] = Math.min(min[j], v);
                max[j] = Math.max(max[j], v);
            }
        }
        for (int j = 0; j < d; j++) {
            // a constant column gets its value back exactly, so rounding in sum / n cannot fake a spread
            mean[j] = min[j] == max[j] ? min[j] : mean[j] / n;
        }
        // second pass over the deviations: numerically stabler than sum of squares minus squared sum
        double[] ss = new double[d];
        for (double[] row : train) {
            for (int j = 0; j < d; j++) {
                double dev = row[j] - mean[j];
                ss[j] += dev * dev;
            }
        }
        double[] sd = new double[d];
        for (int j = 0; j < d; j++) {
            sd[j] = min[j] == max[j] ? 0.0 : Math.sqrt(ss[j] / (n - 1));
        }
        return new Standardizer(mean, sd);
    }

    /**
     * Standardizes a matrix with the fitted statistics: {@code (x - mean) / sd} per column, 0 in
     * columns whose training sd is 0.
     *
     * @param x an m x d matrix (any m, including 0) with the width fitted on
     * @return a new m x d matrix
     * @throws IllegalArgumentException if a row's width differs from the fitted width
     */
    public double[][] transform(double[][] x) {
        checkWidth(x, "transform");
        double[][] z = new double[x.length][means.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < means.length; j++) {
                z[i][j] = sds[j] > 0 ? (x[i][j] - means[j]) / sds[j] : 0.0;
            }
        }
        return z;
    }

    /**
     * Undoes {@link #transform(double[][])}: {@code z * sd + mean} per column (so a constant
     * training column comes back as its training value). Useful to report predictions or
     * reconstructions in the original units.
     *
     * @param z an m x d matrix in standardized units with the width fitted on
     * @return a new m x d matrix in the original units
     * @throws IllegalArgumentException if a row's width differs from the fitted width
     */
    public double[][] inverseTransform(double[][] z) {
        checkWidth(z, "inverseTransform");
        double[][] x = new double[z.length][means.length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < means.length; j++) {
                x[i][j] = z[i][j] * sds[j] + means[j];
            }
        }
        return x;
    }

    /**
     * The training column means.
     *
     * @return a copy of the d means
     */
    public double[] means() {
        return means.clone();
    }

    /**
     * The training column sample standard deviations (divisor n&minus;1, as Smile's
     * {@code MathEx.colSds}); 0 for a constant column.
     *
     * @return a copy of the d standard deviations
     */
    public double[] sds() {
        return sds.clone();
    }

    /**
     * The number of columns this standardizer was fitted on.
     *
     * @return d
     */
    public int width() {
        return means.length;
    }

    private void checkWidth(double[][] x, String what) {
        if (x == null) {
            throw new IllegalArgumentException("Standardizer." + what + ": matrix is null");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != means.length) {
                throw new IllegalArgumentException("Standardizer." + what + ": fitted on " + means.length
                        + " columns but row " + i + " has " + (x[i] == null ? "none (null)" : x[i].length));
            }
        }
    }

    @Override
    public String toString() {
        return "Standardizer[" + means.length + " columns, sample sd (n-1)]";
    }
}

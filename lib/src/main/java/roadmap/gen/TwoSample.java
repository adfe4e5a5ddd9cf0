package roadmap.gen;

import java.util.Arrays;
import java.util.Random;

/**
 * Two-sample statistics for "do these two point clouds come from the same distribution?", and a
 * permutation test for them: the kernel maximum mean discrepancy (MMD², Gretton et al. 2012) with
 * a Gaussian kernel, and the energy distance (Székely and Rizzo 2004). Both are zero in
 * expectation when the distributions are equal and positive otherwise, for any dimension.
 *
 * <p>Both are computed from the pairwise matrix of the pooled sample, with the unbiased
 * (U-statistic) averages that leave out each point's pair with itself:
 * {@code MMD² = k̄(X,X) + k̄(Y,Y) − 2 k̄(X,Y)} with {@code k(a,b) = exp(−‖a−b‖² / 2h²)}, and
 * {@code energy = 2 d̄(X,Y) − d̄(X,X) − d̄(Y,Y)} with Euclidean distances {@code d}.
 *
 * <p>{@link #test} shuffles the pooled points into two groups of the original sizes many times:
 * under the hypothesis of equal distributions every split is as likely as the observed one, so
 * the statistic's permutation distribution gives its null threshold and p-value without any
 * formula.
 */
public final class TwoSample {

    /** The outcome of a permutation test. */
    public static final class Result {
        private final double statistic;
        private final double[] nulls;
        private final double pValue;

        Result(double statistic, double[] sortedNulls, double pValue) {
            this.statistic = statistic;
            this.nulls = sortedNulls;
            this.pValue = pValue;
        }

        /** @return the statistic on the observed split */
        public double statistic() {
            return statistic;
        }

        /** @return the 95th percentile of the statistic over the random splits */
        public double threshold() {
            return threshold(0.95);
        }

        /**
         * A percentile of the statistic over the random splits: the critical value of a test at
         * level {@code 1 − level}.
         *
         * @param level e.g. 0.95 or 0.99
         * @return the smallest shuffled value with at least {@code level} of the shuffles at or below it
         */
        public double threshold(double level) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("level must be in (0, 1), got " + level);
            }
            return nulls[Math.max(0, (int) Math.ceil(level * nulls.length) - 1)];
        }

        /** @return {@code (1 + #splits at least as large) / (1 + permutations)} */
        public double pValue() {
            return pValue;
        }

        /** @return the number of random splits */
        public int permutations() {
            return nulls.length;
        }

        /** @return true when the statistic exceeds the 95% permutation threshold */
        public boolean rejectsAt5Percent() {
            return statistic > threshold();
        }

        /**
         * Whether the test rejects "same distribution" at significance level {@code alpha}: the
         * p-value is at most alpha. With P permutations the smallest p-value is 1/(P+1).
         *
         * @param alpha the significance level, e.g. 0.01
         * @return true when {@code pValue() <= alpha}
         */
        public boolean rejects(double alpha) {
            return pValue <= alpha;
        }

        @Override
        public String toString() {
            return String.format("statistic=%.5f, 95%% threshold=%.5f, p=%.3f (%d permutations)",
                    statistic, threshold(), pValue, nulls.length);
        }
    }

    private final boolean energy;
    private final double bandwidth;

    private TwoSample(boolean energy, double bandwidth) {
        this.energy = energy;
        this.bandwidth = bandwidth;
    }

    /**
     * The MMD² statistic with a Gaussian kernel of the given bandwidth.
     *
     * @param bandwidth the kernel's length scale h, positive
     * @return the statistic
     */
    public static TwoSample mmd(double bandwidth) {
        if (!(bandwidth > 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("bandwidth must be positive and finite, got " + bandwidth);
        }
        return new TwoSample(false, bandwidth);
    }

    /** @return the energy-distance statistic (no tuning parameter) */
    public static TwoSample energy() {
        return new TwoSample(true, Double.NaN);
    }

    /**
     * The median heuristic: the median Euclidean distance between distinct points of the pooled
     * sample, a common default bandwidth for {@link #mmd}.
     *
     * @param x first sample
     * @param y second sample
     * @return the median pairwise distance
     */
    public static double medianDistance(double[][] x, double[][] y) {
        double[][] pooled = pool(x, y);
        int n = pooled.length;
        double[] d = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[k++] = Math.sqrt(squaredDistance(pooled[i], pooled[j]));
            }
        }
        Arrays.sort(d);
        return d.length % 2 == 1 ? d[d.length / 2] : 0.5 * (d[d.length / 2 - 1] + d[d.length / 2]);
    }

    /**
     * The statistic on two samples.
     *
     * @param x first sample, one point per row (at least 2)
     * @param y second sample, same dimension (at least 2)
     * @return MMD² or the energy distance
     */
    public double statistic(double[][] x, double[][] y) {
        double[][] pair = pairMatrix(pool(x, y));
        boolean[] inX = new boolean[x.length + y.length];
        Arrays.fill(inX, 0, x.length, true);
        return statistic(pair, inX, x.length, y.length);
    }

    /**
     * A permutation test of equal distributions.
     *
     * @param x            first sample
     * @param y            second sample
     * @param permutations random splits, at least 19
     * @param seed         seeds the splits
     * @return the statistic, its 95% permutation threshold and p-value
     */
    public Result test(double[][] x, double[][] y, int permutations, long seed) {
        if (permutations < 19) {
            throw new IllegalArgumentException("need at least 19 permutations for a 5% test, got " + permutations);
        }
        double[][] pair = pairMatrix(pool(x, y));
        int n = x.length + y.length;
        boolean[] inX = new boolean[n];
        Arrays.fill(inX, 0, x.length, true);
        double observed = statistic(pair, inX, x.length, y.length);
        Random rng = new Random(seed);
        double[] nulls = new double[permutations];
        int atLeast = 0;
        for (int p = 0; p < permutations; p++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                boolean t = inX[i];
                inX[i] = inX[j];
                inX[j] = t;
            }
            nulls[p] = statistic(pair, inX, x.length, y.length);
            if (nulls[p] >= observed) {
                atLeast++;
            }
        }
        Arrays.sort(nulls);
        return new Result(observed, nulls, (1.0 + atLeast) / (1.0 + permutations));
    }

    private double statistic(double[][] pair, boolean[] inX, int nx, int ny) {
        double xx = 0;
        double yy = 0;
        double xy = 0;
        int n = inX.length;
        for (int i = 0; i < n; i++) {
            double[] row = pair[i];
            boolean a = inX[i];
            for (int j = i + 1; j < n; j++) {
                if (a == inX[j]) {
                    if (a) {
                        xx += row[j];
                    } else {
                        yy += row[j];
                    }
                } else {
                    xy += row[j];
                }
            }
        }
        double mxx = xx / (nx * (nx - 1) / 2.0);
        double myy = yy / (ny * (ny - 1) / 2.0);
        double mxy = xy / ((double) nx * ny);
        double mmdLike = mxx + myy - 2 * mxy;
        return energy ? -mmdLike : mmdLike;
    }

    private double[][] pairMatrix(double[][] pooled) {
        int n = pooled.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d2 = squaredDistance(pooled[i], pooled[j]);
                double v = energy ? Math.sqrt(d2) : Math.exp(-d2 / (2 * bandwidth * bandwidth));
                m[i][j] = v;
                m[j][i] = v;
            }
        }
        return m;
    }

    private static double[][] pool(double[][] x, double[][] y) {
        if (x == null || y == null || x.length < 2 || y.length < 2) {
            throw new IllegalArgumentException("each sample needs at least 2 points");
        }
        int d = x[0].length;
        double[][] pooled = new double[x.length + y.length][];
        for (int i = 0; i < pooled.length; i++) {
            double[] p = i < x.length ? x[i] : y[i - x.length];
            if (p.length != d) {
                throw new IllegalArgumentException("point " + i + " of the pooled sample has " + p.length
                        + " coordinates, not " + d);
            }
            pooled[i] = p;
        }
        return pooled;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            s += d * d;
        }
        return s;
    }
}

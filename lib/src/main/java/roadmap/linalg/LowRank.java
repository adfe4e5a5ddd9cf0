package roadmap.linalg;

/**
 * Best low-rank approximations (Eckart–Young): keeping the {@code k} largest singular triplets
 * minimises the Frobenius error among all rank-k matrices, and that error is
 * {@code sqrt(Σ_{j>k} s_j²)}.
 */
public final class LowRank {

    private LowRank() {
    }

    /**
     * The best rank-{@code k} approximation of a matrix.
     *
     * @param a an m x n matrix
     * @param k the rank, {@code 0 <= k <= min(m, n)}
     * @return the m x n approximation
     */
    public static double[][] approximate(double[][] a, int k) {
        return Svd.of(a).reconstruct(k);
    }

    /**
     * The Frobenius error of the best rank-{@code k} approximation, from the singular values.
     *
     * @param a an m x n matrix
     * @param k the rank
     * @return {@code sqrt(Σ_{j>k} s_j²)}
     */
    public static double error(double[][] a, int k) {
        double[] s = Svd.of(a).s();
        if (k < 0 || k > s.length) {
            throw new IllegalArgumentException("rank must be in [0, " + s.length + "], got " + k);
        }
        double sum = 0.0;
        for (int j = k; j < s.length; j++) {
            sum += s[j] * s[j];
        }
        return Math.sqrt(sum);
    }

    /**
     * How many numbers a rank-{@code k} factorisation of an m x n matrix stores: {@code k(m + n + 1)}.
     *
     * @param m rows
     * @param n columns
     * @param k rank
     * @return the storage count
     */
    public static long storage(int m, int n, int k) {
        return (long) k * (m + n + 1);
    }
}

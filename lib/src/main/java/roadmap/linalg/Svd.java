package roadmap.linalg;

import smile.math.matrix.Matrix;

/**
 * The thin singular value decomposition {@code a = U · diag(s) · Vᵀ} computed with Smile
 * (LAPACK through the bytedeco OpenBLAS natives), singular values in descending order.
 *
 * <p>Signs are made deterministic: each pair of singular vectors is flipped so that the entry of
 * largest magnitude in the column of V is positive.
 */
public final class Svd {

    private final double[][] u;
    private final double[] s;
    private final double[][] v;

    private Svd(double[][] u, double[] s, double[][] v) {
        this.u = u;
        this.s = s;
        this.v = v;
    }

    /**
     * Decomposes a matrix.
     *
     * @param a an m x n matrix (not modified)
     * @return the thin SVD with {@code min(m, n)} singular values
     * @throws IllegalArgumentException when the matrix is empty or ragged
     */
    public static Svd of(double[][] a) {
        int n = Matrices.cols(a, "a");
        if (a.length == 0 || n == 0) {
            throw new IllegalArgumentException("SVD of an empty matrix");
        }
        int m = a.length;
        int k = Math.min(m, n);
        Matrix.SVD svd = new Matrix(a).svd(true, true);
        double[] s = new double[k];
        double[][] u = new double[m][k];
        double[][] v = new double[n][k];
        // Smile returns singular values in descending order; copy them and their vectors
        for (int j = 0; j < k; j++) {
            s[j] = svd.s[j];
            int argmax = 0;
            for (int i = 0; i < n; i++) {
                if (Math.abs(svd.V.get(i, j)) > Math.abs(svd.V.get(argmax, j))) {
                    argmax = i;
                }
            }
            double sign = svd.V.get(argmax, j) < 0 ? -1.0 : 1.0;
            for (int i = 0; i < n; i++) {
                v[i][j] = sign * svd.V.get(i, j);
            }
            for (int i = 0; i < m; i++) {
                u[i][j] = sign * svd.U.get(i, j);
            }
        }
        return new Svd(u, s, v);
    }

    /**
     * The left singular vectors as columns.
     *
     * @return an m x k copy
     */
    public double[][] u() {
        return Matrices.copy(u);
    }

    /**
     * The singular values, descending.
     *
     * @return k values
     */
    public double[] s() {
        return s.clone();
    }

    /**
     * The right singular vectors as columns.
     *
     * @return an n x k copy
     */
    public double[][] v() {
        return Matrices.copy(v);
    }

    /**
     * The rank-{@code r} reconstruction {@code U_r · diag(s_r) · V_rᵀ}.
     *
     * @param r how many singular triplets to keep, {@code 0 <= r <= k}
     * @return the m x n matrix
     */
    public double[][] reconstruct(int r) {
        if (r < 0 || r > s.length) {
            throw new IllegalArgumentException("rank must be in [0, " + s.length + "], got " + r);
        }
        int m = u.length;
        int n = v.length;
        double[][] out = new double[m][n];
        for (int p = 0; p < r; p++) {
            for (int i = 0; i < m; i++) {
                double us = u[i][p] * s[p];
                for (int j = 0; j < n; j++) {
                    out[i][j] += us * v[j][p];
                }
            }
        }
        return out;
    }
}

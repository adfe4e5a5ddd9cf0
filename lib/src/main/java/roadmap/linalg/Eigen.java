package roadmap.linalg;

import java.util.Arrays;
import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * The eigendecomposition of a symmetric matrix {@code a = Q · diag(λ) · Qᵀ} computed with Smile
 * (LAPACK), eigenvalues in descending order, each eigenvector (a column of Q) signed so that its
 * largest-magnitude entry is positive.
 *
 * @param values  the eigenvalues, descending
 * @param vectors the n x n matrix whose columns are the unit eigenvectors
 */
public record Eigen(double[] values, double[][] vectors) {

    /**
     * Decomposes a symmetric matrix.
     *
     * @param a a symmetric n x n matrix (not modified)
     * @param tol how far {@code a[i][j]} and {@code a[j][i]} may differ
     * @return the decomposition
     * @throws IllegalArgumentException when the matrix is not square or not symmetric within tol
     */
    public static Eigen symmetric(double[][] a, double tol) {
        int n = Matrices.cols(a, "a");
        if (n != a.length || n == 0) {
            throw new IllegalArgumentException("eigendecomposition needs a non-empty square matrix, got "
                    + a.length + "x" + n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!(Math.abs(a[i][j] - a[j][i]) <= tol)) {
                    throw new IllegalArgumentException("matrix is not symmetric: a[" + i + "][" + j + "]=" + a[i][j]
                            + " but a[" + j + "][" + i + "]=" + a[j][i]);
                }
            }
        }
        Matrix m = new Matrix(a);
        m.uplo(UPLO.LOWER);
        Matrix.EVD evd = m.eigen(false, true, true);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(evd.wr[q], evd.wr[p]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int c = 0; c < n; c++) {
            int src = order[c];
            values[c] = evd.wr[src];
            int argmax = 0;
            for (int i = 0; i < n; i++) {
                if (Math.abs(evd.Vr.get(i, src)) > Math.abs(evd.Vr.get(argmax, src))) {
                    argmax = i;
                }
            }
            double sign = evd.Vr.get(argmax, src) < 0 ? -1.0 : 1.0;
            for (int i = 0; i < n; i++) {
                vectors[i][c] = sign * evd.Vr.get(i, src);
            }
        }
        return new Eigen(values, vectors);
    }

    /**
     * Decomposes a symmetric matrix, allowing asymmetry of 1e-9 between mirrored entries.
     *
     * @param a a symmetric n x n matrix
     * @return the decomposition
     */
    public static Eigen symmetric(double[][] a) {
        return symmetric(a, 1e-9);
    }

    /**
     * One eigenvector.
     *
     * @param i its index (0 = largest eigenvalue)
     * @return a copy of column i of {@link #vectors()}
     */
    public double[] vector(int i) {
        return Matrices.column(vectors, i);
    }
}

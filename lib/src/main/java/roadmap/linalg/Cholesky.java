package roadmap.linalg;

/**
 * The Cholesky factorisation {@code a = L·Lᵀ} of a symmetric positive-definite matrix, with the
 * solves, inverse and log-determinant built on it. Written out (no LAPACK) because the matrices it
 * serves — posterior precisions, normal equations of a few dozen unknowns — are small.
 */
public final class Cholesky {

    private final double[][] l;

    private Cholesky(double[][] l) {
        this.l = l;
    }

    /**
     * Factorises a symmetric positive-definite matrix (only its lower triangle is read).
     *
     * @param a an n x n matrix (not modified)
     * @return the factorisation
     * @throws IllegalArgumentException when the matrix is not square or not positive definite
     */
    public static Cholesky of(double[][] a) {
        int n = a.length;
        if (n == 0) {
            throw new IllegalArgumentException("Cholesky of an empty matrix");
        }
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("Cholesky needs a square matrix: row " + i + " has "
                        + a[i].length + " entries, expected " + n);
            }
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("matrix is not positive definite (pivot " + i
                                + " is " + s + ")");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return new Cholesky(l);
    }

    /**
     * The lower-triangular factor L.
     *
     * @return an n x n copy
     */
    public double[][] lower() {
        return Matrices.copy(l);
    }

    /**
     * Solves {@code a·x = b}.
     *
     * @param b the right-hand side, length n
     * @return x
     */
    public double[] solve(double[] b) {
        int n = l.length;
        if (b.length != n) {
            throw new IllegalArgumentException("right-hand side has " + b.length + " entries, expected " + n);
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /**
     * The inverse {@code a⁻¹}, column by column.
     *
     * @return an n x n matrix
     */
    public double[][] inverse() {
        int n = l.length;
        double[][] inv = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] e = new double[n];
            e[j] = 1.0;
            double[] col = solve(e);
            for (int i = 0; i < n; i++) {
                inv[i][j] = col[i];
            }
        }
        return inv;
    }

    /**
     * The natural log of the determinant, {@code 2·Σ log Lᵢᵢ}.
     *
     * @return log det a
     */
    public double logDeterminant() {
        double s = 0;
        for (int i = 0; i < l.length; i++) {
            s += Math.log(l[i][i]);
        }
        return 2 * s;
    }

    /**
     * Maps a vector of independent standard normals z to {@code L·z}, a draw with covariance a.
     *
     * @param z n independent N(0, 1) values
     * @return L·z
     */
    public double[] correlate(double[] z) {
        int n = l.length;
        if (z.length != n) {
            throw new IllegalArgumentException("expected " + n + " values, got " + z.length);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k <= i; k++) {
                s += l[i][k] * z[k];
            }
            out[i] = s;
        }
        return out;
    }
}

package roadmap.linalg;

/**
 * Dense matrix helpers written from scratch on {@code double[][]} (row-major: {@code a[row][col]}),
 * small enough to read in a notebook. Inputs are never modified; results are new arrays.
 */
public final class Matrices {

    private Matrices() {
    }

    /**
     * The matrix product {@code a · b}.
     *
     * @param a an m x k matrix
     * @param b a k x n matrix
     * @return the m x n product
     * @throws IllegalArgumentException when the inner dimensions differ or a matrix is ragged
     */
    public static double[][] multiply(double[][] a, double[][] b) {
        int k = cols(a, "a");
        int n = cols(b, "b");
        if (k != b.length) {
            throw new IllegalArgumentException("cannot multiply " + a.length + "x" + k + " by " + b.length + "x" + n
                    + ": inner dimensions differ");
        }
        double[][] c = new double[a.length][n];
        for (int i = 0; i < a.length; i++) {
            for (int p = 0; p < k; p++) {
                double aip = a[i][p];
                double[] bp = b[p];
                double[] ci = c[i];
                for (int j = 0; j < n; j++) {
                    ci[j] += aip * bp[j];
                }
            }
        }
        return c;
    }

    /**
     * The matrix-vector product {@code a · x}.
     *
     * @param a an m x n matrix
     * @param x a vector of length n
     * @return the vector of length m
     * @throws IllegalArgumentException when the sizes differ
     */
    public static double[] multiply(double[][] a, double[] x) {
        int n = cols(a, "a");
        if (n != x.length) {
            throw new IllegalArgumentException("cannot multiply " + a.length + "x" + n + " by a vector of length "
                    + x.length);
        }
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            y[i] = dot(a[i], x);
        }
        return y;
    }

    /**
     * The dot product of two vectors.
     *
     * @param x a vector
     * @param y a vector of the same length
     * @return {@code Σ x[i]·y[i]}
     * @throws IllegalArgumentException when the lengths differ
     */
    public static double dot(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("dot product of vectors of length " + x.length + " and " + y.length);
        }
        double s = 0.0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /**
     * The Euclidean length of a vector.
     *
     * @param x the vector
     * @return {@code sqrt(Σ x[i]²)}
     */
    public static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    /**
     * The transpose.
     *
     * @param a an m x n matrix
     * @return the n x m transpose
     */
    public static double[][] transpose(double[][] a) {
        int n = cols(a, "a");
        double[][] t = new double[n][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < n; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /**
     * The identity matrix.
     *
     * @param n the size (at least 0)
     * @return the n x n identity
     */
    public static double[][] identity(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("identity size must be >= 0, got " + n);
        }
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1.0;
        }
        return id;
    }

    /**
     * The elementwise difference {@code a - b}.
     *
     * @param a a matrix
     * @param b a matrix of the same shape
     * @return the difference
     */
    public static double[][] subtract(double[][] a, double[][] b) {
        int n = cols(a, "a");
        if (a.length != b.length || n != cols(b, "b")) {
            throw new IllegalArgumentException("cannot subtract " + b.length + "x" + cols(b, "b") + " from "
                    + a.length + "x" + n);
        }
        double[][] c = new double[a.length][n];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = a[i][j] - b[i][j];
            }
        }
        return c;
    }

    /**
     * The Frobenius norm {@code sqrt(Σ a[i][j]²)}.
     *
     * @param a a matrix
     * @return the norm
     */
    public static double frobeniusNorm(double[][] a) {
        cols(a, "a");
        double s = 0.0;
        for (double[] row : a) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }

    /**
     * Whether the columns have unit length and are mutually orthogonal, i.e. {@code aᵀa = I}
     * within {@code tol} in every element.
     *
     * @param a   an m x n matrix
     * @param tol the allowed absolute deviation
     * @return true when the columns are orthonormal
     */
    public static boolean isOrthonormalColumns(double[][] a, double tol) {
        double[][] gram = multiply(transpose(a), a);
        for (int i = 0; i < gram.length; i++) {
            for (int j = 0; j < gram.length; j++) {
                double expected = i == j ? 1.0 : 0.0;
                if (!(Math.abs(gram[i][j] - expected) <= tol)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The column means.
     *
     * @param x an n x d matrix with n at least 1
     * @return d means
     */
    public static double[] columnMeans(double[][] x) {
        int d = cols(x, "x");
        if (x.length == 0) {
            throw new IllegalArgumentException("column means of a matrix without rows");
        }
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= x.length;
        }
        return mean;
    }

    /**
     * Subtracts each column's mean.
     *
     * @param x an n x d matrix with n at least 1
     * @return the centered copy and the column means
     */
    public static Centered center(double[][] x) {
        double[] mean = columnMeans(x);
        double[][] c = new double[x.length][mean.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                c[i][j] = x[i][j] - mean[j];
            }
        }
        return new Centered(c, mean);
    }

    /**
     * Standardizes each column to mean 0 and standard deviation 1 (population standard deviation,
     * divisor n, as scikit-learn's StandardScaler). Constant columns become 0.
     *
     * @param x an n x d matrix with n at least 1
     * @return the standardized copy with the means and standard deviations used
     */
    public static Standardized standardize(double[][] x) {
        Centered c = center(x);
        double[][] z = c.data();
        int d = c.means().length;
        double[] std = new double[d];
        for (double[] row : z) {
            for (int j = 0; j < d; j++) {
                std[j] += row[j] * row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            std[j] = Math.sqrt(std[j] / x.length);
        }
        for (double[] row : z) {
            for (int j = 0; j < d; j++) {
                row[j] = std[j] > 0 ? row[j] / std[j] : 0.0;
            }
        }
        return new Standardized(z, c.means(), std);
    }

    /**
     * A deep copy.
     *
     * @param a a matrix
     * @return the copy
     */
    public static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /**
     * One column as a vector.
     *
     * @param a   a matrix
     * @param col the column index
     * @return the column's values
     */
    public static double[] column(double[][] a, int col) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i][col];
        }
        return out;
    }

    /**
     * The number of columns of a rectangular matrix.
     *
     * @param a    the matrix
     * @param what its name in error messages
     * @return the column count (0 for a matrix without rows)
     * @throws IllegalArgumentException when the matrix is null or ragged
     */
    static int cols(double[][] a, String what) {
        if (a == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (a.length == 0) {
            return 0;
        }
        int n = a[0].length;
        for (int i = 1; i < a.length; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException(what + " is ragged: row 0 has " + n + " columns, row " + i + " has "
                        + a[i].length);
            }
        }
        return n;
    }
}

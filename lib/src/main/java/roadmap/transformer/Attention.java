package roadmap.transformer;

import roadmap.linalg.Matrices;

/**
 * Self-attention from scratch on plain arrays: the reference the week's notebook and the DJL
 * encoder are checked against.
 *
 * <p>Scaled dot-product attention: {@code softmax(Q·Kᵀ / √d + M) · V}, where {@code M} is 0 where
 * a position may attend and −∞ where the mask forbids it. Multi-head attention projects the input
 * to queries, keys and values ({@code x · W + b}, weights laid out {@code [in, out]}), splits them
 * into {@code heads} slices of width {@code d / heads}, attends within each slice, concatenates
 * and projects once more.
 */
public final class Attention {

    private Attention() {
    }

    /**
     * The outcome of one attention: the weights each query gives the keys, and the mixed values.
     *
     * @param weights {@code [queries][keys]}, each row sums to 1 (0 where masked)
     * @param output  {@code [queries][valueWidth]}
     */
    public record Result(double[][] weights, double[][] output) {
    }

    /**
     * Scaled dot-product attention of one head.
     *
     * @param q    queries {@code [n][d]}
     * @param k    keys {@code [m][d]}
     * @param v    values {@code [m][dv]}
     * @param mask {@code [n][m]}: true where query i may attend to key j; null: everywhere
     * @return the weights and the output
     * @throws IllegalArgumentException when shapes disagree or a query may attend to nothing
     */
    public static Result scaledDotProduct(double[][] q, double[][] k, double[][] v, boolean[][] mask) {
        if (q.length == 0 || k.length == 0 || k.length != v.length || q[0].length != k[0].length) {
            throw new IllegalArgumentException("attention needs q [n][d], k [m][d], v [m][dv] with n, m > 0");
        }
        int n = q.length;
        int m = k.length;
        double scale = 1 / Math.sqrt(q[0].length);
        double[][] w = new double[n][m];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                w[i][j] = allowed(mask, i, j) ? Matrices.dot(q[i], k[j]) * scale : Double.NEGATIVE_INFINITY;
                max = Math.max(max, w[i][j]);
            }
            if (max == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("query " + i + " may attend to no key: its mask row is all false");
            }
            double sum = 0;
            for (int j = 0; j < m; j++) {
                w[i][j] = Math.exp(w[i][j] - max);
                sum += w[i][j];
            }
            for (int j = 0; j < m; j++) {
                w[i][j] /= sum;
            }
        }
        return new Result(w, Matrices.multiply(w, v));
    }

    private static boolean allowed(boolean[][] mask, int i, int j) {
        return mask == null || mask[i][j];
    }

    /**
     * A causal mask: position i may attend to positions 0..i (a decoder's view).
     *
     * @param n sequence length
     * @return {@code [n][n]}
     */
    public static boolean[][] causalMask(int n) {
        boolean[][] m = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                m[i][j] = true;
            }
        }
        return m;
    }

    /**
     * A padding mask: every position may attend to the first {@code valid} positions only.
     *
     * @param n     sequence length (with padding)
     * @param valid real tokens at the start (1..n)
     * @return {@code [n][n]}
     */
    public static boolean[][] paddingMask(int n, int valid) {
        if (valid < 1 || valid > n) {
            throw new IllegalArgumentException("valid must be in 1.." + n + ", got " + valid);
        }
        boolean[][] m = new boolean[n][n];
        for (boolean[] row : m) {
            java.util.Arrays.fill(row, 0, valid, true);
        }
        return m;
    }

    /**
     * Multi-head self-attention of one sequence.
     *
     * @param x     input {@code [n][d]}
     * @param wq    query projection {@code [d][d]} ({@code x · wq + bq}); likewise wk, wv, wo
     * @param bq    query bias {@code [d]}
     * @param wk    key projection
     * @param bk    key bias
     * @param wv    value projection
     * @param bv    value bias
     * @param wo    output projection
     * @param bo    output bias
     * @param heads number of heads (divides d)
     * @param mask  {@code [n][n]} or null
     * @return the output {@code [n][d]}
     */
    public static double[][] multiHead(double[][] x, double[][] wq, double[] bq, double[][] wk, double[] bk,
            double[][] wv, double[] bv, double[][] wo, double[] bo, int heads, boolean[][] mask) {
        int d = wq[0].length;
        if (heads < 1 || d % heads != 0) {
            throw new IllegalArgumentException(heads + " heads do not divide width " + d);
        }
        double[][] q = affine(x, wq, bq);
        double[][] k = affine(x, wk, bk);
        double[][] v = affine(x, wv, bv);
        int w = d / heads;
        double[][] concat = new double[x.length][d];
        for (int h = 0; h < heads; h++) {
            Result r = scaledDotProduct(slice(q, h * w, w), slice(k, h * w, w), slice(v, h * w, w), mask);
            for (int i = 0; i < x.length; i++) {
                System.arraycopy(r.output()[i], 0, concat[i], h * w, w);
            }
        }
        return affine(concat, wo, bo);
    }

    /**
     * {@code x · w + b} row by row.
     *
     * @param x {@code [n][in]}
     * @param w {@code [in][out]}
     * @param b {@code [out]} or null
     * @return {@code [n][out]}
     */
    public static double[][] affine(double[][] x, double[][] w, double[] b) {
        double[][] y = Matrices.multiply(x, w);
        if (b != null) {
            for (double[] row : y) {
                for (int j = 0; j < row.length; j++) {
                    row[j] += b[j];
                }
            }
        }
        return y;
    }

    private static double[][] slice(double[][] a, int from, int width) {
        double[][] s = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            s[i] = java.util.Arrays.copyOfRange(a[i], from, from + width);
        }
        return s;
    }

    /**
     * The sinusoidal positional encodings of "Attention Is All You Need":
     * {@code PE[p][2i] = sin(p / 10000^(2i/d))}, {@code PE[p][2i+1] = cos(p / 10000^(2i/d))}.
     *
     * @param positions number of positions
     * @param dim       encoding width (even)
     * @return {@code [positions][dim]}
     */
    public static double[][] sinusoidal(int positions, int dim) {
        if (dim < 2 || dim % 2 != 0 || positions < 1) {
            throw new IllegalArgumentException("need positions >= 1 and an even dim >= 2");
        }
        double[][] pe = new double[positions][dim];
        for (int p = 0; p < positions; p++) {
            for (int i = 0; i < dim; i += 2) {
                double angle = p / Math.pow(10000, (double) i / dim);
                pe[p][i] = Math.sin(angle);
                pe[p][i + 1] = Math.cos(angle);
            }
        }
        return pe;
    }
}

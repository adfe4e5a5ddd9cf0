package roadmap.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * The one place that converts between DJL arrays and plain Java arrays, so a notebook can compare
 * what DJL computed with what it computed by hand. Java arrays are {@code double}; DJL arrays are
 * created as float32 (the precision the networks train in) and read back in any numeric type.
 */
public final class NdArrays {

    private NdArrays() {
    }

    /**
     * All values of an array, flattened in row-major order, as doubles.
     *
     * @param a an array of any shape and numeric type
     * @return its values
     */
    public static double[] values(NDArray a) {
        float[] f = a.toType(DataType.FLOAT32, false).toFloatArray();
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = f[i];
        }
        return v;
    }

    /**
     * A matrix-shaped array as {@code [rows][cols]}: shape {@code (rows, cols)}, or
     * {@code (1, ..., 1, rows, cols)} such as one one-channel image or one filter's output.
     *
     * @param a the array
     * @return its values in double precision
     * @throws IllegalArgumentException for any other shape
     */
    public static double[][] toMatrix(NDArray a) {
        Shape s = a.getShape();
        int d = s.dimension();
        if (d < 2 || s.size() != s.get(d - 2) * s.get(d - 1)) {
            throw new IllegalArgumentException("expected shape (rows, cols) or (1, ..., 1, rows, cols), got " + s);
        }
        int rows = Math.toIntExact(s.get(d - 2));
        int cols = Math.toIntExact(s.get(d - 1));
        double[] flat = values(a);
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, m[i], 0, cols);
        }
        return m;
    }

    /**
     * An array of shape {@code (c, h, w)} or {@code (1, c, h, w)} as channels.
     *
     * @param a e.g. a convolutional layer's output for one image
     * @return {@code [c][h][w]} in double precision
     * @throws IllegalArgumentException for any other shape
     */
    public static double[][][] toChannels(NDArray a) {
        Shape s = a.getShape();
        if (s.dimension() == 4 && s.get(0) == 1) {
            s = new Shape(s.get(1), s.get(2), s.get(3));
        } else if (s.dimension() != 3) {
            throw new IllegalArgumentException("expected shape (c, h, w) or (1, c, h, w), got " + a.getShape());
        }
        int c = Math.toIntExact(s.get(0));
        int h = Math.toIntExact(s.get(1));
        int w = Math.toIntExact(s.get(2));
        double[] flat = values(a);
        double[][][] out = new double[c][h][w];
        for (int k = 0; k < c; k++) {
            for (int i = 0; i < h; i++) {
                System.arraycopy(flat, (k * h + i) * w, out[k][i], 0, w);
            }
        }
        return out;
    }

    /**
     * A filter bank, e.g. a trained {@code Conv2d}'s weight of shape {@code (f, c, kh, kw)}.
     *
     * @param weight the array
     * @return {@code [f][c][kh][kw]} in double precision
     * @throws IllegalArgumentException when the array is not 4-D
     */
    public static double[][][][] toFilters(NDArray weight) {
        Shape s = weight.getShape();
        if (s.dimension() != 4) {
            throw new IllegalArgumentException("expected a filter bank of shape (f, c, kh, kw), got " + s);
        }
        int f = Math.toIntExact(s.get(0));
        double[][][][] out = new double[f][][][];
        for (int k = 0; k < f; k++) {
            try (NDArray filter = weight.get(k)) {
                out[k] = toChannels(filter);
            }
        }
        return out;
    }

    /**
     * A matrix as a float32 array of shape {@code (rows, cols)}, e.g. a batch of feature rows.
     *
     * @param manager the manager that will own the array
     * @param x       a rectangular matrix with at least one row and one column
     * @return the array
     */
    public static NDArray fromMatrix(NDManager manager, double[][] x) {
        requireRectangular(x);
        return manager.create(flatten(x), new Shape(x.length, x[0].length));
    }

    /**
     * A matrix as one one-channel image of shape {@code (1, 1, h, w)}, the input layout of
     * {@code Conv2d} (NCHW). A kernel converted the same way is a weight for one filter on one
     * channel.
     *
     * @param manager the manager that will own the array
     * @param x       a rectangular matrix with at least one row and one column
     * @return the array
     */
    public static NDArray image(NDManager manager, double[][] x) {
        requireRectangular(x);
        return manager.create(flatten(x), new Shape(1, 1, x.length, x[0].length));
    }

    private static float[] flatten(double[][] x) {
        int w = x[0].length;
        float[] flat = new float[x.length * w];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < w; j++) {
                flat[i * w + j] = (float) x[i][j];
            }
        }
        return flat;
    }

    private static void requireRectangular(double[][] x) {
        if (x == null || x.length == 0 || x[0] == null || x[0].length == 0) {
            throw new IllegalArgumentException("expected a non-empty matrix");
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] == null || x[i].length != x[0].length) {
                throw new IllegalArgumentException("row " + i + " has " + (x[i] == null ? "no" : x[i].length)
                        + " columns, row 0 has " + x[0].length);
            }
        }
    }
}

package roadmap.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Convolution and pooling written out by hand on plain arrays (week 7), plus the conversions
 * needed to compare them with DJL's {@code Conv2d.conv2d} and {@code Pool.maxPool2d}.
 *
 * <p>Like every deep-learning framework, {@link #conv2d} computes a <em>cross-correlation</em>: the
 * kernel slides over the zero-padded image without being flipped,
 * {@code out[i][j] = sum_{u,v} x[i*s + u - p][j*s + v - p] * k[u][v]} (pixels outside the image
 * count as 0). The mathematician's convolution is the same with the kernel rotated by 180 degrees
 * ({@link #flip}). An {@code n}-pixel side, a {@code k}-pixel kernel, padding {@code p} and stride
 * {@code s} give {@link #outputSize} = {@code floor((n + 2p - k) / s) + 1} output pixels.
 *
 * <pre>{@code
 * double[][] photo = Datasets.image("china-gray.png");
 * double[][] gx = Convolution.conv2d(photo, Convolution.sobelX());     // horizontal gradient
 * double[][] edges = Convolution.magnitude(gx, Convolution.conv2d(photo, Convolution.sobelY()));
 * double[][] small = Convolution.maxPool(edges, 2, 2);                 // half the size
 * }</pre>
 *
 * <p>Matrices are indexed {@code [row][column]}; multi-channel arrays {@code [channel][row][column]};
 * filter banks {@code [filter][channel][row][column]}, the layout of DJL's {@code Conv2d} weight.
 * The loops are the textbook ones, fine for one photo or a few feature maps, far too slow to train
 * with (that is what DJL is for).
 */
public final class Convolution {

    private Convolution() {
    }

    /**
     * The Sobel kernel for the horizontal gradient (it responds to vertical edges): a central
     * difference across columns, smoothed over three rows with weights 1-2-1.
     *
     * @return a new 3x3 matrix {@code [[-1,0,1],[-2,0,2],[-1,0,1]]}
     */
    public static double[][] sobelX() {
        return new double[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};
    }

    /**
     * The Sobel kernel for the vertical gradient (it responds to horizontal edges): the transpose
     * of {@link #sobelX()}.
     *
     * @return a new 3x3 matrix {@code [[-1,-2,-1],[0,0,0],[1,2,1]]}
     */
    public static double[][] sobelY() {
        return new double[][] {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}};
    }

    /**
     * The output length along one side of a convolution or pooling window:
     * {@code floor((input + 2 * padding - kernel) / stride) + 1}.
     *
     * @param input   input pixels along the side
     * @param kernel  kernel (window) pixels along the side
     * @param padding zero pixels added on each end
     * @param stride  step between window positions, at least 1
     * @return the number of window positions
     * @throws IllegalArgumentException when an argument is out of range or the padded input is
     *                                  smaller than the kernel
     */
    public static int outputSize(int input, int kernel, int padding, int stride) {
        if (input < 1 || kernel < 1 || padding < 0 || stride < 1) {
            throw new IllegalArgumentException("need input >= 1, kernel >= 1, padding >= 0, stride >= 1; got input="
                    + input + " kernel=" + kernel + " padding=" + padding + " stride=" + stride);
        }
        int span = input + 2 * padding - kernel;
        if (span < 0) {
            throw new IllegalArgumentException("kernel " + kernel + " is larger than the padded input "
                    + (input + 2 * padding));
        }
        return Math.floorDiv(span, stride) + 1;
    }

    /**
     * Surrounds a matrix with {@code padding} rows and columns of zeros.
     *
     * @param x       the matrix
     * @param padding zeros on each side, at least 0
     * @return a new {@code (h + 2p) x (w + 2p)} matrix
     */
    public static double[][] pad(double[][] x, int padding) {
        checkMatrix(x, "image");
        if (padding < 0) {
            throw new IllegalArgumentException("padding must be >= 0, got " + padding);
        }
        double[][] out = new double[x.length + 2 * padding][x[0].length + 2 * padding];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, out[i + padding], padding, x[i].length);
        }
        return out;
    }

    /**
     * The kernel rotated by 180 degrees: cross-correlating with {@code flip(k)} is the
     * mathematician's convolution with {@code k}.
     *
     * @param kernel the kernel
     * @return a new matrix
     */
    public static double[][] flip(double[][] kernel) {
        checkMatrix(kernel, "kernel");
        int h = kernel.length;
        int w = kernel[0].length;
        double[][] out = new double[h][w];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                out[i][j] = kernel[h - 1 - i][w - 1 - j];
            }
        }
        return out;
    }

    /**
     * One-channel convolution (cross-correlation) with stride 1 and no padding: the output is
     * {@code (h - kh + 1) x (w - kw + 1)}.
     *
     * @param image  the image
     * @param kernel the kernel, no larger than the image
     * @return the feature map
     */
    public static double[][] conv2d(double[][] image, double[][] kernel) {
        return conv2d(image, kernel, 1, 0);
    }

    /**
     * One-channel convolution (cross-correlation) with zero padding and a stride, the same in both
     * directions: {@code out[i][j] = sum_{u,v} x[i*s + u - p][j*s + v - p] * kernel[u][v]}.
     *
     * @param image   the image, {@code h x w}
     * @param kernel  the kernel, {@code kh x kw}
     * @param stride  step between positions, at least 1
     * @param padding zeros added on each side, at least 0
     * @return the feature map, {@code outputSize(h, kh, p, s) x outputSize(w, kw, p, s)}
     */
    public static double[][] conv2d(double[][] image, double[][] kernel, int stride, int padding) {
        checkMatrix(image, "image");
        checkMatrix(kernel, "kernel");
        double[][] x = pad(image, padding);
        int kh = kernel.length;
        int kw = kernel[0].length;
        int oh = outputSize(image.length, kh, padding, stride);
        int ow = outputSize(image[0].length, kw, padding, stride);
        double[][] out = new double[oh][ow];
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                double sum = 0;
                for (int u = 0; u < kh; u++) {
                    for (int v = 0; v < kw; v++) {
                        sum += x[i * stride + u][j * stride + v] * kernel[u][v];
                    }
                }
                out[i][j] = sum;
            }
        }
        return out;
    }

    /**
     * A convolutional layer's forward pass: every filter sees all input channels, and output
     * channel {@code f} is {@code bias[f] + sum_c conv2d(input[c], weight[f][c], stride, padding)}.
     * This is what DJL's {@code Conv2d} block computes (before any activation).
     *
     * @param input   {@code [channels][h][w]}
     * @param weight  {@code [filters][channels][kh][kw]}
     * @param bias    one value per filter, or null for none
     * @param stride  step, at least 1
     * @param padding zeros on each side, at least 0
     * @return {@code [filters][oh][ow]}
     */
    public static double[][][] conv2d(double[][][] input, double[][][][] weight, double[] bias, int stride,
            int padding) {
        if (input == null || input.length == 0 || weight == null || weight.length == 0) {
            throw new IllegalArgumentException("conv2d needs at least one input channel and one filter");
        }
        if (bias != null && bias.length != weight.length) {
            throw new IllegalArgumentException(weight.length + " filters but " + bias.length + " biases");
        }
        double[][][] out = new double[weight.length][][];
        for (int f = 0; f < weight.length; f++) {
            if (weight[f].length != input.length) {
                throw new IllegalArgumentException("filter " + f + " has " + weight[f].length
                        + " channels, the input " + input.length);
            }
            for (int c = 0; c < input.length; c++) {
                double[][] map = conv2d(input[c], weight[f][c], stride, padding);
                if (out[f] == null) {
                    out[f] = map;
                } else {
                    add(out[f], map);
                }
            }
            if (bias != null) {
                for (double[] row : out[f]) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] += bias[f];
                    }
                }
            }
        }
        return out;
    }

    /**
     * Max pooling: each output pixel is the largest value in its {@code size x size} window; no
     * padding, windows that would run past the edge are dropped (DJL's default, {@code ceilMode}
     * false).
     *
     * @param x      the feature map
     * @param size   window side, at least 1
     * @param stride step between windows, at least 1 (usually equal to {@code size})
     * @return {@code outputSize(h, size, 0, stride) x outputSize(w, size, 0, stride)}
     */
    public static double[][] maxPool(double[][] x, int size, int stride) {
        return pool(x, size, stride, true);
    }

    /**
     * Average pooling: each output pixel is the mean of its {@code size x size} window (no padding,
     * partial windows dropped).
     *
     * @param x      the feature map
     * @param size   window side, at least 1
     * @param stride step between windows, at least 1
     * @return {@code outputSize(h, size, 0, stride) x outputSize(w, size, 0, stride)}
     */
    public static double[][] avgPool(double[][] x, int size, int stride) {
        return pool(x, size, stride, false);
    }

    private static double[][] pool(double[][] x, int size, int stride, boolean max) {
        checkMatrix(x, "feature map");
        int oh = outputSize(x.length, size, 0, stride);
        int ow = outputSize(x[0].length, size, 0, stride);
        double[][] out = new double[oh][ow];
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                double acc = max ? Double.NEGATIVE_INFINITY : 0;
                for (int u = 0; u < size; u++) {
                    for (int v = 0; v < size; v++) {
                        double value = x[i * stride + u][j * stride + v];
                        acc = max ? Math.max(acc, value) : acc + value;
                    }
                }
                out[i][j] = max ? acc : acc / (size * size);
            }
        }
        return out;
    }

    /**
     * The gradient magnitude {@code sqrt(gx^2 + gy^2)} pixel by pixel, e.g. of the two Sobel
     * responses: large on edges of any direction.
     *
     * @param gx horizontal gradient
     * @param gy vertical gradient, same shape
     * @return a new matrix
     */
    public static double[][] magnitude(double[][] gx, double[][] gy) {
        checkMatrix(gx, "gx");
        checkMatrix(gy, "gy");
        if (gx.length != gy.length || gx[0].length != gy[0].length) {
            throw new IllegalArgumentException("gx is " + gx.length + "x" + gx[0].length + ", gy " + gy.length + "x"
                    + gy[0].length);
        }
        double[][] out = new double[gx.length][gx[0].length];
        for (int i = 0; i < gx.length; i++) {
            for (int j = 0; j < gx[0].length; j++) {
                out[i][j] = Math.hypot(gx[i][j], gy[i][j]);
            }
        }
        return out;
    }

    private static void add(double[][] into, double[][] x) {
        for (int i = 0; i < into.length; i++) {
            for (int j = 0; j < into[i].length; j++) {
                into[i][j] += x[i][j];
            }
        }
    }

    private static void checkMatrix(double[][] x, String what) {
        if (x == null || x.length == 0 || x[0] == null || x[0].length == 0) {
            throw new IllegalArgumentException(what + " needs a non-empty matrix");
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] == null || x[i].length != x[0].length) {
                throw new IllegalArgumentException(what + " is ragged at row " + i);
            }
        }
    }
}

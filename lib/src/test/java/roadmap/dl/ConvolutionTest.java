package roadmap.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConvolutionTest {

    static double[][] random(Random r, int h, int w) {
        double[][] x = new double[h][w];
        for (double[] row : x) {
            for (int j = 0; j < w; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return x;
    }

    static void assertClose(double[][] expected, double[][] actual, double tol) {
        assertEquals(expected.length, actual.length, "rows");
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], tol, "row " + i);
        }
    }

    @Test
    void conv2dMatchesDjlForSeveralStridesPaddingsAndKernels() {
        Djl.init();
        Random r = new Random(7);
        int[][] settings = {{9, 11, 3, 3, 1, 0}, {9, 11, 3, 3, 1, 1}, {9, 11, 3, 3, 2, 1}, {10, 10, 5, 5, 2, 2},
            {8, 13, 2, 4, 3, 0}, {7, 7, 7, 7, 1, 0}, {6, 5, 1, 1, 2, 0}};
        try (NDManager m = NDManager.newBaseManager()) {
            for (int[] s : settings) {
                double[][] x = random(r, s[0], s[1]);
                double[][] k = random(r, s[2], s[3]);
                double[][] mine = Convolution.conv2d(x, k, s[4], s[5]);
                NDArray djl = Conv2d.conv2d(NdArrays.image(m, x), NdArrays.image(m, k), null,
                        new Shape(s[4], s[4]), new Shape(s[5], s[5])).head();
                assertEquals(new Shape(1, 1, Convolution.outputSize(s[0], s[2], s[5], s[4]),
                        Convolution.outputSize(s[1], s[3], s[5], s[4])), djl.getShape());
                assertClose(NdArrays.toMatrix(djl), mine, 1e-4);
            }
        }
    }

    @Test
    void multiChannelConvWithBiasMatchesDjl() {
        Random r = new Random(3);
        double[][][] x = {random(r, 8, 9), random(r, 8, 9), random(r, 8, 9)};
        double[][][][] w = new double[4][3][][];
        for (double[][][] f : w) {
            for (int c = 0; c < 3; c++) {
                f[c] = random(r, 3, 3);
            }
        }
        double[] b = {0.5, -1, 2, 0};
        double[][][] mine = Convolution.conv2d(x, w, b, 2, 1);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray input = m.create(new Shape(1, 3, 8, 9));
            for (int c = 0; c < 3; c++) {
                input.set(new ai.djl.ndarray.index.NDIndex(0, c), NdArrays.image(m, x[c]).reshape(8, 9));
            }
            NDArray weight = m.zeros(new Shape(4, 3, 3, 3));
            for (int f = 0; f < 4; f++) {
                for (int c = 0; c < 3; c++) {
                    weight.set(new ai.djl.ndarray.index.NDIndex(f, c), NdArrays.image(m, w[f][c]).reshape(3, 3));
                }
            }
            NDArray bias = m.create(new float[] {0.5f, -1f, 2f, 0f});
            double[][][] djl = NdArrays.toChannels(Conv2d.conv2d(input, weight, bias, new Shape(2, 2),
                    new Shape(1, 1)).head());
            assertEquals(4, djl.length);
            for (int f = 0; f < 4; f++) {
                assertClose(djl[f], mine[f], 1e-4);
            }
            double[][][][] back = NdArrays.toFilters(weight);
            assertClose(back[2][1], w[2][1], 1e-6);
        }
    }

    @Test
    void poolingMatchesDjl() {
        Random r = new Random(11);
        double[][] x = random(r, 9, 12);
        try (NDManager m = NDManager.newBaseManager()) {
            for (int[] s : new int[][] {{2, 2}, {3, 3}, {3, 2}, {2, 1}}) {
                Shape k = new Shape(s[0], s[0]);
                Shape st = new Shape(s[1], s[1]);
                Shape p = new Shape(0, 0);
                NDArray in = NdArrays.image(m, x);
                assertClose(NdArrays.toMatrix(Pool.maxPool2d(in, k, st, p, false)),
                        Convolution.maxPool(x, s[0], s[1]), 1e-6);
                assertClose(NdArrays.toMatrix(Pool.avgPool2d(in, k, st, p, false, true)),
                        Convolution.avgPool(x, s[0], s[1]), 1e-5);
            }
        }
    }

    @Test
    void sobelOnARampIsEightTimesTheSlopeAndZeroOnAConstant() {
        double[][] ramp = new double[6][7];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 7; j++) {
                ramp[i][j] = 0.25 * j + 3;
            }
        }
        double[][] gx = Convolution.conv2d(ramp, Convolution.sobelX());
        double[][] gy = Convolution.conv2d(ramp, Convolution.sobelY());
        for (int i = 0; i < gx.length; i++) {
            for (int j = 0; j < gx[0].length; j++) {
                assertEquals(2.0, gx[i][j], 1e-12);
                assertEquals(0.0, gy[i][j], 1e-12);
            }
        }
        assertClose(Convolution.magnitude(gx, gy), gx, 1e-12);
    }

    @Test
    void outputSizeFormulaAndArgumentChecks() {
        assertEquals(26, Convolution.outputSize(28, 3, 0, 1));
        assertEquals(28, Convolution.outputSize(28, 3, 1, 1));
        assertEquals(14, Convolution.outputSize(28, 3, 1, 2));
        assertEquals(3, Convolution.outputSize(7, 3, 0, 2));
        assertEquals(2, Convolution.outputSize(6, 3, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> Convolution.outputSize(2, 5, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Convolution.outputSize(8, 3, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Convolution.conv2d(new double[][] {{1, 2}, {3}},
                Convolution.sobelX()));
        assertThrows(IllegalArgumentException.class, () -> Convolution.conv2d(new double[2][2], new double[3][3]));
    }

    @Test
    void padAndFlip() {
        double[][] p = Convolution.pad(new double[][] {{1, 2}}, 1);
        assertClose(new double[][] {{0, 0, 0, 0}, {0, 1, 2, 0}, {0, 0, 0, 0}}, p, 0);
        assertClose(new double[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}}, Convolution.flip(Convolution.sobelX()), 0);
        // true convolution (flipped kernel) of an impulse reproduces the kernel; flipping twice is the identity
        double[][] impulse = new double[5][5];
        impulse[2][2] = 1;
        double[][] k = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        assertClose(k, Convolution.conv2d(impulse, Convolution.flip(k)), 0);
        assertClose(k, Convolution.flip(Convolution.flip(k)), 0);
    }
}

package roadmap.transformer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AttentionTest {

    private static final double[][] I2 = {{1, 0}, {0, 1}};
    private static final double[][] V = {{1, 2}, {3, 4}};

    @Test
    void scaledDotProductMatchesAHandComputedCase() {
        // scores / sqrt(2): row 0 = [0.70710678, 0] -> softmax = [sigmoid(0.70710678), 1 - that]
        //   = [0.66976155, 0.33023845] (e^-0.70710678 = 0.49306869, 1 / 1.49306869 = 0.66976155)
        // output row 0 = 0.66976155 * [1, 2] + 0.33023845 * [3, 4] = [1.66047690, 2.66047690]
        Attention.Result r = Attention.scaledDotProduct(I2, I2, V, null);
        assertArrayEquals(new double[] {0.66976155, 0.33023845}, r.weights()[0], 1e-8);
        assertArrayEquals(new double[] {0.33023845, 0.66976155}, r.weights()[1], 1e-8);
        assertArrayEquals(new double[] {1.66047690, 2.66047690}, r.output()[0], 1e-7);
        assertArrayEquals(new double[] {2.33952310, 3.33952310}, r.output()[1], 1e-7);
    }

    @Test
    void masksRemoveKeys() {
        Attention.Result causal = Attention.scaledDotProduct(I2, I2, V, Attention.causalMask(2));
        assertArrayEquals(new double[] {1, 0}, causal.weights()[0], 0);
        assertArrayEquals(new double[] {1, 2}, causal.output()[0], 1e-12);
        assertArrayEquals(new double[] {0.33023845, 0.66976155}, causal.weights()[1], 1e-8);
        Attention.Result padded = Attention.scaledDotProduct(I2, I2, V, Attention.paddingMask(2, 1));
        assertArrayEquals(new double[] {1, 2}, padded.output()[1], 1e-12);
        boolean[][] none = new boolean[2][2];
        assertThrows(IllegalArgumentException.class, () -> Attention.scaledDotProduct(I2, I2, V, none));
    }

    @Test
    void multiHeadWithOneHeadAndIdentityProjectionsIsPlainAttention() {
        double[] zero = {0, 0};
        double[][] out = Attention.multiHead(V, I2, zero, I2, zero, I2, zero, I2, zero, 1, null);
        double[][] plain = Attention.scaledDotProduct(V, V, V, null).output();
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(plain[i], out[i], 1e-12);
        }
        // two heads of width 1: each column attends on its own; column 0 of x = [1, 3]
        double[][] two = Attention.multiHead(V, I2, zero, I2, zero, I2, zero, I2, zero, 2, null);
        double w = 1 / (1 + Math.exp(1 * 3 - 1 * 1));            // query 1, keys 1 and 3 (scale 1)
        assertEquals(w * 1 + (1 - w) * 3, two[0][0], 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> Attention.multiHead(V, I2, zero, I2, zero, I2, zero, I2, zero, 3, null));
    }

    @Test
    void sinusoidalEncodings() {
        double[][] pe = Attention.sinusoidal(3, 4);
        assertArrayEquals(new double[] {0, 1, 0, 1}, pe[0], 0);
        // position 1: angles 1 and 1/10000^(2/4) = 0.01
        assertArrayEquals(new double[] {0.84147098, 0.54030231, 0.00999983, 0.99995000}, pe[1], 1e-8);
        assertThrows(IllegalArgumentException.class, () -> Attention.sinusoidal(3, 5));
    }
}

package roadmap.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import roadmap.dl.Djl;

class DiffusionTest {

    @Test
    void scheduleIsLinearAndAlphaBarIsTheRunningProduct() {
        try (Diffusion d = Diffusion.of(2, 10, 0.01, 0.1, 8)) {
            double[] beta = d.betas();
            double[] ab = d.alphaBars();
            assertEquals(0, beta[0], 0);
            assertEquals(0.01, beta[1], 1e-15);
            assertEquals(0.1, beta[10], 1e-15);
            assertEquals(0.02, beta[2], 1e-15);
            double product = 1;
            for (int t = 1; t <= 10; t++) {
                product *= 1 - beta[t];
                assertEquals(product, ab[t], 1e-15);
            }
            assertEquals(1, ab[0], 0);
        }
    }

    @Test
    void oneJumpNoisingHasTheClosedFormMeanAndVariance() {
        try (Diffusion d = Diffusion.of(1, 20, 0.01, 0.2, 8)) {
            int n = 50_000;
            double[][] x0 = new double[n][];
            for (int i = 0; i < n; i++) {
                x0[i] = new double[] {2.0};
            }
            double[][] xt = d.noiseTo(x0, 12, new Random(1));
            double sum = 0, sumSq = 0;
            for (double[] p : xt) {
                sum += p[0];
                sumSq += p[0] * p[0];
            }
            double mean = sum / n;
            double ab = d.alphaBars()[12];
            assertEquals(2 * Math.sqrt(ab), mean, 0.02);
            assertEquals(1 - ab, sumSq / n - mean * mean, 0.02);
            assertThrows(IllegalArgumentException.class, () -> d.noiseTo(x0, 21, new Random(1)));
        }
    }

    @Test
    void trainedModelGeneratesBothModesOfATwoPointDistribution() {
        Random r = new Random(3);
        double[][] data = new double[400][];
        for (int i = 0; i < data.length; i++) {
            data[i] = new double[] {(i % 2 == 0 ? -1 : 1) + 0.05 * r.nextGaussian()};
        }
        Djl.seed(42);
        try (Diffusion d = Diffusion.of(1, 40, 1e-3, 0.2, 32)) {
            double[] curve = d.fit(data, 1500, 128, 3e-3, 5, "test diffusion");
            assertTrue(curve[curve.length - 1] < 0.6 * curve[0], "loss fell: " + curve[0] + " -> "
                    + curve[curve.length - 1]);
            double[][][] chain = d.sampleChain(400, 1, 9);
            assertEquals(41, chain.length);
            double[][] x = chain[40];
            int left = 0, right = 0;
            for (double[] p : x) {
                if (Math.abs(p[0] + 1) < 0.3) {
                    left++;
                } else if (Math.abs(p[0] - 1) < 0.3) {
                    right++;
                }
            }
            assertTrue(left > 120 && right > 120, "left " + left + ", right " + right);
        }
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Diffusion.of(2, 1, 0.01, 0.1, 8));
        assertThrows(IllegalArgumentException.class, () -> Diffusion.of(2, 10, 0.2, 0.1, 8));
        try (Diffusion d = Diffusion.of(2, 10, 0.01, 0.1, 8)) {
            assertThrows(IllegalArgumentException.class, () -> d.predictNoise(new double[][] {{1}}, 3));
            assertThrows(IllegalArgumentException.class, () -> d.sampleChain(0, 1, 1));
        }
    }
}

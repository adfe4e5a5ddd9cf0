package roadmap.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RingAndPixelsTest {

    @Test
    void centresLieOnTheCircleAtEqualAngles() {
        RingOfGaussians ring = new RingOfGaussians(8, 2, 0.1);
        double[][] c = ring.centres();
        assertEquals(8, c.length);
        for (int k = 0; k < 8; k++) {
            assertEquals(2, Math.hypot(c[k][0], c[k][1]), 1e-12);
            assertEquals(2 * 2 * Math.sin(Math.PI / 8), Math.hypot(c[k][0] - c[(k + 1) % 8][0],
                    c[k][1] - c[(k + 1) % 8][1]), 1e-12);
        }
        assertArrayEquals(new double[] {2, 0}, c[0], 1e-12);
    }

    @Test
    void samplesSpreadEvenlyOverModesAndStayNearThem() {
        RingOfGaussians ring = new RingOfGaussians(8, 2, 0.1);
        double[][] x = ring.sample(8000, new Random(3));
        int[] counts = ring.modeCounts(x, 3);
        int total = 0;
        for (int c : counts) {
            assertEquals(1000, c, 120);
            total += c;
        }
        assertEquals(8000 * (1 - Math.exp(-4.5)), total, 40);   // P(chi2_2 <= 9) = 1 - e^{-9/2}
        assertEquals(0, ring.nearestMode(new double[] {1.9, 0.1}));
        assertEquals(2, ring.nearestMode(new double[] {0.05, 2.2}));
        assertArrayEquals(new int[8], ring.modeCounts(new double[][] {{0, 0}}, 3));
    }

    @Test
    void pixelBernoulliSmoothsAndScoresExactly() {
        float[][] images = {{1, 0, 1}, {1, 0, 0}};
        PixelBernoulli model = PixelBernoulli.fit(images);
        assertArrayEquals(new double[] {3 / 4.0, 1 / 4.0, 2 / 4.0}, model.probabilities(), 1e-12);
        double expected = Math.log(0.75) + Math.log(0.75) + Math.log(0.5);
        assertEquals(expected, model.logLikelihood(new float[][] {{1, 0, 1}}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> model.logLikelihood(new float[][] {{1, 0}}));
    }

    @Test
    void binarizeThresholds() {
        float[][] b = PixelBernoulli.binarize(new float[][] {{0.2f, 0.5f, 0.51f, 1f}}, 0.5);
        assertArrayEquals(new float[] {0, 0, 1, 1}, b[0]);
    }
}

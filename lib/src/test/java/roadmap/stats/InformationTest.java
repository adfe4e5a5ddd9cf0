package roadmap.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.math.MathEx;

class InformationTest {

    private static double[] randomDistribution(Random rng, int k) {
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = rng.nextDouble();
        }
        return Information.normalize(w);
    }

    @Test
    void entropyAndKlMatchSmile() {
        Random rng = new Random(1);
        for (int t = 0; t < 50; t++) {
            double[] p = randomDistribution(rng, 2 + t % 7);
            double[] q = randomDistribution(rng, p.length);
            assertEquals(MathEx.entropy(p), Information.entropy(p), 1e-12);
            assertEquals(MathEx.KullbackLeiblerDivergence(p, q), Information.klDivergence(p, q), 1e-12);
        }
    }

    @Test
    void closedForms() {
        assertEquals(Math.log(4), Information.entropy(new double[] {0.25, 0.25, 0.25, 0.25}), 1e-15);
        assertEquals(Math.log(2), Information.binaryEntropy(0.5), 1e-15);
        assertEquals(0.0, Information.binaryEntropy(1.0), 0.0);
        // KL between two coins: 0.5 log(0.5/0.25) + 0.5 log(0.5/0.75)
        double expected = 0.5 * Math.log(2) + 0.5 * Math.log(2.0 / 3);
        assertEquals(expected, Information.klDivergence(new double[] {0.5, 0.5}, new double[] {0.25, 0.75}), 1e-15);
    }

    @Test
    void crossEntropyIsEntropyPlusKl() {
        Random rng = new Random(2);
        for (int t = 0; t < 50; t++) {
            double[] p = randomDistribution(rng, 5);
            double[] q = randomDistribution(rng, 5);
            double kl = Information.klDivergence(p, q);
            assertTrue(kl >= 0);
            assertEquals(0.0, Information.klDivergence(p, p), 1e-15);
            assertEquals(Information.entropy(p) + kl, Information.crossEntropy(p, q), 1e-12);
        }
    }

    @Test
    void zeroProbabilities() {
        double[] p = {0.5, 0.5, 0.0};
        double[] q = {0.0, 0.5, 0.5};
        assertEquals(Math.log(2), Information.entropy(p), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, Information.klDivergence(p, q));
        assertEquals(Double.POSITIVE_INFINITY, Information.crossEntropy(p, q));
    }

    @Test
    void rejectsNonDistributions() {
        assertThrows(IllegalArgumentException.class, () -> Information.entropy(new double[] {0.5, 0.6}));
        assertThrows(IllegalArgumentException.class, () -> Information.entropy(new double[] {-0.5, 1.5}));
        assertThrows(IllegalArgumentException.class,
                () -> Information.klDivergence(new double[] {1.0}, new double[] {0.5, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> Information.normalize(new double[] {0, 0}));
    }
}

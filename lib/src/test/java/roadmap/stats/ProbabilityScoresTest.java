package roadmap.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.validation.metric.CrossEntropy;
import smile.validation.metric.LogLoss;

class ProbabilityScoresTest {

    @Test
    void logLossMatchesSmile() {
        Random rng = new Random(3);
        int n = 200;
        int[] y = new int[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(2);
            p[i] = 0.01 + 0.98 * rng.nextDouble();
        }
        assertEquals(LogLoss.of(y, p), ProbabilityScores.logLoss(y, p), 1e-12);
    }

    @Test
    void multiclassMatchesSmileAndBinary() {
        Random rng = new Random(4);
        int n = 100;
        int[] y = new int[n];
        double[][] probs = new double[n][];
        double[] pPos = new double[n];
        int[] yBin = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(3);
            probs[i] = Information.normalize(new double[] {0.1 + rng.nextDouble(), 0.1 + rng.nextDouble(), 0.1 + rng.nextDouble()});
            yBin[i] = rng.nextInt(2);
            pPos[i] = 0.05 + 0.9 * rng.nextDouble();
        }
        assertEquals(CrossEntropy.of(y, probs), ProbabilityScores.logLoss(y, probs), 1e-12);
        double[][] twoColumns = new double[n][];
        for (int i = 0; i < n; i++) {
            twoColumns[i] = new double[] {1 - pPos[i], pPos[i]};
        }
        assertEquals(ProbabilityScores.logLoss(yBin, pPos), ProbabilityScores.logLoss(yBin, twoColumns), 1e-12);
    }

    @Test
    void closedForms() {
        int[] y = {1, 0, 1, 1, 0};
        assertEquals(Math.log(2), ProbabilityScores.logLoss(y, new double[] {0.5, 0.5, 0.5, 0.5, 0.5}), 1e-15);
        assertEquals(0.25, ProbabilityScores.brier(y, new double[] {0.5, 0.5, 0.5, 0.5, 0.5}), 1e-15);
        // predicting the base rate 3/5 everywhere costs exactly the binary entropy of 3/5
        double[] base = {0.6, 0.6, 0.6, 0.6, 0.6};
        assertEquals(Information.binaryEntropy(0.6), ProbabilityScores.logLoss(y, base), 1e-12);
        assertEquals(0.6, ProbabilityScores.accuracy(y, base), 1e-15);
        // one confident mistake is clipped at EPS
        assertEquals(-Math.log(1e-15) / 2, ProbabilityScores.logLoss(new int[] {1, 0}, new double[] {0.0, 0.0}), 1e-9);
    }

    @Test
    void validatesInput() {
        assertThrows(IllegalArgumentException.class, () -> ProbabilityScores.logLoss(new int[] {2}, new double[] {0.5}));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityScores.logLoss(new int[] {1}, new double[] {1.5}));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityScores.brier(new int[] {1, 0}, new double[] {0.5}));
    }
}

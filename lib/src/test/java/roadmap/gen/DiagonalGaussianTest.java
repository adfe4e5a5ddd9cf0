package roadmap.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DiagonalGaussianTest {

    private static final double[] MU = {0.5, -1.2, 2.0};
    private static final double[] LOG_VAR = {-0.7, 0.3, -2.0};

    @Test
    void klToStandardNormalIsTheGeneralFormulaWithZeroMeanAndUnitVariance() {
        double[] zeros = new double[3];
        assertEquals(DiagonalGaussian.kl(MU, LOG_VAR, zeros, zeros), DiagonalGaussian.klToStandardNormal(MU, LOG_VAR),
                1e-12);
        assertEquals(0, DiagonalGaussian.klToStandardNormal(zeros, zeros), 0);
        assertEquals(0, DiagonalGaussian.kl(MU, LOG_VAR, MU, LOG_VAR), 1e-12);
    }

    @Test
    void oneDimensionalKlMatchesTheTextbookFormula() {
        // KL(N(m1, s1^2) || N(m2, s2^2)) = log(s2/s1) + (s1^2 + (m1-m2)^2) / (2 s2^2) - 1/2
        double m1 = 0.3, s1 = 0.8, m2 = -1.0, s2 = 1.7;
        double expected = Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) * (m1 - m2)) / (2 * s2 * s2) - 0.5;
        double actual = DiagonalGaussian.kl(new double[] {m1}, new double[] {Math.log(s1 * s1)},
                new double[] {m2}, new double[] {Math.log(s2 * s2)});
        assertEquals(expected, actual, 1e-12);
    }

    @Test
    void monteCarloEstimateAgreesWithTheClosedFormWithinItsStandardError() {
        double exact = DiagonalGaussian.klToStandardNormal(MU, LOG_VAR);
        double[] mc = DiagonalGaussian.klToStandardNormalMonteCarlo(MU, LOG_VAR, 200_000, new Random(1));
        assertTrue(mc[1] > 0 && mc[1] < 0.02, "standard error " + mc[1]);
        assertEquals(exact, mc[0], 4 * mc[1]);
    }

    @Test
    void logDensityIsTheSumOfOneDimensionalNormalLogDensities() {
        double[] x = {0.1, 0.2, 0.3};
        double expected = 0;
        for (int j = 0; j < 3; j++) {
            double s = Math.sqrt(Math.exp(LOG_VAR[j]));
            double z = (x[j] - MU[j]) / s;
            expected += Math.log(Math.exp(-0.5 * z * z) / (s * Math.sqrt(2 * Math.PI)));
        }
        assertEquals(expected, DiagonalGaussian.logDensity(x, MU, LOG_VAR), 1e-12);
    }

    @Test
    void reparameterisedSamplesHaveTheRequestedMeanAndVariance() {
        Random rng = new Random(7);
        int n = 100_000;
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++) {
            double z = DiagonalGaussian.reparameterize(new double[] {1.5}, new double[] {Math.log(0.25)},
                    new double[] {rng.nextGaussian()})[0];
            sum += z;
            sumSq += z * z;
        }
        double mean = sum / n;
        assertEquals(1.5, mean, 0.01);
        assertEquals(0.25, sumSq / n - mean * mean, 0.01);
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> DiagonalGaussian.klToStandardNormal(new double[2], new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> DiagonalGaussian.klMonteCarlo(MU, LOG_VAR, MU, LOG_VAR, 0, new Random(1)));
    }
}

package roadmap.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class McmcDiagnosticsTest {

    private static double[] ar1(Random rng, int n, double phi) {
        double[] x = new double[n];
        double sd = Math.sqrt(1 - phi * phi);
        x[0] = rng.nextGaussian();
        for (int i = 1; i < n; i++) {
            x[i] = phi * x[i - 1] + sd * rng.nextGaussian();
        }
        return x;
    }

    @Test
    void independentDrawsAreWorthThemselves() {
        Random rng = new Random(1);
        double[][] chains = {ar1(rng, 5000, 0), ar1(rng, 5000, 0), ar1(rng, 5000, 0), ar1(rng, 5000, 0)};
        double ess = McmcDiagnostics.effectiveSampleSize(chains);
        assertEquals(20_000, ess, 2_000);
        assertEquals(1.0, McmcDiagnostics.rHat(chains), 0.005);
        assertEquals(Math.sqrt(1.0 / 20_000), McmcDiagnostics.monteCarloError(chains), 0.0008);
    }

    @Test
    void anAutoregressiveChainHasTheKnownEffectiveSize() {
        // AR(1) with coefficient φ: integrated autocorrelation time (1 + φ)/(1 − φ)
        double phi = 0.9;
        Random rng = new Random(2);
        double[] chain = ar1(rng, 200_000, phi);
        double expected = 200_000 * (1 - phi) / (1 + phi);
        assertEquals(expected, McmcDiagnostics.effectiveSampleSize(chain), 0.1 * expected);
        assertEquals(phi, McmcDiagnostics.autocorrelation(chain, 3)[1], 0.01);
        assertEquals(phi * phi, McmcDiagnostics.autocorrelation(chain, 3)[2], 0.015);
    }

    @Test
    void stuckOrDriftingChainsHaveALargeRHat() {
        Random rng = new Random(3);
        double[] a = ar1(rng, 2000, 0.5);
        double[] b = ar1(rng, 2000, 0.5);
        for (int i = 0; i < b.length; i++) {
            b[i] += 3;                           // a chain stuck in another mode
        }
        assertTrue(McmcDiagnostics.rHat(new double[][] {a, b}) > 1.5);
        double[] drift = new double[2000];
        for (int i = 0; i < drift.length; i++) {
            drift[i] = i / 200.0 + 0.1 * rng.nextGaussian();   // one chain that never settles
        }
        assertTrue(McmcDiagnostics.rHat(new double[][] {drift}) > 1.5);
        assertTrue(McmcDiagnostics.effectiveSampleSize(drift) < 50);
    }

    @Test
    void rejectsRaggedOrTinyInput() {
        assertThrows(IllegalArgumentException.class,
                () -> McmcDiagnostics.rHat(new double[][] {{1, 2, 3, 4}, {1, 2, 3}}));
        assertThrows(IllegalArgumentException.class, () -> McmcDiagnostics.effectiveSampleSize(new double[] {1, 2}));
        assertEquals(5, McmcDiagnostics.pooled(new double[][] {{1, 2}, {3, 4, 5}}).length);
    }
}

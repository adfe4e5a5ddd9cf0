package roadmap.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.math.MathEx;
import smile.stat.distribution.ExponentialDistribution;
import smile.stat.distribution.GaussianDistribution;

class SamplingTest {

    @Test
    void exponentialMatchesSmileDistribution() {
        int n = 20000;
        double[] x = Sampling.exponential(new Random(6), n, 2.0);
        ExponentialDistribution exp = new ExponentialDistribution(2.0);
        assertEquals(exp.mean(), Sampling.mean(x), 5 * exp.sd() / Math.sqrt(n));
        // the KS distance of a correct model is O(1/sqrt(n)); 1.95/sqrt(n) is its 0.1% critical value
        assertTrue(Sampling.ksDistance(x, exp::cdf) < 1.95 / Math.sqrt(n));
        assertTrue(Sampling.ksDistance(x, new ExponentialDistribution(1.0)::cdf) > 0.2);
    }

    @Test
    void momentsMatchReferences() {
        double[] x = Sampling.gaussian(new Random(7), 5000, 1.0, 3.0);
        assertEquals(MathEx.mean(x), Sampling.mean(x), 1e-12);
        assertEquals(MathEx.var(x), Sampling.variance(x), 1e-9);
        assertEquals(0.0, Sampling.skewness(new double[] {-2, -1, 0, 1, 2}), 1e-15);
        // {0, 0, 3}: m2 = 2, m3 = 2, skewness = 2 / 2^1.5
        assertEquals(1 / Math.sqrt(2), Sampling.skewness(new double[] {0, 0, 3}), 1e-15);
    }

    @Test
    void ksDistanceByHand() {
        // one sample at 0 against N(0,1): the empirical CDF jumps from 0 to 1 where F = 0.5
        assertEquals(0.5, Sampling.ksDistance(new double[] {0.0}, new GaussianDistribution(0, 1)::cdf), 1e-15);
    }

    @Test
    void bernoulliFrequency() {
        int[] x = Sampling.bernoulli(new Random(8), 10000, 0.3);
        double freq = Arrays.stream(x).average().orElseThrow();
        assertEquals(0.3, freq, 5 * Math.sqrt(0.3 * 0.7 / 10000));
    }

    @Test
    void histogramIsADensity() {
        double[] u = new double[1000];
        Random rng = new Random(9);
        for (int i = 0; i < u.length; i++) {
            u[i] = rng.nextDouble() * 2;
        }
        Histogram h = Histogram.of(u, 0, 2, 4);
        assertEquals(1.0, h.integral(), 1e-12);
        assertArrayEquals(new double[] {0.25, 0.75, 1.25, 1.75}, h.centers(), 1e-15);
        assertEquals(1000, Arrays.stream(h.counts()).sum());
        Histogram half = Histogram.of(u, 0, 1, 5);
        assertEquals(Arrays.stream(u).filter(v -> v < 1).count() / 1000.0, half.integral(), 1e-12);
        assertEquals(8, h.stepX().length);
        assertEquals(h.density()[3], h.stepY()[7], 0.0);
    }

    @Test
    void covarianceAndCorrelationMatchSmileAndHandValues() {
        // x = (1, 2, 3), y = (2, 4, 7): deviations (-1, 0, 1) and (-7/3, -1/3, 8/3); cov = (7/3 + 8/3) / 2
        double[] x = {1, 2, 3};
        double[] y = {2, 4, 7};
        assertEquals(2.5, Sampling.covariance(x, y), 1e-15);
        assertEquals(2.5 / Math.sqrt(1.0 * 19.0 / 3), Sampling.correlation(x, y), 1e-15);
        Random rng = new Random(8);
        double[] a = Sampling.gaussian(rng, 500, 0, 1);
        double[] b = Arrays.stream(a).map(v -> -2 * v + rng.nextGaussian()).toArray();
        assertEquals(MathEx.cov(a, b), Sampling.covariance(a, b), 1e-12);
        assertEquals(MathEx.cor(a, b), Sampling.correlation(a, b), 1e-12);
        assertEquals(Sampling.variance(a), Sampling.covariance(a, a), 1e-12);
        assertEquals(-1.0, Sampling.correlation(a, Arrays.stream(a).map(v -> 3 - 4 * v).toArray()), 1e-12);
    }

    @Test
    void covarianceRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Sampling.covariance(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Sampling.correlation(new double[] {1, 1}, new double[] {1, 2}));
    }
}

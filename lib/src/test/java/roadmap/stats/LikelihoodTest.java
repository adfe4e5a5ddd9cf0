package roadmap.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.math.MathEx;
import smile.stat.distribution.BernoulliDistribution;
import smile.stat.distribution.GaussianDistribution;

class LikelihoodTest {

    @Test
    void gaussianMatchesSmileLogDensity() {
        double[] x = Sampling.gaussian(new Random(10), 50, 2, 1.5);
        GaussianDistribution g = new GaussianDistribution(1.7, 1.2);
        double expected = 0;
        for (double v : x) {
            expected += g.logp(v);
        }
        assertEquals(expected, Likelihood.gaussian(x, 1.7, 1.2), 1e-9);
    }

    @Test
    void bernoulliMatchesSmileLogMass() {
        int[] x = {1, 0, 0, 1, 1, 1, 0};
        BernoulliDistribution b = new BernoulliDistribution(0.3);
        double expected = 0;
        for (int v : x) {
            expected += b.logp(v);
        }
        assertEquals(expected, Likelihood.bernoulli(x, 0.3), 1e-12);
        assertEquals(0.0, Likelihood.bernoulli(new int[] {1, 1}, 1.0), 0.0);
    }

    @Test
    void closedFormMlesMaximiseNumerically() {
        int[] coin = Sampling.bernoulli(new Random(11), 300, 0.7);
        double pHat = Likelihood.goldenSectionMax(p -> Likelihood.bernoulli(coin, p), 1e-9, 1 - 1e-9, 1e-10);
        assertEquals(Likelihood.bernoulliMle(coin), pHat, 1e-8);

        double[] x = Sampling.gaussian(new Random(12), 400, -1, 2);
        double[] mle = Likelihood.gaussianMle(x);
        assertEquals(MathEx.mean(x), mle[0], 1e-12);
        assertEquals(Math.sqrt(MathEx.var(x) * (x.length - 1) / x.length), mle[1], 1e-12);
        double sigmaHat = Likelihood.goldenSectionMax(s -> Likelihood.gaussian(x, mle[0], s), 0.1, 10, 1e-10);
        assertEquals(mle[1], sigmaHat, 1e-7);
        double muHat = Likelihood.goldenSectionMax(m -> Likelihood.gaussian(x, m, mle[1]), -10, 10, 1e-10);
        assertEquals(mle[0], muHat, 1e-7);
    }

    @Test
    void goldenSectionOnAParabola() {
        assertEquals(2.5, Likelihood.goldenSectionMax(t -> -(t - 2.5) * (t - 2.5), -10, 10, 1e-12), 1e-9);
        assertArrayEquals(new double[] {0.5, 0.5}, Likelihood.gaussianMle(new double[] {0, 1}), 1e-15);
    }
}

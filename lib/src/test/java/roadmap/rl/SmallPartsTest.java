package roadmap.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void replayBufferOverwritesTheOldestAndSamplesWhatItHolds() {
        ReplayBuffer b = new ReplayBuffer(3);
        assertThrows(IllegalStateException.class, () -> b.sample(1, new Random(1)));
        for (int i = 0; i < 5; i++) {
            b.add(new double[] {i}, i % 2, i, new double[] {i + 1}, i == 4);
        }
        assertEquals(3, b.size());
        Set<Double> seen = new HashSet<>();
        ReplayBuffer.Batch batch = b.sample(200, new Random(2));
        for (int i = 0; i < 200; i++) {
            double s = batch.states()[i][0];
            seen.add(s);
            assertEquals(s, batch.rewards()[i]);
            assertEquals(s + 1, batch.nextStates()[i][0]);
            assertEquals((int) s % 2, batch.actions()[i]);
            assertEquals(s == 4, batch.terminal()[i]);
        }
        assertEquals(Set.of(2.0, 3.0, 4.0), seen);
    }

    @Test
    void epsilonFallsLinearlyThenStays() {
        EpsilonSchedule e = new EpsilonSchedule(1.0, 0.1, 100);
        assertEquals(1.0, e.at(0), 1e-15);
        assertEquals(0.55, e.at(50), 1e-15);
        assertEquals(0.1, e.at(100), 1e-15);
        assertEquals(0.1, e.at(10_000), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new EpsilonSchedule(1.2, 0.1, 10));
    }

    @Test
    void movingAverageAndBestWindow() {
        double[] x = {1, 2, 3, 4, 10};
        assertArrayEquals(new double[] {1, 1.5, 2, 3, 17.0 / 3}, Curves.movingAverage(x, 3), 1e-12);
        assertEquals(17.0 / 3, Curves.bestWindowMean(x, 3), 1e-12);
        assertTrue(Double.isNaN(Curves.bestWindowMean(x, 6)));
        assertEquals(4, Curves.mean(x), 1e-12);
    }

    @Test
    void ppoClipsOnlyInTheDirectionTheAdvantageRewards() {
        double eps = 0.2;
        assertEquals(1.2 * 2, Ppo.clippedTerm(1.5, 2, eps), 1e-12);   // good action pushed too far
        assertEquals(0.5 * 2, Ppo.clippedTerm(0.5, 2, eps), 1e-12);   // made less likely: not clipped
        assertEquals(0.8 * -1, Ppo.clippedTerm(0.5, -1, eps), 1e-12); // bad action cut too far
        assertEquals(1.5 * -1, Ppo.clippedTerm(1.5, -1, eps), 1e-12); // made more likely: not clipped
        assertEquals(0, Ppo.clippedGradient(1.5, 2, eps));
        assertEquals(2, Ppo.clippedGradient(0.5, 2, eps));
        assertEquals(-1, Ppo.clippedGradient(1.5, -1, eps));
        double h = 1e-6;
        for (double r : new double[] {0.5, 0.9, 1.1, 1.5}) {
            for (double adv : new double[] {-1, 2}) {
                double numeric = (Ppo.clippedTerm(r + h, adv, eps) - Ppo.clippedTerm(r - h, adv, eps)) / (2 * h);
                assertEquals(numeric, Ppo.clippedGradient(r, adv, eps), 1e-6);
            }
        }
        assertEquals((2.4 + 1.0 - 0.8 - 1.5) / 4,
                Ppo.clippedObjective(new double[] {1.5, 0.5, 0.5, 1.5}, new double[] {2, 2, -1, -1}, eps), 1e-12);
        assertEquals(Math.exp(0.3), Ppo.ratio(-1.2, -1.5), 1e-12);
    }
}

package roadmap.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DqnTest {

    private static Dqn.Config config(int episodes, long seed) {
        return new Dqn.Config(new int[] {64}, 0.99, 1e-3, 64, 20_000, 500, 200,
                new EpsilonSchedule(1.0, 0.05, 5000), episodes, 1_000_000, 100, Double.POSITIVE_INFINITY, seed);
    }

    @Test
    void targetsBootstrapExceptAtTermination() {
        QNetwork target = QNetwork.create(new int[] {4, 8, 2}, 1);
        double[] s1 = {0.1, 0, 0, 0};
        ReplayBuffer b = new ReplayBuffer(2);
        b.add(new double[4], 0, 1.0, s1, false);
        ReplayBuffer.Batch one = b.sample(1, new java.util.Random(0));
        double[] q1 = target.predict(s1);
        assertEquals(1.0 + 0.9 * Math.max(q1[0], q1[1]), Dqn.targets(target, one, 0.9)[0], 1e-12);
        ReplayBuffer t = new ReplayBuffer(1);
        t.add(new double[4], 0, 1.0, s1, true);
        assertEquals(1.0, Dqn.targets(target, t.sample(1, new java.util.Random(0)), 0.9)[0], 1e-12);
    }

    @Test
    void trainingIsReproducibleForASeed() {
        Dqn.Result a = Dqn.train(config(15, 3));
        Dqn.Result b = Dqn.train(config(15, 3));
        assertArrayEquals(a.returns(), b.returns());
        assertEquals(15, a.returns().length);
        assertEquals(1.0, a.epsilons()[0], 1e-12);
    }

    @Test
    void learnsToBalanceFarBetterThanRandom() {
        Dqn.Result r = Dqn.train(config(150, 1));
        double random = Curves.mean(Dqn.randomReturns(100, 5));
        double greedy = Curves.mean(Dqn.play(r.network()::greedyAction, 20, 6));
        assertTrue(random < 30, "random policy mean " + random);
        assertTrue(greedy > 3 * random, "greedy " + greedy + " vs random " + random);
    }
}

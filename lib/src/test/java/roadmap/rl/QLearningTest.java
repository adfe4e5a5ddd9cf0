package roadmap.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QLearningTest {

    @Test
    void updateMovesTowardsTheSampledTarget() {
        double[][] q = {{0.5, 0}, {2, 3}};
        double td = QLearning.update(q, 0, 0, 1.0, 1, false, 0.5, 0.9);
        assertEquals(1.0 + 0.9 * 3 - 0.5, td, 1e-12);
        assertEquals(0.5 + 0.5 * td, q[0][0], 1e-12);
        double tdEnd = QLearning.update(q, 0, 1, 1.0, 1, true, 1.0, 0.9);
        assertEquals(1.0, tdEnd, 1e-12);
        assertEquals(1.0, q[0][1], 1e-12);
    }

    @Test
    void convergesToValueIterationsQStar() {
        GridWorld g = GridWorld.russellNorvig();
        ValueIteration.Result exact = ValueIteration.solve(g, 0.9, 1e-12, 10_000);
        QLearning.Result r = QLearning.learn(g, new QLearning.Config(0.9, 1_000_000, 0.5, 0.8, 100, 7),
                exact.q(), 10);
        double err = r.errors()[r.errors().length - 1];
        assertTrue(err < 0.05, "max |Q - Q*| = " + err);
        assertTrue(r.errors()[0] > err, "the error fell");
        assertArrayEquals(exact.v(), ValueIteration.policyValue(g, ValueIteration.greedy(r.q()), 0.9), 1e-9);
        assertEquals(1_000_000, r.checkSteps()[9]);
    }

    @Test
    void sameSeedSameResult() {
        GridWorld g = GridWorld.russellNorvig();
        QLearning.Config c = new QLearning.Config(0.9, 5000, 0.2, 0.8, 50, 1);
        assertArrayEquals(QLearning.learn(g, c, null, 0).q()[0], QLearning.learn(g, c, null, 0).q()[0]);
    }

    @Test
    void rejectsBadConfigs() {
        assertThrows(IllegalArgumentException.class, () -> new QLearning.Config(1.0, 10, 0.1, 0.8, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new QLearning.Config(0.9, 10, 0.1, 0.5, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new QLearning.Config(0.9, 10, 1.1, 0.8, 10, 1));
    }
}

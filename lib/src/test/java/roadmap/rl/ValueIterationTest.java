package roadmap.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueIterationTest {

    @Test
    void deterministicCorridorHasDiscountedValues() {
        GridWorld g = new GridWorld(new String[] {"S..G"}, 0, 1, -1, 0);
        ValueIteration.Result r = ValueIteration.solve(g, 0.9, 1e-12, 1000);
        assertEquals(0.81, r.v()[0], 1e-9);
        assertEquals(0.9, r.v()[1], 1e-9);
        assertEquals(1.0, r.v()[2], 1e-9);
        assertEquals(0.0, r.v()[3], 0);
        assertEquals(GridWorld.RIGHT, r.policy()[0]);
    }

    @Test
    void reproducesRussellAndNorvigsUtilities() {
        // AIMA (3rd ed.) fig. 17.3: utilities of the 4x3 world with R = -0.04 and gamma = 1. The book
        // charges R(s) in every non-terminal state including the start; this world charges -0.04 on
        // entering one, so its values are the book's + 0.04.
        GridWorld g = GridWorld.russellNorvig();
        ValueIteration.Result r = ValueIteration.solve(g, 1.0, 1e-10, 10_000);
        double[][] book = {{0.812, 0.868, 0.918}, {0.762, Double.NaN, 0.660}, {0.705, 0.655, 0.611, 0.388}};
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < book[row].length; col++) {
                if (!Double.isNaN(book[row][col])) {
                    assertEquals(book[row][col], r.v()[g.stateAt(row, col)] - 0.04, 0.0015, "cell " + row + "," + col);
                }
            }
        }
    }

    @Test
    void optimalValuesAreTheValueOfTheGreedyPolicy() {
        GridWorld g = GridWorld.russellNorvig();
        ValueIteration.Result r = ValueIteration.solve(g, 0.9, 1e-12, 10_000);
        assertArrayEquals(r.v(), ValueIteration.policyValue(g, r.policy(), 0.9), 1e-9);
        double[][] q = ValueIteration.backup(g, r.v(), 0.9);
        for (int s = 0; s < g.states(); s++) {
            for (int a = 0; a < 4; a++) {
                assertTrue(q[s][a] <= r.v()[s] + 1e-9);
            }
        }
        int[] bad = r.policy().clone();
        bad[g.start()] = GridWorld.LEFT;
        assertTrue(ValueIteration.policyValue(g, bad, 0.9)[g.start()] < r.v()[g.start()] - 0.01);
    }

    @Test
    void residualsShrinkByAtLeastGamma() {
        ValueIteration.Result r = ValueIteration.solve(GridWorld.russellNorvig(), 0.9, 1e-10, 10_000);
        double[] res = r.residuals();
        for (int i = 1; i < res.length; i++) {
            assertTrue(res[i] <= 0.9 * res[i - 1] + 1e-15, "sweep " + i);
        }
        assertEquals(res.length, r.sweeps());
    }

    @Test
    void rejectsBadSettings() {
        GridWorld g = GridWorld.russellNorvig();
        assertThrows(IllegalArgumentException.class, () -> ValueIteration.solve(g, 1.5, 1e-6, 10));
        assertThrows(IllegalArgumentException.class, () -> ValueIteration.solve(g, 0.9, 0, 10));
        assertThrows(IllegalStateException.class, () -> ValueIteration.solve(g, 0.9, 1e-12, 3));
    }
}

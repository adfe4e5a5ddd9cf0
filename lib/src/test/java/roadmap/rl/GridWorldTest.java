package roadmap.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GridWorldTest {

    @Test
    void probabilitiesSumToOneAndTerminalsHaveNoMoves() {
        GridWorld g = GridWorld.russellNorvig();
        assertEquals(11, g.states());
        for (int s = 0; s < g.states(); s++) {
            for (int a = 0; a < 4; a++) {
                List<GridWorld.Transition> ts = g.transitions(s, a);
                if (g.isTerminal(s)) {
                    assertTrue(ts.isEmpty());
                } else {
                    assertEquals(1.0, ts.stream().mapToDouble(GridWorld.Transition::probability).sum(), 1e-12);
                }
            }
        }
    }

    @Test
    void wallsAndEdgesKeepTheAgentInPlace() {
        GridWorld g = GridWorld.russellNorvig();
        int start = g.start();
        assertEquals(2, g.row(start));
        assertEquals(0, g.col(start));
        List<GridWorld.Transition> left = g.transitions(start, GridWorld.LEFT);
        // intended left: off the grid (stay); slips: up to (1,0), down off the grid (stay)
        assertEquals(start, left.get(0).next());
        assertEquals(0.8, left.get(0).probability(), 1e-12);
        assertEquals(g.stateAt(1, 0), left.get(1).next());
        assertEquals(start, left.get(2).next());
        int belowWall = g.stateAt(2, 1);
        assertEquals(belowWall, g.transitions(belowWall, GridWorld.UP).get(0).next());
        assertEquals(-1, g.stateAt(1, 1));
    }

    @Test
    void rewardsForGoalPitAndSteps() {
        GridWorld g = GridWorld.russellNorvig();
        GridWorld.Transition toGoal = g.transitions(g.stateAt(0, 2), GridWorld.RIGHT).get(0);
        assertEquals(g.stateAt(0, 3), toGoal.next());
        assertEquals(1.0, toGoal.reward());
        assertTrue(toGoal.terminal());
        GridWorld.Transition toPit = g.transitions(g.stateAt(2, 3), GridWorld.UP).get(0);
        assertEquals(-1.0, toPit.reward());
        assertTrue(toPit.terminal());
        GridWorld.Transition plain = g.transitions(g.start(), GridWorld.RIGHT).get(0);
        assertEquals(-0.04, plain.reward());
        assertFalse(plain.terminal());
    }

    @Test
    void samplingFollowsTheModel() {
        GridWorld g = GridWorld.russellNorvig();
        Random rng = new Random(3);
        int n = 100_000;
        int intended = 0;
        for (int i = 0; i < n; i++) {
            if (g.step(g.start(), GridWorld.UP, rng).next() == g.stateAt(1, 0)) {
                intended++;
            }
        }
        assertEquals(0.8, intended / (double) n, 4 * Math.sqrt(0.8 * 0.2 / n));
        assertThrows(IllegalStateException.class, () -> g.step(g.stateAt(0, 3), 0, rng));
    }

    @Test
    void badMapsAreRejectedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GridWorld(new String[] {"S.x"}, 0, 1, -1, 0));
        assertTrue(e.getMessage().contains("'x'"));
        assertThrows(IllegalArgumentException.class, () -> new GridWorld(new String[] {"..G"}, 0, 1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new GridWorld(new String[] {"S.", "."}, 0, 1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new GridWorld(new String[] {"SG"}, 0, 1, -1, 1.5));
    }

    @Test
    void renderDrawsArrowsWallsAndTerminals() {
        GridWorld g = GridWorld.russellNorvig();
        int[] right = new int[g.states()];
        java.util.Arrays.fill(right, GridWorld.RIGHT);
        assertEquals("→ → → G\n→ # → P\n→ → → →\n", g.render(right));
    }
}

package roadmap.rl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A grid world: a finite Markov decision process whose states are the free cells of a grid and
 * whose four actions try to move up, right, down or left.
 *
 * <p>The map is given as rows of characters: {@code .} a free cell, {@code S} the start (free),
 * {@code #} a wall, {@code G} a goal and {@code P} a pit (both terminal). A move succeeds with
 * probability {@code 1 − slip}; with probability {@code slip / 2} each the agent slips to one of
 * the two perpendicular directions. A move into a wall or off the grid leaves the agent where it
 * is. Entering a goal pays {@code goalReward}, entering a pit {@code pitReward}, every other move
 * {@code stepReward}. Terminal states have no transitions: their value is 0.
 *
 * <p>States are numbered row by row over the non-wall cells.
 */
public final class GridWorld {

    /** Action index: move up (towards row 0). */
    public static final int UP = 0;
    /** Action index: move right. */
    public static final int RIGHT = 1;
    /** Action index: move down. */
    public static final int DOWN = 2;
    /** Action index: move left. */
    public static final int LEFT = 3;
    private static final int[] DR = {-1, 0, 1, 0};
    private static final int[] DC = {0, 1, 0, -1};
    private static final String ARROWS = "↑→↓←";

    /**
     * One possible outcome of taking an action.
     *
     * @param probability its probability
     * @param next        the next state
     * @param reward      the reward received
     * @param terminal    whether the next state ends the episode
     */
    public record Transition(double probability, int next, double reward, boolean terminal) {
    }

    private final char[][] grid;
    private final int[][] stateOf;
    private final int[] rowOf;
    private final int[] colOf;
    private final int start;
    private final double stepReward;
    private final double goalReward;
    private final double pitReward;
    private final double slip;

    /**
     * @param rows       the map, all rows of equal length, exactly one {@code S}
     * @param stepReward reward of a move that does not end in a goal or pit
     * @param goalReward reward for entering a goal
     * @param pitReward  reward for entering a pit
     * @param slip       probability of moving perpendicular to the intended direction, in [0, 1]
     * @throws IllegalArgumentException for a malformed map or a slip outside [0, 1]
     */
    public GridWorld(String[] rows, double stepReward, double goalReward, double pitReward, double slip) {
        if (rows == null || rows.length == 0 || rows[0].isEmpty()) {
            throw new IllegalArgumentException("a grid world needs at least one non-empty row");
        }
        if (!(slip >= 0 && slip <= 1)) {
            throw new IllegalArgumentException("slip must be in [0, 1], got " + slip);
        }
        int h = rows.length;
        int w = rows[0].length();
        grid = new char[h][];
        stateOf = new int[h][w];
        List<int[]> cells = new ArrayList<>();
        int s0 = -1;
        for (int r = 0; r < h; r++) {
            if (rows[r].length() != w) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length()
                        + " cells, row 0 has " + w);
            }
            grid[r] = rows[r].toCharArray();
            for (int c = 0; c < w; c++) {
                char k = grid[r][c];
                if ("SGP.#".indexOf(k) < 0) {
                    throw new IllegalArgumentException("unknown cell '" + k + "' at row " + r + ", column " + c);
                }
                if (k == '#') {
                    stateOf[r][c] = -1;
                    continue;
                }
                if (k == 'S') {
                    if (s0 >= 0) {
                        throw new IllegalArgumentException("the map has more than one start S");
                    }
                    s0 = cells.size();
                }
                stateOf[r][c] = cells.size();
                cells.add(new int[] {r, c});
            }
        }
        if (s0 < 0) {
            throw new IllegalArgumentException("the map has no start S");
        }
        rowOf = new int[cells.size()];
        colOf = new int[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            rowOf[i] = cells.get(i)[0];
            colOf[i] = cells.get(i)[1];
        }
        this.start = s0;
        this.stepReward = stepReward;
        this.goalReward = goalReward;
        this.pitReward = pitReward;
        this.slip = slip;
    }

    /**
     * The 4 × 3 world of Russell and Norvig's <i>Artificial Intelligence: A Modern Approach</i>
     * (ch. 17): goal +1 top right, pit −1 below it, a wall in the middle, start bottom left, every
     * other move −0.04, the intended move with probability 0.8 and each perpendicular one 0.1.
     *
     * @return the world
     */
    public static GridWorld russellNorvig() {
        return new GridWorld(new String[] {"...G", ".#.P", "S..."}, -0.04, 1.0, -1.0, 0.2);
    }

    /** @return the number of states (non-wall cells, terminal ones included) */
    public int states() {
        return rowOf.length;
    }

    /** @return the number of actions, 4 */
    public int actions() {
        return 4;
    }

    /** @return the start state */
    public int start() {
        return start;
    }

    /** @return the grid's number of rows */
    public int height() {
        return grid.length;
    }

    /** @return the grid's number of columns */
    public int width() {
        return grid[0].length;
    }

    /**
     * @param s a state
     * @return its row
     */
    public int row(int s) {
        return rowOf[s];
    }

    /**
     * @param s a state
     * @return its column
     */
    public int col(int s) {
        return colOf[s];
    }

    /**
     * @param row a row
     * @param col a column
     * @return the state in that cell, or −1 for a wall
     */
    public int stateAt(int row, int col) {
        return stateOf[row][col];
    }

    /**
     * @param s a state
     * @return whether it is a goal or a pit
     */
    public boolean isTerminal(int s) {
        char k = grid[rowOf[s]][colOf[s]];
        return k == 'G' || k == 'P';
    }

    /**
     * The model p(s', r | s, a): every outcome of an action with its probability.
     *
     * @param s a state
     * @param a an action, 0–3
     * @return the outcomes (probabilities sum to 1), empty for a terminal state
     */
    public List<Transition> transitions(int s, int a) {
        checkAction(a);
        if (isTerminal(s)) {
            return Collections.emptyList();
        }
        List<Transition> out = new ArrayList<>(3);
        add(out, s, a, 1 - slip);
        add(out, s, (a + 1) % 4, slip / 2);
        add(out, s, (a + 3) % 4, slip / 2);
        return out;
    }

    private void add(List<Transition> out, int s, int dir, double p) {
        if (p == 0) {
            return;
        }
        int r = rowOf[s] + DR[dir];
        int c = colOf[s] + DC[dir];
        int next = s;
        if (r >= 0 && r < grid.length && c >= 0 && c < grid[0].length && stateOf[r][c] >= 0) {
            next = stateOf[r][c];
        }
        char k = grid[rowOf[next]][colOf[next]];
        double reward = k == 'G' ? goalReward : k == 'P' ? pitReward : stepReward;
        out.add(new Transition(p, next, reward, k == 'G' || k == 'P'));
    }

    /**
     * Samples one outcome of an action, as an agent that does not know the model experiences it.
     *
     * @param s   a non-terminal state
     * @param a   an action
     * @param rng the random source
     * @return the sampled outcome
     */
    public Transition step(int s, int a, Random rng) {
        List<Transition> ts = transitions(s, a);
        if (ts.isEmpty()) {
            throw new IllegalStateException("state " + s + " is terminal: the episode is over");
        }
        double u = rng.nextDouble();
        for (Transition t : ts) {
            u -= t.probability();
            if (u < 0) {
                return t;
            }
        }
        return ts.get(ts.size() - 1);
    }

    /**
     * Draws a policy on the grid: an arrow per non-terminal state, {@code #} for walls, {@code G}
     * and {@code P} for the terminal cells.
     *
     * @param policy an action per state
     * @return one line per row
     */
    public String render(int[] policy) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                int s = stateOf[r][c];
                char k = grid[r][c];
                sb.append(s < 0 ? '#' : isTerminal(s) ? k : ARROWS.charAt(policy[s]));
                sb.append(c + 1 < grid[r].length ? " " : "");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void checkAction(int a) {
        if (a < 0 || a > 3) {
            throw new IllegalArgumentException("actions are 0 (up) to 3 (left), got " + a);
        }
    }
}

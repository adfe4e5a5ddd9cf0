package roadmap.rl;

import java.util.Random;

/**
 * Experience replay (Lin, 1992; Mnih et al., 2015): a fixed-capacity ring buffer of transitions
 * {@code (s, a, r, s', terminal)} from which training batches are drawn uniformly at random.
 *
 * <p>Consecutive steps of one episode are strongly correlated; sampling from many past episodes
 * makes a batch closer to independent draws, and every transition can be learned from many times.
 * When the buffer is full the oldest transition is overwritten.
 */
public final class ReplayBuffer {

    /**
     * A batch of transitions, row {@code i} of every array belonging to transition {@code i}.
     *
     * @param states     the states s
     * @param actions    the actions a
     * @param rewards    the rewards r
     * @param nextStates the next states s'
     * @param terminal   whether s' ended the episode by termination (not by truncation)
     */
    public record Batch(double[][] states, int[] actions, double[] rewards, double[][] nextStates,
                        boolean[] terminal) {
    }

    private final double[][] states;
    private final int[] actions;
    private final double[] rewards;
    private final double[][] nextStates;
    private final boolean[] terminal;
    private int size;
    private int next;

    /**
     * @param capacity the most transitions kept, at least 1
     */
    public ReplayBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        states = new double[capacity][];
        actions = new int[capacity];
        rewards = new double[capacity];
        nextStates = new double[capacity][];
        terminal = new boolean[capacity];
    }

    /**
     * Stores a transition, overwriting the oldest when full.
     *
     * @param s        the state
     * @param a        the action
     * @param r        the reward
     * @param sNext    the next state
     * @param isTerminal whether the episode terminated in {@code sNext} (a truncated episode did not:
     *                 its next state still has a future)
     */
    public void add(double[] s, int a, double r, double[] sNext, boolean isTerminal) {
        states[next] = s.clone();
        actions[next] = a;
        rewards[next] = r;
        nextStates[next] = sNext.clone();
        terminal[next] = isTerminal;
        next = (next + 1) % states.length;
        size = Math.min(size + 1, states.length);
    }

    /** @return the number of stored transitions */
    public int size() {
        return size;
    }

    /** @return the capacity */
    public int capacity() {
        return states.length;
    }

    /**
     * Draws a batch uniformly with replacement.
     *
     * @param n   the batch size
     * @param rng the random source
     * @return the batch (the state arrays are shared with the buffer: do not change them)
     * @throws IllegalStateException when the buffer is empty
     */
    public Batch sample(int n, Random rng) {
        if (size == 0) {
            throw new IllegalStateException("cannot sample from an empty replay buffer");
        }
        Batch b = new Batch(new double[n][], new int[n], new double[n], new double[n][], new boolean[n]);
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(size);
            b.states()[i] = states[k];
            b.actions()[i] = actions[k];
            b.rewards()[i] = rewards[k];
            b.nextStates()[i] = nextStates[k];
            b.terminal()[i] = terminal[k];
        }
        return b;
    }
}

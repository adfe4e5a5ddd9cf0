package roadmap.rl;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import roadmap.train.Progress;

/**
 * Deep Q-learning (Mnih et al., 2015) on {@link CartPole}: a {@link QNetwork} estimates Q(s, ·),
 * the agent acts ε-greedily with ε from an {@link EpsilonSchedule}, stores every transition in a
 * {@link ReplayBuffer}, and after each step (once the buffer holds {@code warmup} transitions)
 * takes one Adam step on a random batch towards the targets
 * {@code y = r + γ max_a' Q_target(s', a')} ({@code y = r} when s' is terminal). The target
 * network {@code Q_target} is a copy of the online network refreshed every {@code targetSync}
 * steps, so the targets do not move with every update.
 */
public final class Dqn {

    private Dqn() {
    }

    /**
     * Settings of a training run.
     *
     * @param hidden         hidden layer sizes, e.g. {@code {64}}
     * @param gamma          the discount factor, in [0, 1)
     * @param learningRate   Adam's step size
     * @param batchSize      transitions per update
     * @param bufferCapacity the replay buffer's capacity
     * @param warmup         transitions collected before the first update
     * @param targetSync     steps between target-network refreshes
     * @param epsilon        the exploration schedule (per environment step)
     * @param maxEpisodes    the most episodes to run
     * @param maxSteps       the most environment steps in all (training stops after the episode
     *                       in which this is reached)
     * @param stopWindow     the window of the early-stopping rule
     * @param stopReturn     stop once the mean return of the last {@code stopWindow} episodes
     *                       reaches this (infinity: never)
     * @param seed           the seed of the environment, the exploration, the batches and the weights
     */
    public record Config(int[] hidden, double gamma, double learningRate, int batchSize, int bufferCapacity,
                         int warmup, int targetSync, EpsilonSchedule epsilon, int maxEpisodes,
                         long maxSteps, int stopWindow, double stopReturn, long seed) {
        /** Checks the ranges. */
        public Config {
            if (!(gamma >= 0 && gamma < 1)) {
                throw new IllegalArgumentException("gamma must be in [0, 1), got " + gamma);
            }
            if (batchSize < 1 || bufferCapacity < batchSize || warmup < batchSize || targetSync < 1
                    || maxEpisodes < 1 || maxSteps < 1 || stopWindow < 1) {
                throw new IllegalArgumentException("need batchSize >= 1, bufferCapacity and warmup >= "
                        + "batchSize, targetSync, maxEpisodes, maxSteps and stopWindow >= 1");
            }
            hidden = hidden.clone();
        }

        /**
         * @param episodes the new episode limit
         * @return this configuration with another episode limit
         */
        public Config withMaxEpisodes(int episodes) {
            return new Config(hidden, gamma, learningRate, batchSize, bufferCapacity, warmup, targetSync,
                    epsilon, episodes, maxSteps, stopWindow, stopReturn, seed);
        }

        /**
         * @param newSeed the new seed
         * @return this configuration with another seed
         */
        public Config withSeed(long newSeed) {
            return new Config(hidden, gamma, learningRate, batchSize, bufferCapacity, warmup, targetSync,
                    epsilon, maxEpisodes, maxSteps, stopWindow, stopReturn, newSeed);
        }
    }

    /**
     * The record of a training run.
     *
     * @param returns   the return of each training episode (ε-greedy behaviour)
     * @param epsilons  ε at the start of each episode
     * @param meanLoss  the mean batch loss during each episode (NaN before the first update)
     * @param steps     environment steps taken in all
     * @param network   the trained online network
     */
    public record Result(double[] returns, double[] epsilons, double[] meanLoss, long steps, QNetwork network) {
    }

    /**
     * The TD targets of a batch: {@code r + γ max_a' Q_target(s', a')}, or {@code r} for a
     * terminal s'.
     *
     * @param target the target network
     * @param batch  the transitions
     * @param gamma  the discount factor
     * @return one target per transition
     */
    public static double[] targets(QNetwork target, ReplayBuffer.Batch batch, double gamma) {
        double[] y = new double[batch.actions().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = batch.rewards()[i];
            if (!batch.terminal()[i]) {
                y[i] += gamma * ValueIteration.max(target.predict(batch.nextStates()[i]));
            }
        }
        return y;
    }

    /**
     * Trains a DQN agent on cart-pole.
     *
     * @param c the settings
     * @return the learning curve and the trained network
     */
    public static Result train(Config c) {
        CartPole env = new CartPole(c.seed());
        Random rng = new Random(c.seed() + 1);
        int[] sizes = new int[c.hidden().length + 2];
        sizes[0] = 4;
        System.arraycopy(c.hidden(), 0, sizes, 1, c.hidden().length);
        sizes[sizes.length - 1] = 2;
        QNetwork online = QNetwork.create(sizes, c.seed() + 2);
        QNetwork target = online.copy();
        ReplayBuffer buffer = new ReplayBuffer(c.bufferCapacity());
        List<double[]> rows = new ArrayList<>();
        long steps = 0;
        try (Progress progress = Progress.of("DQN episodes", c.maxEpisodes())) {
            for (int ep = 0; ep < c.maxEpisodes(); ep++) {
                double eps0 = c.epsilon().at(steps);
                double[] s = env.reset();
                double ret = 0;
                double lossSum = 0;
                int updates = 0;
                while (true) {
                    double eps = c.epsilon().at(steps);
                    int a = rng.nextDouble() < eps ? rng.nextInt(2) : online.greedyAction(s);
                    CartPole.Step st = env.step(a);
                    buffer.add(s, a, st.reward(), st.state(), st.terminated());
                    ret += st.reward();
                    steps++;
                    if (buffer.size() >= c.warmup()) {
                        ReplayBuffer.Batch b = buffer.sample(c.batchSize(), rng);
                        double[] y = targets(target, b, c.gamma());
                        lossSum += online.train(b.states(), b.actions(), y, c.learningRate());
                        updates++;
                    }
                    if (steps % c.targetSync() == 0) {
                        target.copyFrom(online);
                    }
                    s = st.state();
                    if (st.done()) {
                        break;
                    }
                }
                rows.add(new double[] {ret, eps0, updates == 0 ? Double.NaN : lossSum / updates});
                progress.step();
                progress.set("return", ret);
                if (steps >= c.maxSteps()
                        || rows.size() >= c.stopWindow() && recentMean(rows, c.stopWindow()) >= c.stopReturn()) {
                    break;
                }
            }
        }
        double[] returns = new double[rows.size()];
        double[] epsilons = new double[rows.size()];
        double[] losses = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            returns[i] = rows.get(i)[0];
            epsilons[i] = rows.get(i)[1];
            losses[i] = rows.get(i)[2];
        }
        return new Result(returns, epsilons, losses, steps, online);
    }

    private static double recentMean(List<double[]> rows, int window) {
        double s = 0;
        for (int i = rows.size() - window; i < rows.size(); i++) {
            s += rows.get(i)[0];
        }
        return s / window;
    }

    /**
     * Plays cart-pole episodes with a fixed policy and no learning.
     *
     * @param policy   the action for a state
     * @param episodes the number of episodes
     * @param seed     the seed of the start states
     * @return the return of each episode
     */
    public static double[] play(ToIntFunction<double[]> policy, int episodes, long seed) {
        CartPole env = new CartPole(seed);
        double[] returns = new double[episodes];
        for (int e = 0; e < episodes; e++) {
            double[] s = env.reset();
            while (true) {
                CartPole.Step st = env.step(policy.applyAsInt(s));
                returns[e] += st.reward();
                s = st.state();
                if (st.done()) {
                    break;
                }
            }
        }
        return returns;
    }

    /**
     * Returns of the uniformly random policy, the baseline any learner must beat.
     *
     * @param episodes the number of episodes
     * @param seed     the seed of the start states and the actions
     * @return the return of each episode
     */
    public static double[] randomReturns(int episodes, long seed) {
        Random rng = new Random(seed ^ 0x5DEECE66DL);
        return play(s -> rng.nextInt(2), episodes, seed);
    }
}

package roadmap.rl;

import java.util.Random;

/**
 * Tabular Q-learning (Watkins, 1989): learning optimal action values from sampled transitions
 * alone, without the model.
 *
 * <p>After each step {@code (s, a, r, s')} the estimate moves towards the sampled Bellman target:
 * {@code Q(s, a) ← Q(s, a) + α [r + γ max_a' Q(s', a') − Q(s, a)]} (the max term is 0 when
 * {@code s'} is terminal). The behaviour is ε-greedy, but the target uses the greedy action:
 * Q-learning is <i>off-policy</i>, it learns Q* whatever exploring policy produced the data, as
 * long as every state–action pair keeps being tried and the step sizes of each pair satisfy
 * {@code Σ α = ∞, Σ α² < ∞}. Here pair {@code (s, a)}'s n-th update uses {@code α = n^(−ω)} with
 * {@code ω} in (0.5, 1].
 */
public final class QLearning {

    private QLearning() {
    }

    /**
     * Settings of a run.
     *
     * @param gamma      the discount factor, in [0, 1)
     * @param steps      the number of environment steps
     * @param epsilon    the probability of a uniformly random action
     * @param omega      the step-size exponent ω in (0.5, 1]
     * @param maxEpisode the most steps per episode before a restart
     * @param seed       the random seed
     */
    public record Config(double gamma, int steps, double epsilon, double omega, int maxEpisode, long seed) {
        /** Checks the ranges. */
        public Config {
            if (!(gamma >= 0 && gamma < 1)) {
                throw new IllegalArgumentException("gamma must be in [0, 1), got " + gamma);
            }
            if (steps < 1 || maxEpisode < 1) {
                throw new IllegalArgumentException("steps and maxEpisode must be >= 1");
            }
            if (!(epsilon >= 0 && epsilon <= 1)) {
                throw new IllegalArgumentException("epsilon must be in [0, 1], got " + epsilon);
            }
            if (!(omega > 0.5 && omega <= 1)) {
                throw new IllegalArgumentException("omega must be in (0.5, 1], got " + omega);
            }
        }
    }

    /**
     * The result of a run.
     *
     * @param q          the learned action values
     * @param visits     how often each pair was updated
     * @param checkSteps the step counts at which the error was recorded
     * @param errors     the largest |Q − reference| over non-terminal states at those steps
     * @param episodes   the number of episodes started
     */
    public record Result(double[][] q, int[][] visits, int[] checkSteps, double[] errors, int episodes) {
    }

    /**
     * One Q-learning update, in place.
     *
     * @param q        the action values, changed at {@code [s][a]}
     * @param s        the state
     * @param a        the action taken
     * @param reward   the reward received
     * @param next     the next state
     * @param terminal whether {@code next} ends the episode
     * @param alpha    the step size
     * @param gamma    the discount factor
     * @return the temporal-difference error {@code r + γ max Q(s', ·) − Q(s, a)} before the update
     */
    public static double update(double[][] q, int s, int a, double reward, int next, boolean terminal,
                                double alpha, double gamma) {
        double target = reward + (terminal ? 0 : gamma * ValueIteration.max(q[next]));
        double td = target - q[s][a];
        q[s][a] += alpha * td;
        return td;
    }

    /**
     * Runs Q-learning. Each episode starts in a uniformly chosen non-terminal state (exploring
     * starts) and ends in a terminal state or after {@code maxEpisode} steps.
     *
     * @param mdp         the world, used only through {@link GridWorld#step}
     * @param config      the settings
     * @param reference   action values to measure the error against (e.g. Q* from value
     *                    iteration), or null
     * @param checkpoints how many times to record the error, evenly spaced (ignored without a
     *                    reference)
     * @return the learned values and the error curve
     */
    public static Result learn(GridWorld mdp, Config config, double[][] reference, int checkpoints) {
        Random rng = new Random(config.seed());
        int n = mdp.states();
        int k = mdp.actions();
        double[][] q = new double[n][k];
        int[][] visits = new int[n][k];
        int points = reference == null ? 0 : Math.max(1, checkpoints);
        int[] checkSteps = new int[points];
        double[] errors = new double[points];
        int next = 0;
        int s = randomStart(mdp, rng);
        int inEpisode = 0;
        int episodes = 1;
        for (int step = 1; step <= config.steps(); step++) {
            int a = rng.nextDouble() < config.epsilon() ? rng.nextInt(k) : ValueIteration.argMax(q[s]);
            GridWorld.Transition t = mdp.step(s, a, rng);
            visits[s][a]++;
            double alpha = Math.pow(visits[s][a], -config.omega());
            update(q, s, a, t.reward(), t.next(), t.terminal(), alpha, config.gamma());
            inEpisode++;
            if (t.terminal() || inEpisode >= config.maxEpisode()) {
                s = randomStart(mdp, rng);
                inEpisode = 0;
                if (step < config.steps()) {
                    episodes++;
                }
            } else {
                s = t.next();
            }
            if (next < points && step == (long) config.steps() * (next + 1) / points) {
                checkSteps[next] = step;
                errors[next] = maxError(mdp, q, reference);
                next++;
            }
        }
        return new Result(q, visits, checkSteps, errors, episodes);
    }

    /**
     * @param mdp       the world
     * @param q         action values
     * @param reference reference action values
     * @return the largest |q − reference| over the non-terminal states
     */
    public static double maxError(GridWorld mdp, double[][] q, double[][] reference) {
        double e = 0;
        for (int s = 0; s < mdp.states(); s++) {
            if (mdp.isTerminal(s)) {
                continue;
            }
            for (int a = 0; a < mdp.actions(); a++) {
                e = Math.max(e, Math.abs(q[s][a] - reference[s][a]));
            }
        }
        return e;
    }

    private static int randomStart(GridWorld mdp, Random rng) {
        int s;
        do {
            s = rng.nextInt(mdp.states());
        } while (mdp.isTerminal(s));
        return s;
    }
}

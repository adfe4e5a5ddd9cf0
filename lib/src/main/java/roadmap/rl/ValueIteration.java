package roadmap.rl;

import java.util.ArrayList;
import java.util.List;
import smile.math.matrix.Matrix;

/**
 * Solving a known MDP exactly: value iteration and exact policy evaluation.
 *
 * <p>The Bellman optimality equation for action values is
 * {@code Q*(s, a) = Σ p(s', r | s, a) [r + γ max_a' Q*(s', a')]}, with the value of a terminal
 * state taken as 0. Value iteration starts from {@code V = 0} and applies the backup
 * {@code V(s) ← max_a Σ p [r + γ V(s')]} to every state (one <i>sweep</i>) until the largest
 * change is below a tolerance. The backup is a γ-contraction in the max norm, so the error shrinks
 * at least by γ per sweep and the fixed point is unique.
 */
public final class ValueIteration {

    private ValueIteration() {
    }

    /**
     * The result of value iteration.
     *
     * @param q         the optimal action values, {@code q[s][a]} (0 for terminal states)
     * @param v         the optimal state values, {@code v[s] = max_a q[s][a]}
     * @param policy    a greedy policy, {@code policy[s] = argmax_a q[s][a]} (0 for terminal states)
     * @param sweeps    the number of sweeps done
     * @param residuals the largest change of V in each sweep
     */
    public record Result(double[][] q, double[] v, int[] policy, int sweeps, double[] residuals) {
    }

    /**
     * One Bellman backup: the action values implied by state values {@code v}.
     *
     * @param mdp   the world
     * @param v     a value per state
     * @param gamma the discount factor, in [0, 1)
     * @return {@code q[s][a] = Σ p(s', r | s, a) [r + γ v(s')]}, with {@code v(s') = 0} for a
     *         terminal {@code s'}; rows of terminal states are 0
     */
    public static double[][] backup(GridWorld mdp, double[] v, double gamma) {
        double[][] q = new double[mdp.states()][mdp.actions()];
        for (int s = 0; s < mdp.states(); s++) {
            for (int a = 0; a < mdp.actions(); a++) {
                double sum = 0;
                for (GridWorld.Transition t : mdp.transitions(s, a)) {
                    double next = t.terminal() ? 0 : v[t.next()];
                    sum += t.probability() * (t.reward() + gamma * next);
                }
                q[s][a] = sum;
            }
        }
        return q;
    }

    /**
     * Value iteration until the largest change of V in a sweep is at most {@code tol}.
     *
     * @param mdp       the world
     * @param gamma     the discount factor, in [0, 1]; 1 only for a world where the optimal policy
     *                  reaches a terminal state surely and wandering costs (the backup is then no
     *                  longer a contraction, but still converges)
     * @param tol       the stopping tolerance, &gt; 0
     * @param maxSweeps the most sweeps allowed
     * @return the optimal values and a greedy policy
     * @throws IllegalArgumentException for γ outside [0, 1] or a tolerance ≤ 0
     * @throws IllegalStateException    when it has not converged after {@code maxSweeps} sweeps
     */
    public static Result solve(GridWorld mdp, double gamma, double tol, int maxSweeps) {
        checkGamma(gamma);
        if (!(tol > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0, got " + tol);
        }
        double[] v = new double[mdp.states()];
        List<Double> residuals = new ArrayList<>();
        for (int sweep = 1; sweep <= maxSweeps; sweep++) {
            double[][] q = backup(mdp, v, gamma);
            double change = 0;
            for (int s = 0; s < v.length; s++) {
                double best = max(q[s]);
                change = Math.max(change, Math.abs(best - v[s]));
                v[s] = best;
            }
            residuals.add(change);
            if (change <= tol) {
                double[][] qStar = backup(mdp, v, gamma);
                double[] res = residuals.stream().mapToDouble(Double::doubleValue).toArray();
                return new Result(qStar, v, greedy(qStar), sweep, res);
            }
        }
        throw new IllegalStateException("value iteration did not converge to " + tol + " in "
                + maxSweeps + " sweeps");
    }

    /**
     * The exact value of a fixed policy, from the linear Bellman expectation equations
     * {@code (I − γ P_π) v = r_π} solved by LU decomposition (Smile).
     *
     * @param mdp    the world
     * @param policy an action per state (ignored for terminal states)
     * @param gamma  the discount factor, in [0, 1]; with 1 the policy must reach a terminal state
     *               surely, otherwise the system is singular
     * @return {@code v_π}, 0 for terminal states
     */
    public static double[] policyValue(GridWorld mdp, int[] policy, double gamma) {
        checkGamma(gamma);
        int n = mdp.states();
        if (policy.length != n) {
            throw new IllegalArgumentException("the policy has " + policy.length + " actions for "
                    + n + " states");
        }
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int s = 0; s < n; s++) {
            a[s][s] = 1;
            for (GridWorld.Transition t : mdp.transitions(s, policy[s])) {
                b[s] += t.probability() * t.reward();
                if (!t.terminal()) {
                    a[s][t.next()] -= gamma * t.probability();
                }
            }
        }
        return new Matrix(a).lu().solve(b);
    }

    /**
     * @param q action values, one row per state
     * @return for each state the action of largest value (the first one on ties)
     */
    public static int[] greedy(double[][] q) {
        int[] p = new int[q.length];
        for (int s = 0; s < q.length; s++) {
            p[s] = argMax(q[s]);
        }
        return p;
    }

    static int argMax(double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }

    static double max(double[] x) {
        return x[argMax(x)];
    }

    private static void checkGamma(double gamma) {
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("the discount factor must be in [0, 1], got " + gamma);
        }
    }
}

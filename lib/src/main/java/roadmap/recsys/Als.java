package roadmap.recsys;

import java.util.Random;
import roadmap.linalg.Cholesky;

/**
 * Alternating least squares for explicit ratings: minimise
 * {@code Σ_(u,i) observed (r_ui − p_u·q_i)² + λ(Σ‖p_u‖² + Σ‖q_i‖²)} by fixing the item factors and
 * solving one small ridge regression per user, {@code (Σᵢ q_i q_iᵀ + λI) p_u = Σᵢ r_ui q_i} over the
 * items u rated, then the same for every item with the user factors fixed. Each half-step solves its
 * subproblem exactly, so the objective never increases.
 *
 * <p>With λ = 0 every user and item needs at least {@code rank} ratings (otherwise the small system
 * is singular and a clear error is thrown).
 */
public final class Als {

    private Als() {
    }

    /**
     * Fits a factor model from a random start (item factors N(0, 0.1²)).
     *
     * @param train  the training ratings
     * @param rank   the number of factors r ≥ 1
     * @param lambda the regularisation λ ≥ 0
     * @param sweeps the number of (user, item) half-step pairs
     * @param seed   the seed of the random start
     * @return the fitted model
     */
    public static FactorModel fit(Ratings train, int rank, double lambda, int sweeps, long seed) {
        if (rank < 1 || lambda < 0 || sweeps < 1) {
            throw new IllegalArgumentException("need rank ≥ 1, λ ≥ 0, sweeps ≥ 1; got " + rank + ", " + lambda
                    + ", " + sweeps);
        }
        Random rng = new Random(seed);
        double[][] q = new double[train.items()][rank];
        for (double[] row : q) {
            for (int k = 0; k < rank; k++) {
                row[k] = 0.1 * rng.nextGaussian();
            }
        }
        return fit(train, q, lambda, sweeps);
    }

    /**
     * Fits a factor model from given starting item factors (not modified).
     *
     * @param train       the training ratings
     * @param itemFactors items × rank starting values
     * @param lambda      the regularisation λ ≥ 0
     * @param sweeps      the number of (user, item) half-step pairs
     * @return the fitted model
     */
    public static FactorModel fit(Ratings train, double[][] itemFactors, double lambda, int sweeps) {
        int[][] byUser = train.byUser();
        int[][] byItem = train.byItem();
        double[][] q = itemFactors;
        double[][] p = null;
        for (int s = 0; s < sweeps; s++) {
            p = solve(train, byUser, q, lambda, true);
            q = solve(train, byItem, p, lambda, false);
        }
        return new FactorModel(p, q);
    }

    /**
     * One half-step: the optimal user factors given item factors.
     *
     * @param train       the training ratings
     * @param itemFactors items × rank
     * @param lambda      λ ≥ 0
     * @return users × rank
     */
    public static double[][] solveUsers(Ratings train, double[][] itemFactors, double lambda) {
        return solve(train, train.byUser(), itemFactors, lambda, true);
    }

    /**
     * One half-step: the optimal item factors given user factors.
     *
     * @param train       the training ratings
     * @param userFactors users × rank
     * @param lambda      λ ≥ 0
     * @return items × rank
     */
    public static double[][] solveItems(Ratings train, double[][] userFactors, double lambda) {
        return solve(train, train.byItem(), userFactors, lambda, false);
    }

    private static double[][] solve(Ratings train, int[][] groups, double[][] fixed, double lambda, boolean users) {
        int rank = fixed[0].length;
        double[][] out = new double[groups.length][rank];
        for (int g = 0; g < groups.length; g++) {
            if (groups[g].length == 0 && lambda == 0) {
                throw new IllegalArgumentException((users ? "user " : "item ") + g
                        + " has no ratings: with λ = 0 its factors are undetermined");
            }
            double[][] a = new double[rank][rank];
            double[] b = new double[rank];
            for (int k : groups[g]) {
                double[] f = fixed[users ? train.item(k) : train.user(k)];
                double r = train.value(k);
                for (int x = 0; x < rank; x++) {
                    b[x] += r * f[x];
                    for (int y = 0; y < rank; y++) {
                        a[x][y] += f[x] * f[y];
                    }
                }
            }
            for (int x = 0; x < rank; x++) {
                a[x][x] += lambda;
            }
            try {
                out[g] = Cholesky.of(a).solve(b);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException((users ? "user " : "item ") + g + " has " + groups[g].length
                        + " ratings, too few for rank " + rank + " with λ = " + lambda, e);
            }
        }
        return out;
    }
}

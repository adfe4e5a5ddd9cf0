package roadmap.recsys;

/**
 * A matrix-factorisation model {@code r̂(u, i) = p_u·q_i}: one row of factors per user and per item.
 * (Fit it on the residuals of a {@link BiasBaseline} to add a mean and biases.)
 *
 * @param userFactors users × rank
 * @param itemFactors items × rank
 */
public record FactorModel(double[][] userFactors, double[][] itemFactors) {

    /**
     * The rank (number of latent factors).
     *
     * @return r
     */
    public int rank() {
        return userFactors[0].length;
    }

    /**
     * The prediction for one pair.
     *
     * @param user a user index
     * @param item an item index
     * @return p_u·q_i
     */
    public double predict(int user, int item) {
        double s = 0;
        double[] p = userFactors[user];
        double[] q = itemFactors[item];
        for (int k = 0; k < p.length; k++) {
            s += p[k] * q[k];
        }
        return s;
    }

    /**
     * The full users × items matrix {@code P·Qᵀ}.
     *
     * @return the matrix
     */
    public double[][] matrix() {
        double[][] m = new double[userFactors.length][itemFactors.length];
        for (int u = 0; u < m.length; u++) {
            for (int i = 0; i < m[u].length; i++) {
                m[u][i] = predict(u, i);
            }
        }
        return m;
    }

    /**
     * The root-mean-square error on a set of ratings.
     *
     * @param ratings the ratings to score
     * @return the RMSE
     */
    public double rmse(Ratings ratings) {
        return Math.sqrt(squaredError(ratings) / ratings.size());
    }

    /**
     * The regularised least-squares objective
     * {@code Σ (r − p_u·q_i)² + λ(Σ‖p_u‖² + Σ‖q_i‖²)} that {@link Als} decreases at every half-step.
     *
     * @param ratings the training ratings
     * @param lambda  λ ≥ 0
     * @return the objective
     */
    public double objective(Ratings ratings, double lambda) {
        double reg = 0;
        for (double[] p : userFactors) {
            for (double v : p) {
                reg += v * v;
            }
        }
        for (double[] q : itemFactors) {
            for (double v : q) {
                reg += v * v;
            }
        }
        return squaredError(ratings) + lambda * reg;
    }

    private double squaredError(Ratings ratings) {
        double s = 0;
        for (int k = 0; k < ratings.size(); k++) {
            double e = ratings.value(k) - predict(ratings.user(k), ratings.item(k));
            s += e * e;
        }
        return s;
    }
}

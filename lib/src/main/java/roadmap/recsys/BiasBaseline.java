package roadmap.recsys;

/**
 * The baseline predictor {@code r̂(u, i) = μ + b_u + c_i}: the global mean plus a user and an item
 * bias, fitted by regularised least squares
 * {@code Σ (r − μ − b_u − c_i)² + λ(Σ b_u² + Σ c_i²)} with a few rounds of alternating exact updates
 * (each bias in closed form given the others). With λ = 0 and no rounds it is the global mean alone.
 *
 * @param mean      the global mean μ of the training ratings
 * @param userBias  b_u for every user (0 for users without ratings)
 * @param itemBias  c_i for every item (0 for items without ratings)
 */
public record BiasBaseline(double mean, double[] userBias, double[] itemBias) {

    /**
     * Predicts the global mean for everyone.
     *
     * @param train the training ratings
     * @return the global-mean baseline
     */
    public static BiasBaseline globalMean(Ratings train) {
        return new BiasBaseline(train.mean(), new double[train.users()], new double[train.items()]);
    }

    /**
     * Fits user and item biases.
     *
     * @param train  the training ratings
     * @param lambda the shrinkage λ ≥ 0 (users and items with few ratings are pulled towards 0)
     * @param rounds the number of alternating rounds (10 is plenty)
     * @return the fitted baseline
     */
    public static BiasBaseline fit(Ratings train, double lambda, int rounds) {
        double mu = train.mean();
        double[] bu = new double[train.users()];
        double[] bi = new double[train.items()];
        int[][] byUser = train.byUser();
        int[][] byItem = train.byItem();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < bi.length; i++) {
                double s = 0;
                for (int k : byItem[i]) {
                    s += train.value(k) - mu - bu[train.user(k)];
                }
                bi[i] = s / (byItem[i].length + lambda + 1e-12);
            }
            for (int u = 0; u < bu.length; u++) {
                double s = 0;
                for (int k : byUser[u]) {
                    s += train.value(k) - mu - bi[train.item(k)];
                }
                bu[u] = s / (byUser[u].length + lambda + 1e-12);
            }
        }
        return new BiasBaseline(mu, bu, bi);
    }

    /**
     * The baseline prediction for one pair.
     *
     * @param user an user index
     * @param item an item index
     * @return μ + b_u + c_i
     */
    public double predict(int user, int item) {
        return mean + userBias[user] + itemBias[item];
    }

    /**
     * The ratings minus the baseline: what a factor model fitted on top must explain.
     *
     * @param ratings ratings over the same users and items
     * @return the residual ratings
     */
    public Ratings residuals(Ratings ratings) {
        double[] r = new double[ratings.size()];
        for (int k = 0; k < r.length; k++) {
            r[k] = ratings.value(k) - predict(ratings.user(k), ratings.item(k));
        }
        return ratings.withValues(r);
    }

    /**
     * The root-mean-square error on a set of ratings.
     *
     * @param ratings the ratings to score
     * @return the RMSE
     */
    public double rmse(Ratings ratings) {
        double s = 0;
        for (int k = 0; k < ratings.size(); k++) {
            double e = ratings.value(k) - predict(ratings.user(k), ratings.item(k));
            s += e * e;
        }
        return Math.sqrt(s / ratings.size());
    }

    /**
     * The full users × items matrix of baseline predictions.
     *
     * @return the matrix
     */
    public double[][] matrix() {
        double[][] m = new double[userBias.length][itemBias.length];
        for (int u = 0; u < m.length; u++) {
            for (int i = 0; i < m[u].length; i++) {
                m[u][i] = predict(u, i);
            }
        }
        return m;
    }
}

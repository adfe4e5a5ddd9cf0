package roadmap.recsys;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Ratings drawn from a known low-rank truth, so that what a recommender recovers can be measured.
 *
 * <p>The true preference of user u for item i is
 * {@code truth[u][i] = μ + b_u + c_i + p_u·q_i}, with user and item biases {@code b_u, c_i} and
 * rank-r factors {@code p_u, q_i} drawn as independent Gaussians. Each (user, item) pair is observed
 * independently with a probability proportional to the item's popularity weight
 * {@code (i + 1)^(−skew)} (items are numbered from most to least popular; skew 0 means uniform)
 * times the user's activity weight {@code exp(a·z_u − a²/2)}, {@code z_u ~ N(0, 1)} (a = 0: every
 * user equally active), scaled so that the expected fraction of observed entries is about
 * {@code density} (probabilities are capped at 1); an observed rating is
 * {@code truth + ε}, {@code ε ~ N(0, noiseSd²)}. Ratings are real numbers, not rounded to stars.
 *
 * @param truth    the users × items matrix of true preferences
 * @param observed the observed noisy ratings
 * @param noiseSd  the noise standard deviation
 * @param rank     the rank of the interaction part {@code p_u·q_i}
 */
public record SyntheticRatings(double[][] truth, Ratings observed, double noiseSd, int rank) {

    /**
     * The settings of a synthetic data set.
     *
     * @param users       number of users
     * @param items       number of items
     * @param rank        rank r of the interaction part
     * @param factorSd    sd of each factor entry (the interaction's sd is {@code √r·factorSd²})
     * @param mean        the global mean μ
     * @param userBiasSd  sd of the user biases
     * @param itemBiasSd  sd of the item biases
     * @param noiseSd     sd of the rating noise
     * @param density     expected fraction of observed entries, in (0, 1]
     * @param skew        popularity skew (0: every item equally likely to be rated)
     * @param activitySd  spread a of the users' log activity (0: every user rates equally often)
     */
    public record Settings(int users, int items, int rank, double factorSd, double mean, double userBiasSd,
            double itemBiasSd, double noiseSd, double density, double skew, double activitySd) {
    }

    /**
     * Draws a data set.
     *
     * @param s    the settings
     * @param seed the random seed
     * @return the truth and the observed ratings
     */
    public static SyntheticRatings generate(Settings s, long seed) {
        if (s.users() <= 0 || s.items() <= 0 || s.rank() <= 0 || !(s.density() > 0 && s.density() <= 1)) {
            throw new IllegalArgumentException("bad settings: " + s);
        }
        Random rng = new Random(seed);
        double[][] p = gaussian(rng, s.users(), s.rank(), s.factorSd());
        double[][] q = gaussian(rng, s.items(), s.rank(), s.factorSd());
        double[][] truth = new double[s.users()][s.items()];
        double[] userBias = gaussian(rng, 1, s.users(), s.userBiasSd())[0];
        double[] itemBias = gaussian(rng, 1, s.items(), s.itemBiasSd())[0];
        double[] activity = gaussian(rng, 1, s.users(), 1.0)[0];
        for (int u = 0; u < activity.length; u++) {
            activity[u] = Math.exp(s.activitySd() * activity[u] - s.activitySd() * s.activitySd() / 2);
        }
        for (int u = 0; u < s.users(); u++) {
            for (int i = 0; i < s.items(); i++) {
                double dot = 0;
                for (int k = 0; k < s.rank(); k++) {
                    dot += p[u][k] * q[i][k];
                }
                truth[u][i] = s.mean() + userBias[u] + itemBias[i] + dot;
            }
        }
        double[] weight = new double[s.items()];
        double total = 0;
        for (int i = 0; i < s.items(); i++) {
            weight[i] = Math.pow(i + 1, -s.skew());
            total += weight[i];
        }
        List<int[]> pairs = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int u = 0; u < s.users(); u++) {
            for (int i = 0; i < s.items(); i++) {
                double prob = Math.min(1.0, s.density() * s.items() * weight[i] / total * activity[u]);
                if (rng.nextDouble() < prob) {
                    pairs.add(new int[] {u, i});
                    values.add(truth[u][i] + s.noiseSd() * rng.nextGaussian());
                }
            }
        }
        int[] us = pairs.stream().mapToInt(a -> a[0]).toArray();
        int[] is = pairs.stream().mapToInt(a -> a[1]).toArray();
        double[] vs = values.stream().mapToDouble(Double::doubleValue).toArray();
        return new SyntheticRatings(truth, Ratings.of(s.users(), s.items(), us, is, vs), s.noiseSd(), s.rank());
    }

    /**
     * The root-mean-square difference between predictions and the truth over every entry of the
     * matrix, observed or not.
     *
     * @param predicted users × items predictions
     * @return the RMSE against the truth
     */
    public double rmseAgainstTruth(double[][] predicted) {
        double s = 0;
        for (int u = 0; u < truth.length; u++) {
            for (int i = 0; i < truth[u].length; i++) {
                double e = predicted[u][i] - truth[u][i];
                s += e * e;
            }
        }
        return Math.sqrt(s / ((double) truth.length * truth[0].length));
    }

    private static double[][] gaussian(Random rng, int rows, int cols, double sd) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = sd * rng.nextGaussian();
            }
        }
        return a;
    }
}

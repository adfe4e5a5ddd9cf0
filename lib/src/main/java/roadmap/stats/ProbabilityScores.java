package roadmap.stats;

/**
 * Scores for probabilistic classifiers: log-loss (binary and multiclass), Brier score and the
 * accuracy of thresholded probabilities. Labels are {@code 0/1} (binary) or {@code 0..k−1}.
 */
public final class ProbabilityScores {

    /**
     * Probabilities are clipped to {@code [EPS, 1 − EPS]} before taking logarithms, so that a
     * single confident mistake (p = 0 for the true class) costs {@code −log(1e−15) ≈ 34.5} nats
     * instead of infinity — scikit-learn's historical convention.
     */
    public static final double EPS = 1e-15;

    private ProbabilityScores() {
    }

    /**
     * Binary log-loss {@code −(1/n) Σ [y_i log p_i + (1 − y_i) log(1 − p_i)]}: the mean negative
     * log-likelihood of the labels under the predicted probabilities.
     *
     * @param y         labels, each 0 or 1
     * @param pPositive predicted probabilities of class 1, same length
     * @return the mean log-loss in nats (clipped at {@link #EPS})
     */
    public static double logLoss(int[] y, double[] pPositive) {
        double[] losses = pointLogLoss(y, pPositive);
        double sum = 0;
        for (double l : losses) {
            sum += l;
        }
        return sum / losses.length;
    }

    /**
     * Per-example binary log-loss {@code −log p(true class)}, clipped at {@link #EPS}.
     *
     * @param y         labels, each 0 or 1
     * @param pPositive predicted probabilities of class 1
     * @return one loss per example
     */
    public static double[] pointLogLoss(int[] y, double[] pPositive) {
        sameLength(y.length, pPositive.length);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            requireBinary(y[i]);
            double p = clip(pPositive[i]);
            out[i] = -Math.log(y[i] == 1 ? p : 1 - p);
        }
        return out;
    }

    /**
     * Multiclass log-loss (categorical cross-entropy) {@code −(1/n) Σ log P_i[y_i]}.
     *
     * @param y     labels in {@code 0..k−1}
     * @param probs one probability row of length k per example
     * @return the mean log-loss in nats (clipped at {@link #EPS})
     */
    public static double logLoss(int[] y, double[][] probs) {
        sameLength(y.length, probs.length);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= probs[i].length) {
                throw new IllegalArgumentException("label " + y[i] + " out of range for " + probs[i].length + " classes");
            }
            sum -= Math.log(clip(probs[i][y[i]]));
        }
        return sum / y.length;
    }

    /**
     * Brier score {@code (1/n) Σ (p_i − y_i)²}: the mean squared error of the probabilities.
     *
     * @param y         labels, each 0 or 1
     * @param pPositive predicted probabilities of class 1
     * @return the Brier score, in [0, 1]
     */
    public static double brier(int[] y, double[] pPositive) {
        sameLength(y.length, pPositive.length);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            requireBinary(y[i]);
            double d = pPositive[i] - y[i];
            sum += d * d;
        }
        return sum / y.length;
    }

    /**
     * Accuracy of the decisions {@code p ≥ 0.5 → 1}.
     *
     * @param y         labels, each 0 or 1
     * @param pPositive predicted probabilities of class 1
     * @return the fraction of correct decisions
     */
    public static double accuracy(int[] y, double[] pPositive) {
        sameLength(y.length, pPositive.length);
        int correct = 0;
        for (int i = 0; i < y.length; i++) {
            requireBinary(y[i]);
            if ((pPositive[i] >= 0.5 ? 1 : 0) == y[i]) {
                correct++;
            }
        }
        return (double) correct / y.length;
    }

    /**
     * Clips a probability to {@code [EPS, 1 − EPS]}.
     *
     * @param p a probability
     * @return the clipped probability
     */
    public static double clip(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("not a probability: " + p);
        }
        return Math.min(Math.max(p, EPS), 1 - EPS);
    }

    private static void requireBinary(int label) {
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("binary labels must be 0 or 1, got " + label);
        }
    }

    private static void sameLength(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("labels and probabilities differ in length: " + a + " != " + b);
        }
        if (a == 0) {
            throw new IllegalArgumentException("no examples");
        }
    }
}

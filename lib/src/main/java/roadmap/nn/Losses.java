package roadmap.nn;

/**
 * Loss functions with their gradients, written out so a notebook can compare them.
 *
 * <p>Conventions: {@link #mse} is the mean over outputs of the squared error; cross-entropy takes
 * logits (unnormalised scores) and a class index, and its gradient with respect to the logits is
 * the famous {@code softmax(z) − onehot(y)}.
 */
public final class Losses {

    private Losses() {
    }

    /**
     * Mean squared error {@code (1/K) Σ_k (ŷ_k − y_k)²}.
     *
     * @param predicted the predictions ŷ
     * @param target    the targets y, as many
     * @return the loss
     */
    public static double mse(double[] predicted, double[] target) {
        sameLength(predicted, target);
        double s = 0;
        for (int k = 0; k < predicted.length; k++) {
            double d = predicted[k] - target[k];
            s += d * d;
        }
        return s / predicted.length;
    }

    /**
     * @param predicted the predictions ŷ
     * @param target    the targets y
     * @return the gradient of {@link #mse} with respect to ŷ: {@code (2/K)(ŷ − y)}
     */
    public static double[] mseGradient(double[] predicted, double[] target) {
        sameLength(predicted, target);
        double[] g = new double[predicted.length];
        for (int k = 0; k < g.length; k++) {
            g[k] = 2 * (predicted[k] - target[k]) / predicted.length;
        }
        return g;
    }

    /**
     * Softmax cross-entropy {@code −log softmax(z)_y = logsumexp(z) − z_y}, computed stably.
     *
     * @param logits the scores z
     * @param label  the true class y, in [0, z.length)
     * @return the loss, ≥ 0
     */
    public static double crossEntropy(double[] logits, int label) {
        checkLabel(logits, label);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : logits) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum) - logits[label];
    }

    /**
     * @param logits the scores z
     * @param label  the true class y
     * @return the gradient of {@link #crossEntropy} with respect to z: {@code softmax(z) − onehot(y)}
     */
    public static double[] crossEntropyGradient(double[] logits, int label) {
        checkLabel(logits, label);
        double[] g = Activations.softmax(logits);
        g[label] -= 1;
        return g;
    }

    /**
     * Squared error of one sigmoid output unit as a function of its pre-activation z:
     * {@code (σ(z) − y)²}.
     *
     * @param z the pre-activation
     * @param y the target, 0 or 1
     * @return the loss
     */
    public static double sigmoidMse(double z, double y) {
        double d = Activations.sigmoid(z) - y;
        return d * d;
    }

    /**
     * @param z the pre-activation
     * @param y the target
     * @return {@code d/dz (σ(z) − y)² = 2(σ(z) − y) σ'(z)}: it carries the factor σ'(z) ≤ 1/4,
     *         which vanishes when the unit saturates
     */
    public static double sigmoidMseGradient(double z, double y) {
        return 2 * (Activations.sigmoid(z) - y) * Activations.sigmoidDerivative(z);
    }

    /**
     * Binary cross-entropy of one sigmoid output unit as a function of its pre-activation z:
     * {@code −y log σ(z) − (1 − y) log(1 − σ(z))}, computed stably as
     * {@code max(z, 0) − y z + log(1 + e^{−|z|})}.
     *
     * @param z the pre-activation (logit)
     * @param y the target, 0 or 1
     * @return the loss
     */
    public static double sigmoidCrossEntropy(double z, double y) {
        return Math.max(z, 0) - y * z + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /**
     * @param z the pre-activation
     * @param y the target
     * @return {@code d/dz} of {@link #sigmoidCrossEntropy}: {@code σ(z) − y}, no σ' factor
     */
    public static double sigmoidCrossEntropyGradient(double z, double y) {
        return Activations.sigmoid(z) - y;
    }

    private static void sameLength(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("predictions of length " + a.length + " but targets of length " + b.length);
        }
    }

    private static void checkLabel(double[] logits, int label) {
        if (label < 0 || label >= logits.length) {
            throw new IllegalArgumentException("label " + label + " outside [0, " + logits.length + ")");
        }
    }
}

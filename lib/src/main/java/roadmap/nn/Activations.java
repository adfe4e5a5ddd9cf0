package roadmap.nn;

/**
 * Activation functions and their derivatives, for scalars and arrays.
 *
 * <p>Derivatives are taken with respect to the pre-activation {@code z}. ReLU's derivative at
 * exactly 0 is taken as 0 (a subgradient; PyTorch makes the same choice).
 */
public final class Activations {

    private Activations() {
    }

    /** An elementwise activation function with its derivative. */
    public enum Kind {
        /** {@code 1 / (1 + e^-z)}, output in (0, 1). */
        SIGMOID,
        /** {@code tanh z}, output in (-1, 1). */
        TANH,
        /** {@code max(0, z)}. */
        RELU,
        /** {@code z} (no nonlinearity). */
        IDENTITY;

        /**
         * @param z the pre-activation
         * @return the activation at z
         */
        public double apply(double z) {
            return switch (this) {
                case SIGMOID -> sigmoid(z);
                case TANH -> Math.tanh(z);
                case RELU -> relu(z);
                case IDENTITY -> z;
            };
        }

        /**
         * @param z the pre-activation
         * @return the derivative of the activation at z
         */
        public double derivative(double z) {
            return switch (this) {
                case SIGMOID -> sigmoidDerivative(z);
                case TANH -> tanhDerivative(z);
                case RELU -> reluDerivative(z);
                case IDENTITY -> 1.0;
            };
        }

        /**
         * @param z pre-activations
         * @return a new array with the activation applied elementwise
         */
        public double[] apply(double[] z) {
            double[] a = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                a[i] = apply(z[i]);
            }
            return a;
        }

        /**
         * @param z pre-activations
         * @return a new array of derivatives, elementwise
         */
        public double[] derivative(double[] z) {
            double[] d = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                d[i] = derivative(z[i]);
            }
            return d;
        }
    }

    /**
     * The logistic sigmoid, computed without overflow for large |z|.
     *
     * @param z the input
     * @return {@code 1 / (1 + e^-z)}
     */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /**
     * @param z the input
     * @return {@code σ(z)(1 − σ(z))}, at most 1/4 (at z = 0)
     */
    public static double sigmoidDerivative(double z) {
        double s = sigmoid(z);
        return s * (1 - s);
    }

    /**
     * @param z the input
     * @return {@code 1 − tanh²(z)}, at most 1 (at z = 0)
     */
    public static double tanhDerivative(double z) {
        double t = Math.tanh(z);
        return 1 - t * t;
    }

    /**
     * @param z the input
     * @return {@code max(0, z)}
     */
    public static double relu(double z) {
        return z > 0 ? z : 0.0;
    }

    /**
     * @param z the input
     * @return 1 for z &gt; 0, else 0
     */
    public static double reluDerivative(double z) {
        return z > 0 ? 1.0 : 0.0;
    }

    /**
     * The softmax, stabilised by subtracting the largest input (which does not change the result).
     *
     * @param logits the scores
     * @return probabilities {@code e^{z_k} / Σ_j e^{z_j}}, summing to 1
     */
    public static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(logits[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }
}

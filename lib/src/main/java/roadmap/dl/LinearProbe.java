package roadmap.dl;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.Arrays;
import roadmap.nn.Activations;

/**
 * A linear probe: multinomial logistic regression (softmax regression) on fixed features, trained
 * to convergence. It is the "frozen features + new linear head" form of transfer learning done
 * properly: the features are standardised (each to mean 0, standard deviation 1 on the training
 * data), and the convex objective
 *
 * <pre>  mean over examples of cross-entropy(softmax(W z + b), y)  +  (l2 / 2) ||W||²</pre>
 *
 * <p>is minimised by Nesterov's accelerated full-batch gradient descent with step {@code 1 / L},
 * where {@code L} bounds the gradient's Lipschitz constant ({@code (λmax(ZᵀZ / n) + 1) / 2 + l2},
 * with {@code λmax} found by power iteration) — the step size that guarantees convergence on this
 * convex problem, so there is no learning rate to tune.
 *
 * <pre>{@code
 * LinearProbe probe = LinearProbe.fit(trainFeatures, trainLabels, 10, 0.01, 500);
 * double acc = probe.accuracy(testFeatures, testLabels);
 * probe.copyInto(linearHead, manager);   // a DJL Linear(10) head that computes the same logits
 * }</pre>
 */
public final class LinearProbe {

    private final double[] mean;
    private final double[] scale;
    private final double[][] weights;   // classes x features, on standardised features
    private final double[] bias;
    private final double finalGradientNorm;

    private LinearProbe(double[] mean, double[] scale, double[][] weights, double[] bias,
            double finalGradientNorm) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
        this.finalGradientNorm = finalGradientNorm;
    }

    /**
     * Fits the probe.
     *
     * @param features   one row of features per example (at least one row, all rows equally long)
     * @param labels     class indices in {@code [0, numClasses)}
     * @param numClasses the number of classes
     * @param l2         the weight penalty, at least 0 (biases are not penalised)
     * @param steps      gradient steps, at least 1
     * @return the fitted probe
     * @throws IllegalArgumentException on empty, ragged or mismatched inputs or a bad label
     */
    public static LinearProbe fit(double[][] features, int[] labels, int numClasses, double l2, int steps) {
        int n = checkRows(features);
        int d = features[0].length;
        if (labels == null || labels.length != n) {
            throw new IllegalArgumentException("expected " + n + " labels, got "
                    + (labels == null ? "null" : labels.length));
        }
        for (int y : labels) {
            if (y < 0 || y >= numClasses) {
                throw new IllegalArgumentException("label " + y + " is not in [0, " + numClasses + ")");
            }
        }
        if (l2 < 0 || steps < 1) {
            throw new IllegalArgumentException("need l2 >= 0 and steps >= 1, got " + l2 + ", " + steps);
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : features) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : features) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] > 1e-24 ? Math.sqrt(scale[j]) : 1;   // a constant feature stays 0
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (features[i][j] - mean[j]) / scale[j];
            }
        }
        // softmax cross-entropy's Hessian is at most (1/2) Z'Z/n per class block (plus 1 for the bias)
        double lipschitz = 0.5 * (largestEigenvalue(z) + 1) + l2;
        double step = 1 / lipschitz;
        double[][] w = new double[numClasses][d];
        double[] b = new double[numClasses];
        double[][] look = new double[numClasses][d];     // Nesterov's look-ahead point
        double[] lookB = new double[numClasses];
        double gradNorm = Double.NaN;
        for (int t = 0; t < steps; t++) {
            double[][] gw = new double[numClasses][d];
            double[] gb = new double[numClasses];
            for (int i = 0; i < n; i++) {
                double[] p = Activations.softmax(logits(look, lookB, z[i]));
                p[labels[i]] -= 1;
                for (int c = 0; c < numClasses; c++) {
                    gb[c] += p[c] / n;
                    for (int j = 0; j < d; j++) {
                        gw[c][j] += p[c] * z[i][j] / n;
                    }
                }
            }
            double sq = 0;
            double momentum = t / (t + 3.0);
            for (int c = 0; c < numClasses; c++) {
                for (int j = 0; j < d; j++) {
                    gw[c][j] += l2 * look[c][j];
                    sq += gw[c][j] * gw[c][j];
                    double next = look[c][j] - step * gw[c][j];
                    look[c][j] = next + momentum * (next - w[c][j]);
                    w[c][j] = next;
                }
                sq += gb[c] * gb[c];
                double nextB = lookB[c] - step * gb[c];
                lookB[c] = nextB + momentum * (nextB - b[c]);
                b[c] = nextB;
            }
            gradNorm = Math.sqrt(sq);
        }
        return new LinearProbe(mean, scale, w, b, gradNorm);
    }

    /**
     * @param features one row per example, unstandardised (as given to {@link #fit})
     * @return the predicted class of each row
     */
    public int[] predict(double[][] features) {
        checkRows(features);
        int[] out = new int[features.length];
        for (int i = 0; i < features.length; i++) {
            double[] s = rawLogits(features[i]);
            int best = 0;
            for (int c = 1; c < s.length; c++) {
                if (s[c] > s[best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /**
     * @param features one row per example
     * @param labels   the true classes
     * @return the share of rows predicted correctly
     */
    public double accuracy(double[][] features, int[] labels) {
        int[] predicted = predict(features);
        if (labels.length != predicted.length) {
            throw new IllegalArgumentException("expected " + predicted.length + " labels, got " + labels.length);
        }
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            correct += predicted[i] == labels[i] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }

    /**
     * The weights that act on the raw (unstandardised) features: {@code W / scale}, so that
     * {@code rawWeights() x + rawBias()} equals the probe's logits.
     *
     * @return classes x features
     */
    public double[][] rawWeights() {
        double[][] out = new double[weights.length][];
        for (int c = 0; c < weights.length; c++) {
            out[c] = new double[mean.length];
            for (int j = 0; j < mean.length; j++) {
                out[c][j] = weights[c][j] / scale[j];
            }
        }
        return out;
    }

    /** @return the biases for raw features: {@code b - Σ_j W_cj mean_j / scale_j} */
    public double[] rawBias() {
        double[] out = bias.clone();
        for (int c = 0; c < out.length; c++) {
            for (int j = 0; j < mean.length; j++) {
                out[c] -= weights[c][j] * mean[j] / scale[j];
            }
        }
        return out;
    }

    /**
     * The gradient norm of the objective at the last step's look-ahead point: near 0 when the probe
     * has converged.
     *
     * @return the norm
     */
    public double finalGradientNorm() {
        return finalGradientNorm;
    }

    /**
     * Sets a DJL {@code Linear} head to this probe (weights for raw features), initialising it for
     * inputs of {@code features} values first if it is not initialised yet.
     *
     * @param linearHead a {@code Linear} block with {@code classes} units
     * @param manager    the manager that will own its parameters if it must be initialised
     */
    public void copyInto(Block linearHead, NDManager manager) {
        if (!linearHead.isInitialized()) {
            linearHead.initialize(manager, DataType.FLOAT32, new Shape(1, mean.length));
        }
        double[][] w = rawWeights();
        float[] flat = new float[w.length * mean.length];
        for (int c = 0; c < w.length; c++) {
            for (int j = 0; j < mean.length; j++) {
                flat[c * mean.length + j] = (float) w[c][j];
            }
        }
        double[] rb = rawBias();
        float[] fb = new float[rb.length];
        for (int c = 0; c < rb.length; c++) {
            fb[c] = (float) rb[c];
        }
        var weight = linearHead.getParameters().get("weight").getArray();
        var biasArray = linearHead.getParameters().get("bias").getArray();
        if (weight.size() != flat.length || biasArray.size() != fb.length) {
            throw new IllegalArgumentException("the head has weight " + weight.getShape() + " and bias "
                    + biasArray.getShape() + ", the probe " + w.length + "x" + mean.length);
        }
        weight.set(flat);
        biasArray.set(fb);
    }

    private double[] rawLogits(double[] x) {
        if (x.length != mean.length) {
            throw new IllegalArgumentException("expected " + mean.length + " features, got " + x.length);
        }
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) / scale[j];
        }
        return logits(weights, bias, z);
    }

    private static double[] logits(double[][] w, double[] b, double[] z) {
        double[] s = new double[w.length];
        for (int c = 0; c < w.length; c++) {
            double v = b[c];
            for (int j = 0; j < z.length; j++) {
                v += w[c][j] * z[j];
            }
            s[c] = v;
        }
        return s;
    }

    /** The largest eigenvalue of Z'Z/n by power iteration (Z'Z/n is symmetric positive semi-definite). */
    private static double largestEigenvalue(double[][] z) {
        int n = z.length;
        int d = z[0].length;
        double[] v = new double[d];
        Arrays.fill(v, 1 / Math.sqrt(d));
        double lambda = 0;
        for (int it = 0; it < 100; it++) {
            double[] zv = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    zv[i] += z[i][j] * v[j];
                }
            }
            double[] next = new double[d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    next[j] += z[i][j] * zv[i] / n;
                }
            }
            double norm = Math.sqrt(Arrays.stream(next).map(x -> x * x).sum());
            if (norm == 0) {
                return 0;
            }
            for (int j = 0; j < d; j++) {
                next[j] /= norm;
            }
            v = next;
            lambda = norm;
        }
        return lambda * 1.01;   // power iteration approaches from below: a small safety margin
    }

    private static int checkRows(double[][] features) {
        if (features == null || features.length == 0 || features[0] == null || features[0].length == 0) {
            throw new IllegalArgumentException("need at least one row of features");
        }
        for (double[] row : features) {
            if (row == null || row.length != features[0].length) {
                throw new IllegalArgumentException("all rows must have " + features[0].length + " features");
            }
        }
        return features.length;
    }
}

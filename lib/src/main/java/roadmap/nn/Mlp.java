package roadmap.nn;

import roadmap.train.History;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import roadmap.optim.Objective;
import roadmap.train.Progress;

/**
 * A multilayer perceptron written with plain arrays: dense layers, one activation for every
 * hidden layer, and a linear output layer whose scores (logits) feed a softmax cross-entropy loss.
 *
 * <p>Layer {@code l} (from 0) maps {@code sizes[l]} inputs to {@code sizes[l+1]} outputs with
 * weights {@code W[l]} of shape {@code sizes[l+1] × sizes[l]} (one row per output unit, the layout
 * of DJL's and PyTorch's {@code Linear}) and biases {@code b[l]}. On a batch X (one example per row)
 * the forward pass computes {@code Z[l] = A[l] W[l]ᵀ + b[l]} and {@code A[l+1] = f(Z[l])}, with
 * {@code A[0] = X} and no activation after the last layer.
 *
 * <p>The loss is the mean softmax cross-entropy over the batch. {@link #backward} is
 * backpropagation: starting from {@code ∂L/∂Z[last] = (softmax(Z) − onehot(y)) / n} it applies
 * the chain rule layer by layer, {@code ∂L/∂W[l] = δ[l]ᵀ A[l]}, {@code ∂L/∂b[l] = Σ_rows δ[l]},
 * {@code δ[l−1] = (δ[l] W[l]) ⊙ f'(Z[l−1])}.
 *
 * <p>All parameters also form one flat vector (layer by layer: {@code W[l]} row by row, then
 * {@code b[l]}; the order of DJL's parameter list), so that {@link roadmap.optim.GradientCheck}
 * can compare {@link #gradient} with finite differences through {@link #objective}.
 */
public final class Mlp {

    private final int[] sizes;
    private final Activations.Kind hidden;
    private final double[][][] w;
    private final double[][] b;

    private Mlp(int[] sizes, Activations.Kind hidden) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("an MLP needs at least an input and an output size");
        }
        for (int s : sizes) {
            if (s < 1) {
                throw new IllegalArgumentException("layer sizes must be >= 1, got " + Arrays.toString(sizes));
            }
        }
        if (sizes[sizes.length - 1] < 2) {
            throw new IllegalArgumentException("the output layer needs at least 2 classes");
        }
        this.sizes = sizes.clone();
        this.hidden = hidden;
        int layers = sizes.length - 1;
        w = new double[layers][][];
        b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = new double[sizes[l + 1]][sizes[l]];
            b[l] = new double[sizes[l + 1]];
        }
    }

    /**
     * A network with random weights and zero biases. Weights are Gaussian with standard deviation
     * {@code sqrt(2 / fan-in)} for ReLU (He initialisation) and {@code sqrt(1 / fan-in)} otherwise,
     * so the scale of the signal stays about the same from layer to layer.
     *
     * @param sizes  units per layer, input first, classes last, e.g. {@code {64, 32, 10}}
     * @param hidden the activation of every hidden layer
     * @param seed   the seed of the weight generator
     * @return the network
     */
    public static Mlp create(int[] sizes, Activations.Kind hidden, long seed) {
        Mlp m = new Mlp(sizes, hidden);
        Random rng = new Random(seed);
        for (int l = 0; l < m.w.length; l++) {
            double std = Math.sqrt((hidden == Activations.Kind.RELU ? 2.0 : 1.0) / sizes[l]);
            for (double[] row : m.w[l]) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = std * rng.nextGaussian();
                }
            }
        }
        return m;
    }

    /**
     * A network with random weights of a chosen scale and zero biases: layer {@code l}'s weights
     * are Gaussian with standard deviation {@code gain / sqrt(fan-in)}. Gain 1 is LeCun (or
     * Xavier-like) initialisation, which keeps the signal's variance for tanh; {@code sqrt(2)} is He
     * initialisation, which keeps it for ReLU (half of whose inputs are cut to 0); a gain far below
     * or above those makes the signal shrink or grow geometrically with depth. With gain
     * {@code sqrt(2)} for ReLU and 1 otherwise this draws the same weights as
     * {@link #create(int[], Activations.Kind, long)}.
     *
     * @param sizes  units per layer, input first, classes last
     * @param hidden the activation of every hidden layer
     * @param seed   the seed of the weight generator
     * @param gain   the weights' standard deviation times {@code sqrt(fan-in)}, at least 0
     * @return the network
     * @throws IllegalArgumentException when the gain is negative or not finite
     */
    public static Mlp create(int[] sizes, Activations.Kind hidden, long seed, double gain) {
        if (!(gain >= 0) || Double.isInfinite(gain)) {
            throw new IllegalArgumentException("the initialisation gain must be finite and >= 0, got " + gain);
        }
        Mlp m = new Mlp(sizes, hidden);
        Random rng = new Random(seed);
        for (int l = 0; l < m.w.length; l++) {
            double std = gain / Math.sqrt(sizes[l]);
            for (double[] row : m.w[l]) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = std * rng.nextGaussian();
                }
            }
        }
        return m;
    }

    /** @return units per layer, input first */
    public int[] sizes() {
        return sizes.clone();
    }

    /** @return the hidden layers' activation */
    public Activations.Kind hidden() {
        return hidden;
    }

    /** @return the number of dense layers (sizes().length − 1) */
    public int layers() {
        return w.length;
    }

    /**
     * @param layer the layer, from 0
     * @return a copy of its weights, {@code sizes[layer+1] × sizes[layer]}
     */
    public double[][] weights(int layer) {
        double[][] c = new double[w[layer].length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = w[layer][i].clone();
        }
        return c;
    }

    /**
     * @param layer the layer, from 0
     * @return a copy of its biases
     */
    public double[] bias(int layer) {
        return b[layer].clone();
    }

    /** @return the number of weights and biases: {@code Σ (sizes[l] + 1) · sizes[l+1]} */
    public int parameterCount() {
        int n = 0;
        for (int l = 0; l < w.length; l++) {
            n += (sizes[l] + 1) * sizes[l + 1];
        }
        return n;
    }

    /** @return a new flat vector of all parameters (see the class comment for the order) */
    public double[] parameters() {
        double[] p = new double[parameterCount()];
        int k = 0;
        for (int l = 0; l < w.length; l++) {
            for (double[] row : w[l]) {
                System.arraycopy(row, 0, p, k, row.length);
                k += row.length;
            }
            System.arraycopy(b[l], 0, p, k, b[l].length);
            k += b[l].length;
        }
        return p;
    }

    /**
     * Overwrites all parameters.
     *
     * @param p a flat vector of {@link #parameterCount()} values, in the order of {@link #parameters()}
     */
    public void setParameters(double[] p) {
        if (p.length != parameterCount()) {
            throw new IllegalArgumentException("expected " + parameterCount() + " parameters, got " + p.length);
        }
        int k = 0;
        for (int l = 0; l < w.length; l++) {
            for (double[] row : w[l]) {
                System.arraycopy(p, k, row, 0, row.length);
                k += row.length;
            }
            System.arraycopy(p, k, b[l], 0, b[l].length);
            k += b[l].length;
        }
    }

    /** @return an independent copy of this network */
    public Mlp copy() {
        Mlp m = new Mlp(sizes, hidden);
        m.setParameters(parameters());
        return m;
    }

    /**
     * What the forward pass keeps for the backward pass.
     *
     * @param pre  {@code pre[l]} = Z[l], the pre-activations of layer l (n × sizes[l+1]);
     *             the last one holds the logits
     * @param act  {@code act[l]} = A[l], the input of layer l ({@code act[0]} is the batch)
     */
    public record Forward(double[][][] pre, double[][][] act) {
        /** @return the logits, one row per example */
        public double[][] logits() {
            return pre[pre.length - 1];
        }
    }

    /**
     * The forward pass on a batch.
     *
     * @param x the inputs, one example per row, {@code sizes[0]} columns
     * @return pre-activations and activations of every layer
     */
    public Forward forward(double[][] x) {
        int layers = w.length;
        double[][][] pre = new double[layers][][];
        double[][][] act = new double[layers][][];
        double[][] a = x;
        for (int l = 0; l < layers; l++) {
            act[l] = a;
            int in = sizes[l];
            int out = sizes[l + 1];
            double[][] z = new double[a.length][out];
            for (int i = 0; i < a.length; i++) {
                if (a[i].length != in) {
                    throw new IllegalArgumentException("layer " + l + " expects " + in + " inputs, row " + i
                            + " has " + a[i].length);
                }
                for (int o = 0; o < out; o++) {
                    double s = b[l][o];
                    double[] wo = w[l][o];
                    for (int j = 0; j < in; j++) {
                        s += wo[j] * a[i][j];
                    }
                    z[i][o] = s;
                }
            }
            pre[l] = z;
            if (l < layers - 1) {
                double[][] next = new double[z.length][];
                for (int i = 0; i < z.length; i++) {
                    next[i] = hidden.apply(z[i]);
                }
                a = next;
            }
        }
        return new Forward(pre, act);
    }

    /**
     * @param x the inputs
     * @return the logits, one row per example
     */
    public double[][] logits(double[][] x) {
        return forward(x).logits();
    }

    /**
     * @param x the inputs
     * @return class probabilities (softmax of the logits), one row per example
     */
    public double[][] probabilities(double[][] x) {
        double[][] z = logits(x);
        double[][] p = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            p[i] = Activations.softmax(z[i]);
        }
        return p;
    }

    /**
     * @param x the inputs
     * @return the most probable class of each example
     */
    public int[] predict(double[][] x) {
        return argMax(logits(x));
    }

    /**
     * @param x the inputs
     * @param y the true classes
     * @return the fraction predicted correctly
     */
    public double accuracy(double[][] x, int[] y) {
        return accuracy(argMax(logits(x)), y);
    }

    /**
     * @param x the inputs
     * @param y the true classes
     * @return the mean softmax cross-entropy over the batch
     */
    public double loss(double[][] x, int[] y) {
        return meanLoss(logits(x), y);
    }

    /**
     * Backpropagation.
     *
     * @param f the forward pass of the batch
     * @param y the true classes of the batch
     * @return the gradient of the mean loss, a flat vector in the order of {@link #parameters()}
     */
    public double[] backward(Forward f, int[] y) {
        double[][] z = f.logits();
        int n = z.length;
        if (y.length != n) {
            throw new IllegalArgumentException(n + " examples but " + y.length + " labels");
        }
        double[][] delta = new double[n][];
        for (int i = 0; i < n; i++) {
            delta[i] = Losses.crossEntropyGradient(z[i], y[i]);
            for (int k = 0; k < delta[i].length; k++) {
                delta[i][k] /= n;
            }
        }
        double[][][] gw = new double[w.length][][];
        double[][] gb = new double[w.length][];
        for (int l = w.length - 1; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[][] a = f.act()[l];
            gw[l] = new double[out][in];
            gb[l] = new double[out];
            for (int i = 0; i < n; i++) {
                for (int o = 0; o < out; o++) {
                    double d = delta[i][o];
                    if (d == 0) {
                        continue;
                    }
                    gb[l][o] += d;
                    double[] g = gw[l][o];
                    for (int j = 0; j < in; j++) {
                        g[j] += d * a[i][j];
                    }
                }
            }
            if (l > 0) {
                double[][] prev = new double[n][in];
                double[][] zPrev = f.pre()[l - 1];
                for (int i = 0; i < n; i++) {
                    for (int o = 0; o < out; o++) {
                        double d = delta[i][o];
                        double[] wo = w[l][o];
                        for (int j = 0; j < in; j++) {
                            prev[i][j] += d * wo[j];
                        }
                    }
                    for (int j = 0; j < in; j++) {
                        prev[i][j] *= hidden.derivative(zPrev[i][j]);
                    }
                }
                delta = prev;
            }
        }
        double[] g = new double[parameterCount()];
        int k = 0;
        for (int l = 0; l < w.length; l++) {
            for (double[] row : gw[l]) {
                System.arraycopy(row, 0, g, k, row.length);
                k += row.length;
            }
            System.arraycopy(gb[l], 0, g, k, gb[l].length);
            k += gb[l].length;
        }
        return g;
    }

    /**
     * @param x a batch
     * @param y its classes
     * @return the gradient of the mean loss at the current parameters (forward, then backward)
     */
    public double[] gradient(double[][] x, int[] y) {
        return backward(forward(x), y);
    }

    /**
     * The mean loss on a fixed batch as a function of the flat parameter vector, for
     * {@link roadmap.optim.GradientCheck} and the optimisers of {@code roadmap.optim}. It works on a
     * private copy of the network: evaluating it never changes this network's parameters.
     *
     * @param x the batch
     * @param y its classes
     * @return the objective {@code p ↦ loss(x, y)} with gradient {@link #gradient}
     */
    public Objective objective(double[][] x, int[] y) {
        double[][] xs = x.clone();
        int[] ys = y.clone();
        Mlp work = copy();
        return Objective.of(p -> {
            work.setParameters(p);
            return work.loss(xs, ys);
        }, p -> {
            work.setParameters(p);
            return work.gradient(xs, ys);
        });
    }

    /**
     * One step of gradient descent on a batch: {@code p ← p − learningRate · ∇L(p)}.
     *
     * @param x            the batch
     * @param y            its classes
     * @param learningRate the step size
     * @return the batch's loss before the step
     */
    public double step(double[][] x, int[] y, double learningRate) {
        Forward f = forward(x);
        double loss = meanLoss(f.logits(), y);
        double[] g = backward(f, y);
        double[] p = parameters();
        for (int i = 0; i < p.length; i++) {
            p[i] -= learningRate * g[i];
        }
        setParameters(p);
        return loss;
    }

    /**
     * Minibatch stochastic gradient descent. Epoch {@code e} (from 1) shuffles the examples with
     * {@code Collections.shuffle(order, new Random(seed + e − 1))} — the batch order of
     * {@link roadmap.data.ImageSet#toDjlDataset} with the same seed and batch size, so a DJL twin
     * trained by {@link roadmap.dl.Fit} sees the same batches — takes one {@link #step} per batch, and then measures the
     * validation loss and accuracy; training loss and accuracy are averaged over the epoch's
     * batches (as {@link roadmap.dl.Fit} does). Progress is shown while it runs.
     *
     * @param x            training inputs
     * @param y            training classes
     * @param xVal         validation inputs (null: none)
     * @param yVal         validation classes
     * @param epochs       passes over the training data, at least 1
     * @param batchSize    examples per step, at least 1
     * @param learningRate the step size
     * @param seed         the shuffling seed
     * @return the per-epoch record
     */
    public History fit(double[][] x, int[] y, double[][] xVal, int[] yVal, int epochs, int batchSize,
                           double learningRate, long seed) {
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("epochs and batch size must be >= 1");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " examples but " + y.length + " labels");
        }
        History log = new History();
        int n = x.length;
        try (Progress progress = Progress.of("from scratch", epochs)) {
            for (int epoch = 1; epoch <= epochs; epoch++) {
                int[] order = shuffled(n, new Random(seed + epoch - 1));
                double lossSum = 0;
                long correct = 0;
                for (int from = 0; from < n; from += batchSize) {
                    int to = Math.min(n, from + batchSize);
                    double[][] bx = new double[to - from][];
                    int[] by = new int[to - from];
                    for (int i = from; i < to; i++) {
                        bx[i - from] = x[order[i]];
                        by[i - from] = y[order[i]];
                    }
                    Forward f = forward(bx);
                    int[] predicted = argMax(f.logits());
                    for (int i = 0; i < by.length; i++) {
                        correct += predicted[i] == by[i] ? 1 : 0;
                    }
                    lossSum += step(bx, by, learningRate) * by.length;
                }
                double valLoss = xVal == null ? Double.NaN : loss(xVal, yVal);
                double valAcc = xVal == null ? Double.NaN : accuracy(xVal, yVal);
                log.addEpoch(lossSum / n, (double) correct / n, valLoss, valAcc, Double.NaN);
                progress.step();
                progress.set("loss", lossSum / n);
                progress.set("acc", (double) correct / n);
                if (xVal != null) {
                    progress.set("val_loss", valLoss);
                    progress.set("val_acc", valAcc);
                }
            }
        }
        return log;
    }

    private static int[] shuffled(int n, Random rng) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, rng);
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double meanLoss(double[][] logits, int[] y) {
        if (logits.length != y.length) {
            throw new IllegalArgumentException(logits.length + " examples but " + y.length + " labels");
        }
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += Losses.crossEntropy(logits[i], y[i]);
        }
        return s / y.length;
    }

    static int[] argMax(double[][] scores) {
        int[] c = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            int best = 0;
            for (int k = 1; k < scores[i].length; k++) {
                if (scores[i][k] > scores[i][best]) {
                    best = k;
                }
            }
            c[i] = best;
        }
        return c;
    }

    static double accuracy(int[] predicted, int[] y) {
        if (predicted.length != y.length) {
            throw new IllegalArgumentException(predicted.length + " predictions but " + y.length + " labels");
        }
        int ok = 0;
        for (int i = 0; i < y.length; i++) {
            ok += predicted[i] == y[i] ? 1 : 0;
        }
        return (double) ok / y.length;
    }
}

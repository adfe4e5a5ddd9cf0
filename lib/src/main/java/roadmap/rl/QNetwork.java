package roadmap.rl;

import java.util.Arrays;
import java.util.Random;

/**
 * A small action-value network for deep Q-learning, written with plain arrays: dense layers with
 * ReLU between them and a linear output, one output per action, trained with the Huber loss on the
 * taken action's value and the Adam optimiser.
 *
 * <p>For networks as small as 4 → 64 → 2 a hand-written forward and backward pass in Java avoids
 * the per-call overhead of a tensor library, which dominates at this size.
 *
 * <p>All parameters live in one flat vector, layer by layer: the weights {@code W[l]} (one row of
 * {@code sizes[l]} inputs per output unit) row by row, then the biases {@code b[l]}; the layout of
 * {@link roadmap.nn.Mlp#parameters()}, so that an {@code Mlp} with ReLU hidden layers and the same
 * parameters computes the same outputs (its logits).
 *
 * <p>The loss of a batch of {@code n} transitions with taken actions {@code a_i} and targets
 * {@code y_i} is {@code (1/n) Σ huber(Q(x_i)[a_i] − y_i)} with {@code huber(d) = d²/2} for
 * {@code |d| ≤ 1} and {@code |d| − 1/2} beyond: squared error near the target, a bounded gradient
 * for the large errors bootstrapped targets produce early in training.
 */
public final class QNetwork {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double ADAM_EPS = 1e-8;

    private final int[] sizes;
    private final int[] wOff;
    private final int[] bOff;
    private final double[] p;
    private final double[] m;
    private final double[] v;
    private long adamSteps;

    private QNetwork(int[] sizes) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("a Q-network needs at least an input and an output size");
        }
        for (int s : sizes) {
            if (s < 1) {
                throw new IllegalArgumentException("layer sizes must be >= 1, got " + Arrays.toString(sizes));
            }
        }
        this.sizes = sizes.clone();
        int layers = sizes.length - 1;
        wOff = new int[layers];
        bOff = new int[layers];
        int k = 0;
        for (int l = 0; l < layers; l++) {
            wOff[l] = k;
            k += sizes[l + 1] * sizes[l];
            bOff[l] = k;
            k += sizes[l + 1];
        }
        p = new double[k];
        m = new double[k];
        v = new double[k];
    }

    /**
     * A network with He-initialised weights (Gaussian, standard deviation {@code sqrt(2 / fan-in)})
     * and zero biases.
     *
     * @param sizes units per layer, state size first, number of actions last, e.g. {@code {4, 64, 2}}
     * @param seed  the seed of the weights
     * @return the network
     */
    public static QNetwork create(int[] sizes, long seed) {
        QNetwork net = new QNetwork(sizes);
        Random rng = new Random(seed);
        for (int l = 0; l < sizes.length - 1; l++) {
            double std = Math.sqrt(2.0 / sizes[l]);
            for (int i = 0; i < sizes[l + 1] * sizes[l]; i++) {
                net.p[net.wOff[l] + i] = std * rng.nextGaussian();
            }
        }
        return net;
    }

    /** @return units per layer */
    public int[] sizes() {
        return sizes.clone();
    }

    /** @return the number of parameters */
    public int parameterCount() {
        return p.length;
    }

    /** @return a copy of the flat parameter vector */
    public double[] parameters() {
        return p.clone();
    }

    /**
     * @param params a flat parameter vector of {@link #parameterCount()} values
     */
    public void setParameters(double[] params) {
        if (params.length != p.length) {
            throw new IllegalArgumentException("expected " + p.length + " parameters, got " + params.length);
        }
        System.arraycopy(params, 0, p, 0, p.length);
    }

    /**
     * Copies another network's parameters into this one (the target-network update); the
     * optimiser state is left alone.
     *
     * @param other a network of the same sizes
     */
    public void copyFrom(QNetwork other) {
        if (!Arrays.equals(sizes, other.sizes)) {
            throw new IllegalArgumentException("sizes differ: " + Arrays.toString(sizes) + " vs "
                    + Arrays.toString(other.sizes));
        }
        System.arraycopy(other.p, 0, p, 0, p.length);
    }

    /** @return an independent copy with the same parameters and a fresh optimiser */
    public QNetwork copy() {
        QNetwork c = new QNetwork(sizes);
        c.copyFrom(this);
        return c;
    }

    /**
     * @param x a state
     * @return the action values Q(x, ·)
     */
    public double[] predict(double[] x) {
        return forward(x, null);
    }

    /**
     * @param x a state
     * @return the action of largest value (the first on ties)
     */
    public int greedyAction(double[] x) {
        return ValueIteration.argMax(predict(x));
    }

    private double[] forward(double[] x, double[][] acts) {
        if (x.length != sizes[0]) {
            throw new IllegalArgumentException("expected a state of " + sizes[0] + " values, got " + x.length);
        }
        double[] a = x;
        int layers = sizes.length - 1;
        for (int l = 0; l < layers; l++) {
            if (acts != null) {
                acts[l] = a;
            }
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] z = new double[out];
            for (int o = 0; o < out; o++) {
                double s = p[bOff[l] + o];
                int row = wOff[l] + o * in;
                for (int j = 0; j < in; j++) {
                    s += p[row + j] * a[j];
                }
                z[o] = l < layers - 1 && s < 0 ? 0 : s;
            }
            a = z;
        }
        return a;
    }

    /**
     * The mean Huber loss of a batch.
     *
     * @param xs      states, one per row
     * @param actions the action taken in each
     * @param targets the target value of each taken action
     * @return the loss
     */
    public double loss(double[][] xs, int[] actions, double[] targets) {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            sum += huber(predict(xs[i])[actions[i]] - targets[i]);
        }
        return sum / xs.length;
    }

    /**
     * The gradient of {@link #loss} by backpropagation.
     *
     * @param xs      states
     * @param actions taken actions
     * @param targets targets
     * @return the gradient, a flat vector in the order of {@link #parameters()}
     */
    public double[] gradient(double[][] xs, int[] actions, double[] targets) {
        if (xs.length == 0 || actions.length != xs.length || targets.length != xs.length) {
            throw new IllegalArgumentException("need equally many (>= 1) states, actions and targets");
        }
        double[] g = new double[p.length];
        accumulate(xs, actions, targets, g);
        return g;
    }

    private double accumulate(double[][] xs, int[] actions, double[] targets, double[] g) {
        int layers = sizes.length - 1;
        double[][] acts = new double[layers][];
        double lossSum = 0;
        for (int i = 0; i < xs.length; i++) {
            double[] out = forward(xs[i], acts);
            double d = out[actions[i]] - targets[i];
            lossSum += huber(d);
            double[] delta = new double[out.length];
            delta[actions[i]] = Math.max(-1, Math.min(1, d)) / xs.length;
            for (int l = layers - 1; l >= 0; l--) {
                int in = sizes[l];
                double[] a = acts[l];
                double[] prev = l > 0 ? new double[in] : null;
                for (int o = 0; o < delta.length; o++) {
                    double dd = delta[o];
                    if (dd == 0) {
                        continue;
                    }
                    g[bOff[l] + o] += dd;
                    int row = wOff[l] + o * in;
                    for (int j = 0; j < in; j++) {
                        g[row + j] += dd * a[j];
                        if (prev != null) {
                            prev[j] += dd * p[row + j];
                        }
                    }
                }
                if (prev != null) {
                    for (int j = 0; j < in; j++) {
                        if (a[j] <= 0) {
                            prev[j] = 0;
                        }
                    }
                    delta = prev;
                }
            }
        }
        return lossSum / xs.length;
    }

    /**
     * One Adam step on a batch (β₁ = 0.9, β₂ = 0.999, ε = 1e-8, bias-corrected).
     *
     * @param xs           states
     * @param actions      taken actions
     * @param targets      targets
     * @param learningRate the step size
     * @return the batch's loss before the step
     */
    public double train(double[][] xs, int[] actions, double[] targets, double learningRate) {
        if (xs.length == 0 || actions.length != xs.length || targets.length != xs.length) {
            throw new IllegalArgumentException("need equally many (>= 1) states, actions and targets");
        }
        double[] g = new double[p.length];
        double before = accumulate(xs, actions, targets, g);
        adamSteps++;
        double c1 = 1 - Math.pow(BETA1, adamSteps);
        double c2 = 1 - Math.pow(BETA2, adamSteps);
        for (int i = 0; i < p.length; i++) {
            m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
            v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
            p[i] -= learningRate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + ADAM_EPS);
        }
        return before;
    }

    /**
     * @param d an error
     * @return the Huber loss with threshold 1
     */
    public static double huber(double d) {
        double a = Math.abs(d);
        return a <= 1 ? 0.5 * d * d : a - 0.5;
    }
}

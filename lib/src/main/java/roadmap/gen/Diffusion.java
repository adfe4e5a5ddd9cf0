package roadmap.gen;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import roadmap.dl.Djl;
import roadmap.train.Progress;

/**
 * A denoising diffusion probabilistic model (DDPM; Ho, Jain and Abbeel, 2020) for points in a
 * few dimensions, with an MLP noise predictor in DJL.
 *
 * <p>Forward (noising) process: {@code q(x_t | x_{t−1}) = N(√(1−β_t) x_{t−1}, β_t I)} for
 * {@code t = 1 … T} with a linear schedule of {@code β_t}, so in closed form
 * {@code x_t = √ᾱ_t x_0 + √(1−ᾱ_t) ε} with {@code ᾱ_t = Π_{s≤t} (1−β_s)}. Training: pick a data
 * point, a step t and noise ε, and regress the network's {@code ε̂(x_t, t)} on ε (mean squared
 * error). Sampling runs the reverse chain from {@code x_T ~ N(0, I)}:
 * {@code x_{t−1} = (x_t − β_t/√(1−ᾱ_t) · ε̂) / √(1−β_t) + σ_t z} with
 * {@code σ_t² = β̃_t = β_t (1−ᾱ_{t−1})/(1−ᾱ_t)} (one of the two choices of Ho et al.; the other,
 * {@code β_t}, spreads the samples a little more when the network is not perfect).
 *
 * <p>Steps are numbered 1 … T as in the paper; arrays indexed by step have a 0 at index 0
 * standing for "no noise yet" ({@code ᾱ_0 = 1}). The network sees the step through sinusoidal
 * features. Weights come from DJL's initialiser (seed it with {@link Djl#seed}); all other
 * randomness from seeds the caller passes. Close the model to free its native memory.
 */
public final class Diffusion implements AutoCloseable {

    private static final int TIME_FEATURES = 16;

    private final int dims;
    private final int steps;
    private final double[] beta;
    private final double[] alphaBar;
    private final NDManager manager;
    private final SequentialBlock net;
    private final ParameterStore store;

    private Diffusion(int dims, int steps, double betaStart, double betaEnd, int hidden) {
        if (dims < 1 || steps < 2 || hidden < 1) {
            throw new IllegalArgumentException("need dims >= 1, steps >= 2, hidden >= 1");
        }
        if (!(betaStart > 0) || !(betaEnd >= betaStart) || !(betaEnd < 1)) {
            throw new IllegalArgumentException("need 0 < betaStart <= betaEnd < 1, got " + betaStart + ", " + betaEnd);
        }
        Djl.init();
        this.dims = dims;
        this.steps = steps;
        this.beta = new double[steps + 1];
        this.alphaBar = new double[steps + 1];
        alphaBar[0] = 1;
        for (int t = 1; t <= steps; t++) {
            beta[t] = betaStart + (betaEnd - betaStart) * (t - 1) / (steps - 1);
            alphaBar[t] = alphaBar[t - 1] * (1 - beta[t]);
        }
        this.manager = NDManager.newBaseManager();
        this.net = new SequentialBlock();
        for (int layer = 0; layer < 3; layer++) {
            net.add(Linear.builder().setUnits(hidden).build()).add(Activation.reluBlock());
        }
        net.add(Linear.builder().setUnits(dims).build());
        net.initialize(manager, DataType.FLOAT32, new Shape(1, dims + TIME_FEATURES));
        for (Pair<String, Parameter> p : net.getParameters()) {
            p.getValue().getArray().setRequiresGradient(true);
        }
        this.store = new ParameterStore(manager, false);
    }

    /**
     * A diffusion model with a linear β schedule and a noise predictor of three hidden ReLU
     * layers.
     *
     * @param dims      the dimension of the data points, e.g. 2
     * @param steps     the number of noising steps T
     * @param betaStart β_1
     * @param betaEnd   β_T
     * @param hidden    units per hidden layer
     * @return the untrained model
     */
    public static Diffusion of(int dims, int steps, double betaStart, double betaEnd, int hidden) {
        return new Diffusion(dims, steps, betaStart, betaEnd, hidden);
    }

    /** @return the number of noising steps T */
    public int steps() {
        return steps;
    }

    /** @return β_t for t = 0 … T (β_0 = 0), a copy */
    public double[] betas() {
        return beta.clone();
    }

    /** @return ᾱ_t = Π_{s≤t}(1 − β_s) for t = 0 … T (ᾱ_0 = 1), a copy */
    public double[] alphaBars() {
        return alphaBar.clone();
    }

    /**
     * Noises data to step t in one jump, with the closed form {@code √ᾱ_t x_0 + √(1−ᾱ_t) ε}.
     *
     * @param x0  data points
     * @param t   the step, 0 … T
     * @param rng the noise source
     * @return the noised points
     */
    public double[][] noiseTo(double[][] x0, int t, Random rng) {
        checkStep(t);
        double a = Math.sqrt(alphaBar[t]);
        double s = Math.sqrt(1 - alphaBar[t]);
        double[][] out = new double[x0.length][dims];
        for (int i = 0; i < x0.length; i++) {
            checkPoint(x0[i], i);
            for (int j = 0; j < dims; j++) {
                out[i][j] = a * x0[i][j] + s * rng.nextGaussian();
            }
        }
        return out;
    }

    /**
     * Trains the noise predictor with Adam: each iteration draws a batch of data points (with
     * replacement), a step t uniformly from 1 … T for each, and noise ε. The step size follows a
     * cosine curve from {@code learningRate} down to a twentieth of it over the iterations.
     *
     * @param data         the training points
     * @param iterations   optimiser steps
     * @param batchSize    points per step
     * @param learningRate Adam's initial step size
     * @param seed         seeds batches, steps and noise
     * @param label        the progress line's label
     * @return the mean loss of each block of {@code max(1, iterations / 50)} iterations
     */
    public double[] fit(double[][] data, int iterations, int batchSize, double learningRate, long seed,
            String label) {
        if (data == null || data.length == 0 || iterations < 1 || batchSize < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("need data, iterations >= 1, batchSize >= 1, learningRate > 0");
        }
        for (int i = 0; i < data.length; i++) {
            checkPoint(data[i], i);
        }
        Tracker cosine = Tracker.cosine().setBaseValue((float) learningRate)
                .optFinalValue((float) learningRate / 20).setMaxUpdates(iterations).build();
        Optimizer adam = Optimizer.adam().optLearningRateTracker(cosine).build();
        Random rng = new Random(seed);
        int block = Math.max(1, iterations / 50);
        double[] curve = new double[(iterations + block - 1) / block];
        try (Progress progress = Progress.of(label, iterations)) {
            for (int it = 0; it < iterations; it++) {
                float[] input = new float[batchSize * (dims + TIME_FEATURES)];
                float[] target = new float[batchSize * dims];
                for (int b = 0; b < batchSize; b++) {
                    double[] x0 = data[rng.nextInt(data.length)];
                    int t = 1 + rng.nextInt(steps);
                    double a = Math.sqrt(alphaBar[t]);
                    double s = Math.sqrt(1 - alphaBar[t]);
                    int row = b * (dims + TIME_FEATURES);
                    for (int j = 0; j < dims; j++) {
                        double eps = rng.nextGaussian();
                        target[b * dims + j] = (float) eps;
                        input[row + j] = (float) (a * x0[j] + s * eps);
                    }
                    timeFeatures(t, input, row + dims);
                }
                double loss = step(adam, input, target, batchSize);
                curve[it / block] += loss / Math.min(block, iterations - (it / block) * block);
                progress.step();
                progress.set("loss", loss);
            }
        }
        return curve;
    }

    private double step(Optimizer adam, float[] input, float[] target, int m) {
        double loss;
        try (NDManager b = manager.newSubManager()) {
            NDArray x = b.create(input, new Shape(m, dims + TIME_FEATURES));
            NDArray eps = b.create(target, new Shape(m, dims));
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray l = net.forward(store, new NDList(x), true).head().sub(eps).square().mean();
                gc.backward(l);
                loss = l.getFloat();
            }
            for (Pair<String, Parameter> p : net.getParameters()) {
                NDArray w = p.getValue().getArray();
                try (NDArray g = w.getGradient()) {
                    adam.update(p.getValue().getId(), w, g);
                    g.subi(g);
                }
            }
        }
        return loss;
    }

    /**
     * The network's noise prediction {@code ε̂(x_t, t)}.
     *
     * @param xt noised points
     * @param t  their step, 1 … T
     * @return the predicted noise, one row per point
     */
    public double[][] predictNoise(double[][] xt, int t) {
        checkStep(t);
        int n = xt.length;
        float[] input = new float[n * (dims + TIME_FEATURES)];
        for (int i = 0; i < n; i++) {
            checkPoint(xt[i], i);
            int row = i * (dims + TIME_FEATURES);
            for (int j = 0; j < dims; j++) {
                input[row + j] = (float) xt[i][j];
            }
            timeFeatures(t, input, row + dims);
        }
        double[][] out = new double[n][dims];
        try (NDManager b = manager.newSubManager()) {
            NDArray x = b.create(input, new Shape(n, dims + TIME_FEATURES));
            float[] e = net.forward(store, new NDList(x), false).head().toFloatArray();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < dims; j++) {
                    out[i][j] = e[i * dims + j];
                }
            }
        }
        return out;
    }

    /**
     * Runs the reverse chain and keeps every intermediate state.
     *
     * @param n          how many points to generate
     * @param noiseScale multiplies σ_t = √β̃_t of each reverse step (1 = DDPM; 0 = no fresh noise)
     * @param seed       seeds x_T and the noise of each step
     * @return {@code states[k]} = the points at step {@code T − k}: {@code states[0]} is x_T
     *         (pure noise) and {@code states[T]} is x_0 (the samples)
     */
    public double[][][] sampleChain(int n, double noiseScale, long seed) {
        if (n < 1 || !(noiseScale >= 0)) {
            throw new IllegalArgumentException("need n >= 1 and noiseScale >= 0");
        }
        Random rng = new Random(seed);
        double[][][] states = new double[steps + 1][][];
        double[][] x = new double[n][dims];
        for (double[] row : x) {
            for (int j = 0; j < dims; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        states[0] = x;
        for (int t = steps; t >= 1; t--) {
            double[][] eps = predictNoise(x, t);
            double c = beta[t] / Math.sqrt(1 - alphaBar[t]);
            double scale = 1 / Math.sqrt(1 - beta[t]);
            double sigma = noiseScale * Math.sqrt(posteriorVariance(t));
            double[][] next = new double[n][dims];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < dims; j++) {
                    next[i][j] = scale * (x[i][j] - c * eps[i][j]) + sigma * rng.nextGaussian();
                }
            }
            x = next;
            states[steps - t + 1] = x;
        }
        return states;
    }

    /**
     * Generates points with the DDPM reverse chain ({@code noiseScale} 1).
     *
     * @param n    how many points
     * @param seed seeds the chain
     * @return {@code [n][dims]}
     */
    public double[][] sample(int n, long seed) {
        return sampleChain(n, 1, seed)[steps];
    }

    /**
     * The variance of the fresh noise added at reverse step t:
     * {@code β̃_t = β_t (1 − ᾱ_{t−1}) / (1 − ᾱ_t)}, the variance of the true posterior
     * {@code q(x_{t−1} | x_t, x_0)}. It is 0 at t = 1 and close to β_t for large t.
     *
     * @param t the step, 1 … T
     * @return β̃_t
     */
    public double posteriorVariance(int t) {
        if (t < 1 || t > steps) {
            throw new IllegalArgumentException("step " + t + " is outside 1 … " + steps);
        }
        return beta[t] * (1 - alphaBar[t - 1]) / (1 - alphaBar[t]);
    }

    private void timeFeatures(int t, float[] into, int offset) {
        int half = TIME_FEATURES / 2;
        for (int k = 0; k < half; k++) {
            double freq = Math.exp(-Math.log(1000.0) * k / half);
            into[offset + k] = (float) Math.sin(t * freq);
            into[offset + half + k] = (float) Math.cos(t * freq);
        }
    }

    private void checkStep(int t) {
        if (t < 0 || t > steps) {
            throw new IllegalArgumentException("step " + t + " is outside 0 … " + steps);
        }
    }

    private void checkPoint(double[] p, int i) {
        if (p == null || p.length != dims) {
            throw new IllegalArgumentException("point " + i + " has " + (p == null ? 0 : p.length)
                    + " coordinates, the model expects " + dims);
        }
    }

    /** @return the number of trainable numbers in the noise predictor */
    public long parameterCount() {
        long count = 0;
        for (Pair<String, Parameter> p : net.getParameters()) {
            count += p.getValue().getArray().size();
        }
        return count;
    }

    /** Frees the weights' native memory. */
    @Override
    public void close() {
        manager.close();
    }
}

package roadmap.gen;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
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
 * A fully connected variational autoencoder (Kingma and Welling, 2014) for binary images, or the
 * plain autoencoder with the same layers, in DJL.
 *
 * <p>Encoder: {@code pixels → hidden (ReLU) → 2·latent}, read as the mean {@code μ} and the
 * log-variance {@code log σ²} of the approximate posterior {@code q(z | x) = N(μ, diag σ²)}.
 * Decoder: {@code latent → hidden (ReLU) → pixels}, the logits of independent Bernoulli pixels
 * {@code p(x | z)}. Training maximises the ELBO
 * {@code E_q[log p(x | z)] − KL(q(z | x) ‖ N(0, I))} with one reparameterised sample
 * {@code z = μ + σ·ε} per image (see {@link #reparameterize}). The autoencoder
 * ({@link #autoencoder}) has a deterministic code {@code z = μ} (its encoder outputs only
 * {@code latent} numbers) and minimises the reconstruction loss alone: no noise, no KL term.
 *
 * <p>All quantities are in nats per image. Noise is drawn from a {@link Random} seeded by the
 * caller, so a fit and an evaluation repeat exactly once the weights are seeded with
 * {@link Djl#seed}. Close the model to free its native memory.
 */
public final class Vae implements AutoCloseable {

    private final int pixels;
    private final int hidden;
    private final int latent;
    private final boolean variational;
    private final NDManager manager;
    private final SequentialBlock encoder;
    private final SequentialBlock decoder;
    private final ParameterStore store;

    private Vae(int pixels, int hidden, int latent, boolean variational) {
        if (pixels < 1 || hidden < 1 || latent < 1) {
            throw new IllegalArgumentException("pixels, hidden and latent must be >= 1, got "
                    + pixels + ", " + hidden + ", " + latent);
        }
        Djl.init();
        this.pixels = pixels;
        this.hidden = hidden;
        this.latent = latent;
        this.variational = variational;
        this.manager = NDManager.newBaseManager();
        this.encoder = new SequentialBlock()
                .add(Linear.builder().setUnits(hidden).build()).add(Activation.reluBlock())
                .add(Linear.builder().setUnits(variational ? 2L * latent : latent).build());
        this.decoder = new SequentialBlock()
                .add(Linear.builder().setUnits(hidden).build()).add(Activation.reluBlock())
                .add(Linear.builder().setUnits(pixels).build());
        encoder.initialize(manager, DataType.FLOAT32, new Shape(1, pixels));
        decoder.initialize(manager, DataType.FLOAT32, new Shape(1, latent));
        for (Parameter p : parameters()) {
            p.getArray().setRequiresGradient(true);
        }
        this.store = new ParameterStore(manager, false);
    }

    /**
     * A variational autoencoder with freshly initialised weights (seed them first with
     * {@link Djl#seed}).
     *
     * @param pixels pixels per image, e.g. 784
     * @param hidden units of the hidden layer of encoder and decoder
     * @param latent dimension of the code z
     * @return the model
     */
    public static Vae variational(int pixels, int hidden, int latent) {
        return new Vae(pixels, hidden, latent, true);
    }

    /**
     * A plain (deterministic) autoencoder with the same layers as {@link #variational}, trained
     * on the reconstruction loss alone.
     *
     * @param pixels pixels per image
     * @param hidden units of the hidden layer
     * @param latent dimension of the code
     * @return the model
     */
    public static Vae autoencoder(int pixels, int hidden, int latent) {
        return new Vae(pixels, hidden, latent, false);
    }

    /** @return true for the VAE, false for the plain autoencoder */
    public boolean isVariational() {
        return variational;
    }

    /** @return the dimension of the code z */
    public int latent() {
        return latent;
    }

    /** @return the number of trainable numbers in encoder and decoder */
    public long parameterCount() {
        long n = 0;
        for (Parameter p : parameters()) {
            n += p.getArray().size();
        }
        return n;
    }

    /**
     * The KL divergence from {@code N(μ, diag exp(logVar))} to {@code N(0, I)}, in closed form,
     * one value per row: {@code ½ Σ_j (μ_j² + exp(logVar_j) − 1 − logVar_j)}.
     *
     * @param mu     means, one row per image
     * @param logVar log-variances, same shape
     * @return a vector with one KL value per row
     */
    public static NDArray klToStandardNormal(NDArray mu, NDArray logVar) {
        return mu.square().add(logVar.exp()).sub(1).sub(logVar).sum(new int[] {1}).mul(0.5);
    }

    /**
     * The reparameterisation trick: {@code z = μ + exp(logVar / 2) · ε}. With {@code ε ~ N(0, I)}
     * drawn outside the network, z is a differentiable function of μ and logVar, so gradients
     * of an expectation over z flow back into the encoder.
     *
     * @param mu     means
     * @param logVar log-variances, same shape
     * @param eps    standard-normal noise, same shape
     * @return the samples
     */
    public static NDArray reparameterize(NDArray mu, NDArray logVar, NDArray eps) {
        return mu.add(logVar.mul(0.5).exp().mul(eps));
    }

    /**
     * The log-likelihood of binary pixels {@code x} under independent Bernoulli pixels with the
     * given logits, one value per row: {@code Σ_j x_j·l_j − softplus(l_j)}, computed stably as
     * {@code Σ_j x_j·l_j − max(l_j, 0) − log(1 + exp(−|l_j|))}.
     *
     * @param logits the decoder's logits, one row per image
     * @param x      the images (0/1 values), same shape
     * @return a vector with one log-likelihood (nats, ≤ 0) per row
     */
    public static NDArray bernoulliLogLikelihood(NDArray logits, NDArray x) {
        NDArray softplus = logits.maximum(0).add(logits.abs().neg().exp().add(1).log());
        return x.mul(logits).sub(softplus).sum(new int[] {1});
    }

    /**
     * Trains with Adam on mini-batches, shuffled each epoch with {@code seed}. The VAE minimises
     * the negative ELBO, the autoencoder the reconstruction loss; both in nats per image.
     *
     * @param images       binary images, one row of {@code pixels} values each
     * @param epochs       passes over the images
     * @param batchSize    images per step
     * @param learningRate Adam's step size
     * @param seed         seeds the shuffling and the noise ε
     * @param label        the progress line's label
     * @return the mean training loss of each epoch
     */
    public double[] fit(float[][] images, int epochs, int batchSize, double learningRate, long seed, String label) {
        checkImages(images);
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("need epochs >= 1, batchSize >= 1, learningRate > 0");
        }
        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) learningRate)).build();
        Random rng = new Random(seed);
        int n = images.length;
        int batches = (n + batchSize - 1) / batchSize;
        double[] losses = new double[epochs];
        try (Progress progress = Progress.of(label, (long) epochs * batches)) {
            for (int e = 0; e < epochs; e++) {
                int[] order = permutation(n, rng);
                double total = 0;
                for (int start = 0; start < n; start += batchSize) {
                    int m = Math.min(batchSize, n - start);
                    float[] flat = new float[m * pixels];
                    for (int i = 0; i < m; i++) {
                        System.arraycopy(images[order[start + i]], 0, flat, i * pixels, pixels);
                    }
                    total += step(adam, flat, m, rng) * m;
                    progress.step();
                }
                losses[e] = total / n;
                progress.set("epoch", (e + 1) + "/" + epochs);
                progress.set("loss", losses[e]);
            }
        }
        return losses;
    }

    private double step(Optimizer adam, float[] flat, int m, Random rng) {
        double loss;
        try (NDManager b = manager.newSubManager()) {
            NDArray x = b.create(flat, new Shape(m, pixels));
            NDArray eps = variational ? noise(b, m, rng) : null;
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray l = terms(x, eps, true).loss.mean();
                gc.backward(l);
                loss = l.getFloat();
            }
            for (Parameter p : parameters()) {
                NDArray w = p.getArray();
                try (NDArray g = w.getGradient()) {
                    adam.update(p.getId(), w, g);
                    g.subi(g);
                }
            }
        }
        return loss;
    }

    /** Per-image quantities of one forward pass. */
    private static final class Terms {
        NDArray reconstruction;
        NDArray kl;
        NDArray loss;
    }

    private Terms terms(NDArray x, NDArray eps, boolean training) {
        NDArray code = encoder.forward(store, new NDList(x), training).head();
        Terms t = new Terms();
        NDArray z;
        if (variational) {
            NDArray mu = code.get(new NDIndex(":, :{}", latent));
            NDArray logVar = code.get(new NDIndex(":, {}:", latent));
            z = eps == null ? mu : reparameterize(mu, logVar, eps);
            t.kl = klToStandardNormal(mu, logVar);
        } else {
            z = code;
            t.kl = x.getManager().zeros(new Shape(x.getShape().get(0)));
        }
        NDArray logits = decoder.forward(store, new NDList(z), training).head();
        t.reconstruction = bernoulliLogLikelihood(logits, x);
        t.loss = t.kl.sub(t.reconstruction);
        return t;
    }

    /**
     * The ELBO and its two terms, averaged over the images, each image's expectation estimated
     * with {@code samples} reparameterised draws of z (the autoencoder has no noise and no KL:
     * its "ELBO" is its reconstruction log-likelihood and is not a bound on anything).
     *
     * @param images  binary images
     * @param samples draws of z per image, at least 1
     * @param seed    seeds the noise
     * @return {@code {reconstruction log-likelihood, KL, ELBO}}, nats per image (ELBO = first − second)
     */
    public double[] elbo(float[][] images, int samples, long seed) {
        checkImages(images);
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        Random rng = new Random(seed);
        double rec = 0;
        double kl = 0;
        int chunk = 500;
        for (int s = 0; s < samples; s++) {
            for (int start = 0; start < images.length; start += chunk) {
                int m = Math.min(chunk, images.length - start);
                try (NDManager b = manager.newSubManager()) {
                    NDArray x = b.create(flat(images, start, m), new Shape(m, pixels));
                    Terms t = terms(x, variational ? noise(b, m, rng) : null, false);
                    rec += t.reconstruction.sum().getFloat();
                    kl += t.kl.sum().getFloat();
                }
            }
        }
        double count = (double) images.length * samples;
        return new double[] {rec / count, kl / count, (rec - kl) / count};
    }

    /**
     * The encoder's means μ (the autoencoder's codes), one row per image.
     *
     * @param images the images
     * @return {@code [images][latent]}
     */
    public double[][] encodeMeans(float[][] images) {
        return encodePart(images, 0);
    }

    /**
     * The encoder's log-variances, one row per image (VAE only).
     *
     * @param images the images
     * @return {@code [images][latent]}
     */
    public double[][] encodeLogVars(float[][] images) {
        if (!variational) {
            throw new IllegalStateException("a plain autoencoder has no variances");
        }
        return encodePart(images, latent);
    }

    private double[][] encodePart(float[][] images, int from) {
        checkImages(images);
        double[][] out = new double[images.length][latent];
        try (NDManager b = manager.newSubManager()) {
            NDArray x = b.create(flat(images, 0, images.length), new Shape(images.length, pixels));
            NDArray code = encoder.forward(store, new NDList(x), false).head();
            float[] v = code.get(new NDIndex(":, {}:{}", from, from + latent)).toFloatArray();
            for (int i = 0; i < images.length; i++) {
                for (int j = 0; j < latent; j++) {
                    out[i][j] = v[i * latent + j];
                }
            }
        }
        return out;
    }

    /**
     * Decodes codes into pixel probabilities (the sigmoid of the decoder's logits).
     *
     * @param z codes, one row of {@code latent} numbers each
     * @return {@code [codes][pixels]} probabilities in (0, 1)
     */
    public double[][] decode(double[][] z) {
        if (z == null || z.length == 0) {
            throw new IllegalArgumentException("no codes to decode");
        }
        float[] flat = new float[z.length * latent];
        for (int i = 0; i < z.length; i++) {
            if (z[i].length != latent) {
                throw new IllegalArgumentException("code " + i + " has " + z[i].length + " numbers, not " + latent);
            }
            for (int j = 0; j < latent; j++) {
                flat[i * latent + j] = (float) z[i][j];
            }
        }
        double[][] out = new double[z.length][pixels];
        try (NDManager b = manager.newSubManager()) {
            NDArray zs = b.create(flat, new Shape(z.length, latent));
            float[] p = Activation.sigmoid(decoder.forward(store, new NDList(zs), false).head())
                    .toFloatArray();
            for (int i = 0; i < z.length; i++) {
                for (int j = 0; j < pixels; j++) {
                    out[i][j] = p[i * pixels + j];
                }
            }
        }
        return out;
    }

    /**
     * Encodes images to their means and decodes them again: the reconstructions' pixel
     * probabilities.
     *
     * @param images the images
     * @return {@code [images][pixels]}
     */
    public double[][] reconstruct(float[][] images) {
        return decode(encodeMeans(images));
    }

    private NDArray noise(NDManager b, int m, Random rng) {
        float[] e = new float[m * latent];
        for (int i = 0; i < e.length; i++) {
            e[i] = (float) rng.nextGaussian();
        }
        return b.create(e, new Shape(m, latent));
    }

    private List<Parameter> parameters() {
        List<Parameter> list = new ArrayList<>();
        for (Pair<String, Parameter> p : encoder.getParameters()) {
            list.add(p.getValue());
        }
        for (Pair<String, Parameter> p : decoder.getParameters()) {
            list.add(p.getValue());
        }
        return list;
    }

    private float[] flat(float[][] images, int start, int m) {
        float[] f = new float[m * pixels];
        for (int i = 0; i < m; i++) {
            System.arraycopy(images[start + i], 0, f, i * pixels, pixels);
        }
        return f;
    }

    private void checkImages(float[][] images) {
        if (images == null || images.length == 0) {
            throw new IllegalArgumentException("no images");
        }
        for (int i = 0; i < images.length; i++) {
            if (images[i].length != pixels) {
                throw new IllegalArgumentException("image " + i + " has " + images[i].length
                        + " pixels, the model expects " + pixels);
            }
        }
    }

    static int[] permutation(int n, Random rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Frees the weights' native memory. */
    @Override
    public void close() {
        manager.close();
    }
}

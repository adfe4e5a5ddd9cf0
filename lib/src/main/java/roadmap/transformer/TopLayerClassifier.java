package roadmap.transformer;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import roadmap.dl.Djl;

/**
 * Fine-tuning the top of a pretrained encoder: trainable copies of its last {@code k} layers, mean
 * pooling, and a linear classification head, trained with Adam on cross-entropy.
 *
 * <p>The lower layers stay frozen, so their outputs are computed once per run
 * ({@link MiniLmEncoder#hiddenStates(NDManager, EncoderInput, int, int)}) and fed to
 * {@link #fit}: each epoch then costs only the top layers, forward and backward. The encoder
 * layers learn with a small rate (pretrained weights need only nudging), the new head with a
 * larger one.
 */
public final class TopLayerClassifier implements AutoCloseable {

    private final NDManager manager;
    private final List<EncoderLayer> top;
    private final NDArray headWeight;
    private final NDArray headBias;
    private final int classes;

    private TopLayerClassifier(NDManager manager, List<EncoderLayer> top, NDArray w, NDArray b, int classes) {
        this.manager = manager;
        this.top = top;
        this.headWeight = w;
        this.headBias = b;
        this.classes = classes;
    }

    /**
     * Copies the last {@code trainableLayers} layers of an encoder and adds a fresh head.
     *
     * @param encoder         the pretrained encoder (unchanged)
     * @param trainableLayers how many top layers to fine-tune (0 = head only)
     * @param classes         number of classes (at least 2)
     * @param seed            seed of the head's initial weights (normal, σ = 0.02)
     * @return the classifier (close it)
     */
    public static TopLayerClassifier fromPretrained(MiniLmEncoder encoder, int trainableLayers, int classes,
            long seed) {
        if (trainableLayers < 0 || trainableLayers > encoder.layers() || classes < 2) {
            throw new IllegalArgumentException("need 0.." + encoder.layers() + " trainable layers and >= 2 classes");
        }
        Djl.init();
        NDManager m = NDManager.newBaseManager();
        List<EncoderLayer> top = new ArrayList<>();
        for (int i = encoder.layers() - trainableLayers; i < encoder.layers(); i++) {
            top.add(encoder.layer(i).copy(m));
        }
        Random r = new Random(seed);
        float[] w = new float[MiniLm.HIDDEN * classes];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (0.02 * r.nextGaussian());
        }
        NDArray weight = m.create(w, new Shape(MiniLm.HIDDEN, classes));
        NDArray bias = m.zeros(new Shape(classes));
        weight.setRequiresGradient(true);
        bias.setRequiresGradient(true);
        return new TopLayerClassifier(m, List.copyOf(top), weight, bias, classes);
    }

    /**
     * Starts the head from given weights, e.g. a logistic regression fitted on frozen sentence
     * embeddings ("head first, then unfreeze": the new layer does not disturb the pretrained ones
     * with random gradients at the start).
     *
     * @param weights {@code [classes][384]}: the logit of class c is {@code weights[c] · pooled + bias[c]}
     * @param bias    {@code [classes]}
     */
    public void setHead(double[][] weights, double[] bias) {
        if (weights.length != classes || bias.length != classes) {
            throw new IllegalArgumentException("the head has " + classes + " classes");
        }
        float[] w = new float[MiniLm.HIDDEN * classes];
        for (int c = 0; c < classes; c++) {
            if (weights[c].length != MiniLm.HIDDEN) {
                throw new IllegalArgumentException("head weights need " + MiniLm.HIDDEN + " columns");
            }
            for (int j = 0; j < MiniLm.HIDDEN; j++) {
                w[j * classes + c] = (float) weights[c][j];
            }
        }
        float[] b = new float[classes];
        for (int c = 0; c < classes; c++) {
            b[c] = (float) bias[c];
        }
        headWeight.set(w);
        headBias.set(b);
    }

    /** @return fine-tuned encoder layers */
    public int trainableLayers() {
        return top.size();
    }

    /** @return trainable weights: the copied layers plus the head */
    public long parameterCount() {
        return top.stream().mapToLong(EncoderLayer::parameterCount).sum() + headWeight.size() + headBias.size();
    }

    private NDArray logits(NDArray lower, NDArray mask) {
        NDArray bias = MiniLmEncoder.maskBias(mask);
        NDArray h = lower;
        for (EncoderLayer l : top) {
            h = l.forward(h, bias);
        }
        return MiniLmEncoder.meanPool(h, mask).matMul(headWeight).add(headBias);
    }

    /**
     * Trains on the outputs of the frozen lower layers.
     *
     * @param lower     {@code [n, length, 384]}: hidden states entering the first trainable layer
     * @param mask      {@code [n, length]}: attention mask (0/1)
     * @param labels    class of each row, 0..classes-1
     * @param epochs    passes over the data
     * @param batchSize rows per step
     * @param layerRate Adam learning rate of the encoder layers (e.g. 1e-4)
     * @param headRate  Adam learning rate of the head (e.g. 1e-3)
     * @param seed      seed of the shuffling
     * @return the mean training loss of each epoch
     */
    public double[] fit(NDArray lower, NDArray mask, int[] labels, int epochs, int batchSize, float layerRate,
            float headRate, long seed) {
        long n = lower.getShape().get(0);
        if (labels.length != n || mask.getShape().get(0) != n) {
            throw new IllegalArgumentException(n + " rows of hidden states, " + mask.getShape().get(0)
                    + " mask rows, " + labels.length + " labels");
        }
        List<NDArray> params = new ArrayList<>();
        List<Float> rates = new ArrayList<>();
        for (EncoderLayer l : top) {
            for (NDArray p : l.parameters()) {
                params.add(p);
                rates.add(layerRate);
            }
        }
        params.add(headWeight);
        rates.add(headRate);
        params.add(headBias);
        rates.add(headRate);
        List<NDArray> m1 = new ArrayList<>();
        List<NDArray> m2 = new ArrayList<>();
        for (NDArray p : params) {
            m1.add(manager.zeros(p.getShape()));
            m2.add(manager.zeros(p.getShape()));
        }
        Random r = new Random(seed);
        double[] losses = new double[epochs];
        int step = 0;
        Engine engine = Djl.init();
        for (int e = 0; e < epochs; e++) {
            int[] order = shuffled((int) n, r);
            double sum = 0;
            for (int from = 0; from < n; from += batchSize) {
                int[] idx = java.util.Arrays.copyOfRange(order, from, (int) Math.min(n, from + batchSize));
                int[] y = new int[idx.length];
                for (int i = 0; i < idx.length; i++) {
                    y[i] = labels[idx[i]];
                }
                step++;
                try (NDManager s = manager.newSubManager()) {
                    NDArray rows = s.create(idx);
                    NDArray x = lower.get(s, new NDIndex("{}", rows));
                    NDArray xm = mask.get(s, new NDIndex("{}", rows));
                    NDArray oneHot = s.create(y).oneHot(classes);
                    try (GradientCollector gc = engine.newGradientCollector()) {
                        NDArray loss = logits(x, xm).logSoftmax(-1).mul(oneHot).sum().div(-idx.length);
                        gc.backward(loss);
                        sum += loss.getFloat() * idx.length;
                    }
                    adamStep(s, params, rates, m1, m2, step);
                }
            }
            losses[e] = sum / n;
        }
        return losses;
    }

    private static void adamStep(NDManager s, List<NDArray> params, List<Float> rates, List<NDArray> m1,
            List<NDArray> m2, int step) {
        // PyTorch's grad mode is per thread and on by default (a notebook runs each cell on a new
        // thread): the in-place update of a weight that records gradients needs it off
        JniUtils.setGradMode(false);
        double c1 = 1 - Math.pow(0.9, step);
        double c2 = 1 - Math.pow(0.999, step);
        for (int i = 0; i < params.size(); i++) {
            NDArray p = params.get(i);
            NDArray g = p.getGradient();
            g.attach(s);
            m1.get(i).muli(0.9f).addi(g.mul(0.1f));
            m2.get(i).muli(0.999f).addi(g.square().mul(0.001f));
            NDArray mh = m1.get(i).div(c1);
            mh.attach(s);
            NDArray vh = m2.get(i).div(c2);
            vh.attach(s);
            p.subi(mh.div(vh.sqrt().add(1e-8f)).mul(rates.get(i)));
            g.subi(g);                        // backward() adds to the gradient: clear it for the next step
        }
    }

    private static int[] shuffled(int n, Random r) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /**
     * Class probabilities.
     *
     * @param lower     {@code [n, length, 384]} outputs of the frozen layers
     * @param mask      {@code [n, length]}
     * @param batchSize rows per pass
     * @return {@code [n][classes]}
     */
    public double[][] probabilities(NDArray lower, NDArray mask, int batchSize) {
        int n = (int) lower.getShape().get(0);
        double[][] out = new double[n][];
        JniUtils.setGradMode(false);              // inference: record no graph
        for (int from = 0; from < n; from += batchSize) {
            int to = Math.min(n, from + batchSize);
            try (NDManager s = manager.newSubManager()) {
                NDArray x = lower.get(s, new NDIndex(from + ":" + to));
                NDArray xm = mask.get(s, new NDIndex(from + ":" + to));
                float[] p = logits(x, xm).softmax(-1).toType(DataType.FLOAT32, false).toFloatArray();
                for (int i = 0; i < to - from; i++) {
                    out[from + i] = new double[classes];
                    for (int c = 0; c < classes; c++) {
                        out[from + i][c] = p[i * classes + c];
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        manager.close();
    }
}

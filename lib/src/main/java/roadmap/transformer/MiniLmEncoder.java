package roadmap.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import roadmap.dl.Djl;

/**
 * all-MiniLM-L6-v2 rebuilt in DJL from the weights of its ONNX file: word + position + token-type
 * embeddings and a LayerNorm, six post-norm {@link EncoderLayer}s, and mean pooling over the real
 * tokens for sentence embeddings. Run on the same input, it agrees with {@link OnnxEncoder}.
 *
 * <p>Owns an NDManager with all weights (about 90 MB of native memory); close it when done.
 * Methods that take a manager put their results (and intermediate arrays) there.
 */
public final class MiniLmEncoder implements AutoCloseable {

    /** Added to attention scores of padding positions. */
    public static final float MASKED = -1e9f;

    private final NDManager manager;
    private final NDArray wordEmbeddings;
    private final NDArray positionEmbeddings;
    private final NDArray typeEmbeddings;
    private final NDArray normGamma;
    private final NDArray normBeta;
    private final List<EncoderLayer> layers;
    private final long parameterCount;

    private MiniLmEncoder(NDManager manager, OnnxWeights w) {
        this.manager = manager;
        wordEmbeddings = create(w, "embeddings.word_embeddings.weight");
        positionEmbeddings = create(w, "embeddings.position_embeddings.weight");
        typeEmbeddings = create(w, "embeddings.token_type_embeddings.weight");
        normGamma = create(w, "embeddings.LayerNorm.weight");
        normBeta = create(w, "embeddings.LayerNorm.bias");
        List<EncoderLayer> l = new ArrayList<>();
        for (int i = 0; i < MiniLm.LAYERS; i++) {
            l.add(EncoderLayer.load(w, i, MiniLm.HEADS, MiniLm.LAYER_NORM_EPS, manager));
        }
        layers = List.copyOf(l);
        parameterCount = w.parameterCount();
    }

    private NDArray create(OnnxWeights w, String name) {
        return manager.create(w.buffer(name), new Shape(w.shape(name)), DataType.FLOAT32);
    }

    /**
     * Builds the encoder from MiniLM's ONNX weights.
     *
     * @param weights from {@link OnnxWeights#miniLm()}
     * @return the encoder (close it)
     */
    public static MiniLmEncoder load(OnnxWeights weights) {
        Djl.init();
        NDManager m = NDManager.newBaseManager();
        try {
            return new MiniLmEncoder(m, weights);
        } catch (RuntimeException e) {
            m.close();
            throw e;
        }
    }

    /** @return the number of encoder layers */
    public int layers() {
        return layers.size();
    }

    /**
     * @param index 0..5
     * @return that encoder layer
     */
    public EncoderLayer layer(int index) {
        return layers.get(index);
    }

    /** @return number of weights (floats), embeddings included */
    public long parameterCount() {
        return parameterCount;
    }

    /**
     * The attention-score bias of a mask: 0 where the mask is 1, {@link #MASKED} where it is 0.
     *
     * @param mask {@code [batch, length]} of 0/1
     * @return {@code [batch, 1, 1, length]}, float
     */
    public static NDArray maskBias(NDArray mask) {
        Shape s = mask.getShape();
        return mask.toType(DataType.FLOAT32, false).neg().add(1).mul(MASKED).reshape(s.get(0), 1, 1, s.get(1));
    }

    /**
     * Mean of the hidden states over the tokens whose mask is 1.
     *
     * @param hidden {@code [batch, length, hidden]}
     * @param mask   {@code [batch, length]} of 0/1
     * @return {@code [batch, hidden]}
     */
    public static NDArray meanPool(NDArray hidden, NDArray mask) {
        NDArray m = mask.toType(DataType.FLOAT32, false).expandDims(-1);
        return hidden.mul(m).sum(new int[] {1}).div(m.sum(new int[] {1}).maximum(1f));
    }

    /**
     * The embedding layer: word + position + token type, then LayerNorm.
     *
     * @param m     where the result lives
     * @param input the batch
     * @return {@code [batch, length, 384]}
     */
    public NDArray embed(NDManager m, EncoderInput input) {
        int b = input.batch();
        int t = input.length();
        NDArray ids = m.create(input.ids()).reshape(-1);
        NDArray words = wordEmbeddings.get(m, new NDIndex("{}", ids)).reshape(b, t, MiniLm.HIDDEN);
        NDArray positions = positionEmbeddings.get(m, new NDIndex("0:" + t));
        NDArray types = typeEmbeddings.get(m, new NDIndex("0"));
        NDArray x = words.add(positions).add(types);
        NDArray mean = x.mean(new int[] {-1}, true);
        NDArray c = x.sub(mean);
        NDArray var = c.square().mean(new int[] {-1}, true);
        return c.div(var.add(MiniLm.LAYER_NORM_EPS).sqrt()).mul(normGamma).add(normBeta);
    }

    /**
     * Hidden states after the embeddings and the first {@code layerCount} encoder layers.
     *
     * @param m          where the result lives
     * @param input      the batch
     * @param layerCount 0 (embeddings only) .. 6 (the whole encoder)
     * @return {@code [batch, length, 384]}
     */
    public NDArray hiddenStates(NDManager m, EncoderInput input, int layerCount) {
        if (layerCount < 0 || layerCount > layers.size()) {
            throw new IllegalArgumentException("layerCount must be 0.." + layers.size() + ", got " + layerCount);
        }
        try (NDManager work = m.newSubManager()) {
            NDArray bias = maskBias(work.create(input.mask()));
            NDArray h = embed(work, input);
            for (int i = 0; i < layerCount; i++) {
                NDArray next;
                // a layer's intermediate arrays (~ 20 of batch × length × 384..1536 floats) live in
                // their own manager and are freed as soon as the layer is done
                try (NDManager step = work.newSubManager()) {
                    h.attach(step);                    // freed with the layer's intermediates
                    next = layers.get(i).forward(h, bias);
                    next.attach(work);
                }
                h = next;
            }
            h.attach(m);
            return h;
        }
    }

    /**
     * Hidden states of a large set, computed {@code batchSize} rows at a time and stacked.
     *
     * @param m          where the result lives
     * @param input      all rows (one padded length)
     * @param layerCount encoder layers to apply
     * @param batchSize  rows per pass
     * @return {@code [rows, length, 384]}
     */
    public NDArray hiddenStates(NDManager m, EncoderInput input, int layerCount, int batchSize) {
        try (NDManager work = m.newSubManager()) {
            NDList parts = new NDList();
            for (int from = 0; from < input.batch(); from += batchSize) {
                parts.add(hiddenStates(work, input.rows(from, Math.min(input.batch(), from + batchSize)), layerCount));
            }
            NDArray all = parts.size() == 1 ? parts.get(0) : NDArrays.concat(parts, 0);
            all.attach(m);
            return all;
        }
    }

    /**
     * The last hidden state as Java arrays (for comparison with {@link OnnxEncoder#hiddenStates}).
     *
     * @param input the batch
     * @return {@code [batch][length][384]}
     */
    public float[][][] lastHiddenStates(EncoderInput input) {
        try (NDManager work = manager.newSubManager()) {
            NDArray h = hiddenStates(work, input, layers.size());
            float[] flat = h.toFloatArray();
            int b = input.batch();
            int t = input.length();
            float[][][] out = new float[b][t][MiniLm.HIDDEN];
            for (int i = 0; i < b; i++) {
                for (int j = 0; j < t; j++) {
                    System.arraycopy(flat, (i * t + j) * MiniLm.HIDDEN, out[i][j], 0, MiniLm.HIDDEN);
                }
            }
            return out;
        }
    }

    /**
     * Sentence embeddings: mean-pooled last hidden states, {@code batchSize} rows at a time.
     *
     * @param input     the batch
     * @param batchSize rows per pass
     * @return {@code [batch][384]}
     */
    public float[][] sentenceEmbeddings(EncoderInput input, int batchSize) {
        float[][] out = new float[input.batch()][];
        try (NDManager work = manager.newSubManager()) {
            for (int from = 0; from < input.batch(); from += batchSize) {
                EncoderInput part = input.rows(from, Math.min(input.batch(), from + batchSize));
                try (NDManager step = work.newSubManager()) {
                    NDArray pooled = meanPool(hiddenStates(step, part, layers.size()), step.create(part.mask()));
                    float[] flat = pooled.toFloatArray();
                    for (int i = 0; i < part.batch(); i++) {
                        out[from + i] = java.util.Arrays.copyOfRange(flat, i * MiniLm.HIDDEN, (i + 1) * MiniLm.HIDDEN);
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

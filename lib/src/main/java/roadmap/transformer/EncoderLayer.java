package roadmap.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * One post-norm BERT encoder layer in DJL:
 * {@code a = LayerNorm(x + MultiHeadSelfAttention(x))}, then
 * {@code y = LayerNorm(a + W₂ · GELU(W₁ · a + b₁) + b₂)}, with the exact (erf) GELU.
 *
 * <p>Its sixteen weights are NDArrays in one manager; projections are {@code [in, out]}
 * ({@code x · W + b}), as in the ONNX file. {@link #copy} makes an independent, trainable copy
 * for fine-tuning.
 */
public final class EncoderLayer {

    private static final String[] NAMES = {
        "attention.self.query.weight", "attention.self.query.bias",
        "attention.self.key.weight", "attention.self.key.bias",
        "attention.self.value.weight", "attention.self.value.bias",
        "attention.output.dense.weight", "attention.output.dense.bias",
        "attention.output.LayerNorm.weight", "attention.output.LayerNorm.bias",
        "intermediate.dense.weight", "intermediate.dense.bias",
        "output.dense.weight", "output.dense.bias",
        "output.LayerNorm.weight", "output.LayerNorm.bias"};

    private final NDArray[] p;
    private final int heads;
    private final float eps;

    private EncoderLayer(NDArray[] p, int heads, float eps) {
        this.p = p;
        this.heads = heads;
        this.eps = eps;
    }

    /**
     * Loads layer {@code index} of a BERT from its ONNX weights.
     *
     * @param weights the weights ({@code encoder.layer.<index>.…})
     * @param index   the layer's index
     * @param heads   attention heads
     * @param eps     LayerNorm epsilon
     * @param manager where the NDArrays live
     * @return the layer
     */
    public static EncoderLayer load(OnnxWeights weights, int index, int heads, float eps, NDManager manager) {
        NDArray[] p = new NDArray[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            String name = "encoder.layer." + index + "." + NAMES[i];
            p[i] = manager.create(weights.buffer(name), new Shape(weights.shape(name)), DataType.FLOAT32);
        }
        return new EncoderLayer(p, heads, eps);
    }

    /** @return the Hugging Face names of a layer's weights, in {@link #parameters()} order */
    public static List<String> parameterNames() {
        return List.of(NAMES);
    }

    /** @return the sixteen weights (live arrays, not copies) */
    public List<NDArray> parameters() {
        return List.of(p);
    }

    /** @return number of weights (floats) in the layer */
    public long parameterCount() {
        long n = 0;
        for (NDArray a : p) {
            n += a.size();
        }
        return n;
    }

    /**
     * An independent copy whose weights record gradients.
     *
     * @param manager where the copy lives
     * @return the copy
     */
    public EncoderLayer copy(NDManager manager) {
        NDArray[] c = new NDArray[p.length];
        for (int i = 0; i < p.length; i++) {
            c[i] = manager.create(p[i].toFloatArray(), p[i].getShape());
            c[i].setRequiresGradient(true);
        }
        return new EncoderLayer(c, heads, eps);
    }

    /**
     * Runs the layer.
     *
     * @param x        hidden states {@code [batch, length, hidden]}
     * @param maskBias {@code [batch, 1, 1, length]}: 0 for tokens, a large negative number for
     *                 padding (see {@link MiniLmEncoder#maskBias})
     * @return the new hidden states, same shape (in {@code x}'s manager)
     */
    public NDArray forward(NDArray x, NDArray maskBias) {
        NDArray context = mergeHeads(attention(x, maskBias).matMul(splitHeads(x.matMul(p[4]).add(p[5]))));
        NDArray a = layerNorm(x.add(context.matMul(p[6]).add(p[7])), p[8], p[9]);
        NDArray inner = a.matMul(p[10]).add(p[11]);
        NDArray gelu = inner.mul(inner.div(Math.sqrt(2)).erf().add(1)).mul(0.5);
        return layerNorm(a.add(gelu.matMul(p[12]).add(p[13])), p[14], p[15]);
    }

    /**
     * The attention weights of every head: {@code softmax(Q·Kᵀ/√d + maskBias)}.
     *
     * @param x        hidden states {@code [batch, length, hidden]}
     * @param maskBias {@code [batch, 1, 1, length]}
     * @return {@code [batch, heads, length, length]}, rows sum to 1
     */
    public NDArray attention(NDArray x, NDArray maskBias) {
        NDArray q = splitHeads(x.matMul(p[0]).add(p[1]));
        NDArray k = splitHeads(x.matMul(p[2]).add(p[3]));
        long d = q.getShape().get(3);
        return q.matMul(k.transpose(0, 1, 3, 2)).div(Math.sqrt(d)).add(maskBias).softmax(-1);
    }

    private NDArray splitHeads(NDArray x) {
        Shape s = x.getShape();
        return x.reshape(s.get(0), s.get(1), heads, s.get(2) / heads).transpose(0, 2, 1, 3);
    }

    private static NDArray mergeHeads(NDArray x) {
        Shape s = x.getShape();
        return x.transpose(0, 2, 1, 3).reshape(s.get(0), s.get(2), s.get(1) * s.get(3));
    }

    private NDArray layerNorm(NDArray x, NDArray gamma, NDArray beta) {
        NDArray mean = x.mean(new int[] {-1}, true);
        NDArray centered = x.sub(mean);
        NDArray var = centered.square().mean(new int[] {-1}, true);
        return centered.div(var.add(eps).sqrt()).mul(gamma).add(beta);
    }
}

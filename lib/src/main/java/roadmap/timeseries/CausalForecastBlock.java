package roadmap.timeseries;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.nn.transformer.ScaledDotProductAttentionBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One decoder-style transformer layer for forecasting, as a DJL block: a linear embedding of each
 * time step's features, multi-head self-attention under a causal mask, a position-wise
 * feed-forward network (both with residual connections and layer norm), and a linear head that
 * reads, at every position, the next {@code horizon} values.
 *
 * <p>Inputs: features of shape {@code (batch, window, features)} and the mask of shape
 * {@code (batch, window, window)} with 1 where query position i may attend to key position j
 * (j &lt;= i for a causal mask, see {@link #causalMask(NDManager, int, int)}). Output:
 * {@code (batch, window, horizon)}. With a causal mask the output at position i depends only on
 * the inputs at positions 0..i.
 */
public final class CausalForecastBlock extends AbstractBlock {

    private final int width;
    private final int horizon;
    private final Linear embed;
    private final ScaledDotProductAttentionBlock attention;
    private final LayerNorm norm1;
    private final Linear feedForward1;
    private final Linear feedForward2;
    private final LayerNorm norm2;
    private final Linear head;

    /**
     * Creates the block.
     *
     * @param width   the model width d (embedding size), divisible by heads
     * @param heads   attention heads
     * @param horizon values forecast at each position
     */
    public CausalForecastBlock(int width, int heads, int horizon) {
        super((byte) 1);
        this.width = width;
        this.horizon = horizon;
        embed = addChildBlock("embed", Linear.builder().setUnits(width).build());
        attention = addChildBlock("attention", ScaledDotProductAttentionBlock.builder()
                .setEmbeddingSize(width).setHeadCount(heads).optAttentionProbsDropoutProb(0f).build());
        norm1 = addChildBlock("norm1", LayerNorm.builder().axis(2).build());
        feedForward1 = addChildBlock("feedForward1", Linear.builder().setUnits(2L * width).build());
        feedForward2 = addChildBlock("feedForward2", Linear.builder().setUnits(width).build());
        norm2 = addChildBlock("norm2", LayerNorm.builder().axis(2).build());
        head = addChildBlock("head", Linear.builder().setUnits(horizon).build());
    }

    /**
     * The causal mask for a batch: 1 on and below the diagonal, 0 above.
     *
     * @param manager the manager that owns the array
     * @param batch   the batch size
     * @param window  the number of positions
     * @return an int32 array of shape (batch, window, window)
     */
    public static NDArray causalMask(NDManager manager, int batch, int window) {
        int[] m = new int[batch * window * window];
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < window; i++) {
                for (int j = 0; j <= i; j++) {
                    m[(b * window + i) * window + j] = 1;
                }
            }
        }
        return manager.create(m, new Shape(batch, window, window));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray mask = inputs.get(1);
        NDArray h = embed.forward(ps, new NDList(x), training).head();
        NDArray a = attention.forward(ps, new NDList(h, mask), training).head();
        h = norm1.forward(ps, new NDList(h.add(a)), training).head();
        NDArray f = feedForward1.forward(ps, new NDList(h), training).head();
        f = feedForward2.forward(ps, new NDList(Activation.relu(f)), training).head();
        h = norm2.forward(ps, new NDList(h.add(f)), training).head();
        return head.forward(ps, new NDList(h), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        return new Shape[] {new Shape(x.get(0), x.get(1), horizon)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        Shape hidden = new Shape(x.get(0), x.get(1), width);
        embed.initialize(manager, dataType, x);
        attention.initialize(manager, dataType, hidden, inputShapes[1]);
        norm1.initialize(manager, dataType, hidden);
        feedForward1.initialize(manager, dataType, hidden);
        feedForward2.initialize(manager, dataType, new Shape(x.get(0), x.get(1), 2L * width));
        norm2.initialize(manager, dataType, hidden);
        head.initialize(manager, dataType, hidden);
    }
}

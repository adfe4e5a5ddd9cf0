package roadmap.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import roadmap.data.ImageSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A feature extractor frozen for transfer learning: its parameters get no gradient and it always
 * runs in inference mode, even while the network around it trains.
 *
 * <p>Why both: {@code block.freezeParameters(true)} alone stops the optimizer from changing
 * weights, but a batch-norm layer in training mode still normalises with the statistics of the
 * current batch and overwrites its running mean and variance. The frozen network then computes
 * different features in training than at test time, and its stored statistics drift to the new
 * data. Running the extractor in inference mode (PyTorch: {@code backbone.eval()}) keeps it
 * exactly the function it was, so the new head learns on the features it will see at test time.
 *
 * <pre>{@code
 * SequentialBlock net = FrozenFeatures.withNewHead(pretrainedNet, 10);  // frozen features + Linear(10)
 * }</pre>
 *
 * <p>The wrapped block's weights are shared, not copied; they belong to the model they were
 * loaded into: keep that model open while the new network is used.
 */
public final class FrozenFeatures extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block features;

    /**
     * Wraps and freezes a block ({@code features.freezeParameters(true)} is called).
     *
     * @param features the initialised feature extractor, e.g. {@link ResNet20#features}
     */
    public FrozenFeatures(Block features) {
        super(VERSION);
        this.features = addChildBlock("features", features);
        features.freezeParameters(true);
    }

    /**
     * Frozen features of a ResNet-20 with a new, trainable linear head: the classic "feature
     * extraction" form of transfer learning.
     *
     * @param net        a ResNet-20 from {@link ResNet20#build} (initialised) or {@code Pretrained}
     * @param numClasses outputs of the new head
     * @return {@code SequentialBlock[FrozenFeatures(features(net)), Linear(numClasses)]}
     */
    public static SequentialBlock withNewHead(SequentialBlock net, int numClasses) {
        return new SequentialBlock().add(new FrozenFeatures(ResNet20.features(net)))
                .add(Linear.builder().setUnits(numClasses).build());
    }

    /**
     * A copy of every parameter's values, by parameter name in block order: weights, biases and
     * batch-norm running statistics. Take it before and after training and compare the arrays
     * ({@code Arrays.equals}) to prove a block was frozen.
     *
     * @param block an initialised block
     * @return name to values (a new, ordered map)
     */
    public static Map<String, float[]> parameterValues(Block block) {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            values.put(p.getKey(), p.getValue().getArray().toFloatArray());
        }
        return values;
    }

    /**
     * Runs a feature extractor in inference mode over a set of images, a batch at a time, and
     * returns the features as plain rows: the input of a {@link LinearProbe}.
     *
     * @param features  an initialised block mapping {@code (n, 1, h, w)} images to {@code (n, d)}
     * @param images    the images
     * @param batchSize images per forward pass (memory grows with it; 64 is a good default)
     * @return one row of {@code d} features per image, in order
     */
    public static double[][] extract(Block features, ImageSet images, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        double[][] out = new double[images.size()][];
        for (int from = 0; from < images.size(); from += batchSize) {
            int to = Math.min(images.size(), from + batchSize);
            try (NDManager m = NDManager.newBaseManager()) {
                NDArray x = images.slice(from, to).toImagesArray(m);
                NDArray f = features.forward(new ParameterStore(m, false), new NDList(x), false).head();
                long d = f.size() / (to - from);
                double[] flat = f.toType(DataType.FLOAT64, false).toDoubleArray();
                for (int i = from; i < to; i++) {
                    out[i] = Arrays.copyOfRange(flat, (int) ((i - from) * d), (int) ((i - from + 1) * d));
                }
            }
        }
        return out;
    }

    /** @return the wrapped block */
    public Block features() {
        return features;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return features.forward(parameterStore, inputs, false, params);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        features.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return features.getOutputShapes(inputShapes);
    }

    @Override
    public String toString() {
        return "FrozenFeatures(" + features.getClass().getSimpleName() + ")";
    }
}

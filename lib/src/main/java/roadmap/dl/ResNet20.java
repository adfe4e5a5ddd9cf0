package roadmap.dl;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import java.util.Arrays;

/**
 * ResNet-20 (He et al. 2016, "Deep Residual Learning", section 4.2, the CIFAR-10 variant) for
 * 1-channel 28x28 images: a 3x3 convolution with 16 filters, three stages of three basic residual
 * blocks (16, 32, 64 filters; stages 2 and 3 halve the resolution), global average pooling and a
 * linear classifier; about 0.27 million parameters. Shortcuts that change shape use a 1x1
 * convolution with batch norm (the paper's option B).
 *
 * <p>The network is {@code SequentialBlock[features, head]}: child 0 ({@link #features}) maps
 * {@code (n, 1, 28, 28)} to 64 features per image, child 1 is the {@code Linear} head. Transfer
 * learning swaps the head ({@link #withNewHead}).
 */
public final class ResNet20 {

    private ResNet20() {
    }

    /**
     * Builds an uninitialised ResNet-20.
     *
     * @param numClasses outputs of the linear head
     * @return {@code SequentialBlock[features, Linear(numClasses)]}
     */
    public static SequentialBlock build(int numClasses) {
        SequentialBlock features = new SequentialBlock()
                .add(conv(16, 3, 1))
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock());
        int in = 16;
        for (int filters : new int[] {16, 32, 64}) {
            for (int b = 0; b < 3; b++) {
                int stride = b == 0 && filters != 16 ? 2 : 1;
                features.add(basicBlock(filters, stride, in != filters));
                in = filters;
            }
        }
        features.add(Pool.globalAvgPool2dBlock()).add(Blocks.batchFlattenBlock());
        return new SequentialBlock().add(features).add(Linear.builder().setUnits(numClasses).build());
    }

    /**
     * The feature extractor of a network built by {@link #build} (its weights are shared, not
     * copied): freeze it with {@code features(net).freezeParameters(true)}.
     *
     * @param net a ResNet-20 from {@link #build} or {@code Pretrained}
     * @return child 0
     */
    public static SequentialBlock features(SequentialBlock net) {
        return (SequentialBlock) net.getChildren().get(0).getValue();
    }

    /**
     * A network that shares the feature extractor (and its weights) of {@code net} and has a new,
     * uninitialised linear head; {@code Fit} initialises only the head. The shared weights belong to
     * {@code net}'s model: keep that model open while the new network is used. Note that frozen
     * batch-norm layers still update their running statistics in training mode.
     *
     * @param net        a ResNet-20 from {@link #build} or {@code Pretrained}
     * @param numClasses outputs of the new head
     * @return {@code SequentialBlock[features(net), Linear(numClasses)]}
     */
    public static SequentialBlock withNewHead(SequentialBlock net, int numClasses) {
        return new SequentialBlock().add(features(net)).add(Linear.builder().setUnits(numClasses).build());
    }

    /** The input shape the network expects for one image: {@code (1, 1, 28, 28)}. */
    public static final Shape INPUT = new Shape(1, 1, 28, 28);

    private static Conv2d conv(int filters, int kernel, int stride) {
        int pad = kernel / 2;
        return Conv2d.builder().setFilters(filters).setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride)).optPadding(new Shape(pad, pad)).optBias(false).build();
    }

    private static Block basicBlock(int filters, int stride, boolean project) {
        SequentialBlock main = new SequentialBlock()
                .add(conv(filters, 3, stride))
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(conv(filters, 3, 1))
                .add(BatchNorm.builder().build());
        Block shortcut = project
                ? new SequentialBlock().add(conv(filters, 1, stride)).add(BatchNorm.builder().build())
                : Blocks.identityBlock();
        return new SequentialBlock()
                .add(new ParallelBlock(list -> new NDList(list.get(0).head().add(list.get(1).head())),
                        Arrays.asList(main, shortcut)))
                .add(Activation.reluBlock());
    }
}

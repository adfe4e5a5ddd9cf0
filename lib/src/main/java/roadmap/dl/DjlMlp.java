package roadmap.dl;

import roadmap.nn.Activations;
import roadmap.nn.Mlp;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import roadmap.data.ImageSet;


/**
 * The DJL twin of an {@link Mlp}: the same layers as a DJL {@link SequentialBlock}
 * (flatten, then {@code Linear} + activation per hidden layer, then a {@code Linear} output giving
 * logits), and the means to move weights across and to compare numbers with DJL's autograd.
 *
 * <p>DJL's {@code Linear} stores its weight as {@code (units, inputs)} followed by its bias, which
 * is exactly the flat order of {@link Mlp#parameters()}, so the two can be compared value by value.
 */
public final class DjlMlp {

    private DjlMlp() {
    }

    /**
     * An uninitialised DJL block with the architecture of an MLP.
     *
     * @param sizes  units per layer, input first, classes last (as for {@link Mlp#create})
     * @param hidden the hidden activation ({@code IDENTITY} adds no activation block)
     * @return the block: it accepts images {@code (n, 1, h, w)} or rows {@code (n, d)} and gives logits
     */
    public static SequentialBlock block(int[] sizes, Activations.Kind hidden) {
        SequentialBlock block = new SequentialBlock().add(Blocks.batchFlattenBlock());
        for (int l = 1; l < sizes.length; l++) {
            block.add(Linear.builder().setUnits(sizes[l]).build());
            if (l < sizes.length - 1) {
                switch (hidden) {
                    case SIGMOID -> block.add(Activation.sigmoidBlock());
                    case TANH -> block.add(Activation.tanhBlock());
                    case RELU -> block.add(Activation.reluBlock());
                    case IDENTITY -> { }
                }
            }
        }
        return block;
    }

    /**
     * Copies an MLP's weights and biases into an initialised block of the same architecture.
     *
     * @param from  the network
     * @param block a block made by {@link #block} for the same sizes, initialised (any data type)
     */
    public static void copyWeights(Mlp from, Block block) {
        List<Parameter> params = parameters(block);
        double[] p = from.parameters();
        int k = 0;
        for (Parameter param : params) {
            NDArray a = param.getArray();
            int n = Math.toIntExact(a.size());
            if (k + n > p.length) {
                throw new IllegalArgumentException("the block has more parameters than the MLP (" + p.length + ")");
            }
            double[] part = new double[n];
            System.arraycopy(p, k, part, 0, n);
            k += n;
            if (a.getDataType() == DataType.FLOAT64) {
                a.set(part);
            } else {
                float[] f = new float[n];
                for (int i = 0; i < n; i++) {
                    f[i] = (float) part[i];
                }
                a.set(f);
            }
        }
        if (k != p.length) {
            throw new IllegalArgumentException("the block has " + k + " parameters, the MLP " + p.length);
        }
    }

    /**
     * @param block an initialised block
     * @return its parameter values as one flat vector, in DJL's order
     */
    public static double[] flatParameters(Block block) {
        List<Double> values = new ArrayList<>();
        for (Parameter param : parameters(block)) {
            for (double v : param.getArray().toType(DataType.FLOAT64, false).toDoubleArray()) {
                values.add(v);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * DJL's autograd as a reference for {@link Mlp#gradient}: builds the twin block in double
     * precision, copies the weights, computes DJL's mean softmax cross-entropy on the batch and
     * its gradient by backpropagation in PyTorch.
     *
     * @param mlp the network
     * @param x   a batch, one example per row
     * @param y   its classes
     * @return {@code {loss}} followed by the gradient, flat in the order of {@link Mlp#parameters()}
     */
    public static double[] lossAndGradient(Mlp mlp, double[][] x, int[] y) {
        Djl.init();
        int d = mlp.sizes()[0];
        try (NDManager manager = NDManager.newBaseManager()) {
            SequentialBlock block = block(mlp.sizes(), mlp.hidden());
            block.initialize(manager, DataType.FLOAT64, new Shape(1, d));
            copyWeights(mlp, block);
            List<Parameter> params = parameters(block);
            for (Parameter p : params) {
                p.getArray().setRequiresGradient(true);
            }
            double[] flat = new double[x.length * d];
            for (int i = 0; i < x.length; i++) {
                System.arraycopy(x[i], 0, flat, i * d, d);
            }
            NDArray input = manager.create(flat, new Shape(x.length, d));
            double[] labels = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = y[i];
            }
            NDArray target = manager.create(labels);
            List<Double> out = new ArrayList<>();
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray logits = block.forward(new ParameterStore(manager, false), new NDList(input), true).head();
                NDArray loss = Loss.softmaxCrossEntropyLoss().evaluate(new NDList(target), new NDList(logits));
                gc.backward(loss);
                out.add(loss.toType(DataType.FLOAT64, false).getDouble());
            }
            for (Parameter p : params) {
                for (double v : p.getArray().getGradient().toType(DataType.FLOAT64, false).toDoubleArray()) {
                    out.add(v);
                }
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /**
     * Packs rows of pixel values (as {@link Mlp} takes them) into an {@link ImageSet} (as DJL's
     * {@link roadmap.dl.Fit} and {@link roadmap.dl.Evaluation} take them), row-major.
     *
     * @param x          one image per row, {@code height · width} values each
     * @param y          the class of each image
     * @param height     image height
     * @param width      image width
     * @param classNames the class names
     * @return the image set (values converted to float)
     */
    public static ImageSet images(double[][] x, int[] y, int height, int width, List<String> classNames) {
        float[][] f = new float[x.length][height * width];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != height * width) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " values, not " + height + "x" + width);
            }
            for (int j = 0; j < f[i].length; j++) {
                f[i][j] = (float) x[i][j];
            }
        }
        return new ImageSet(f, y.clone(), height, width, classNames);
    }

    private static List<Parameter> parameters(Block block) {
        List<Parameter> list = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            list.add(p.getValue());
        }
        return list;
    }
}

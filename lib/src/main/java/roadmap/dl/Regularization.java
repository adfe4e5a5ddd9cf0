package roadmap.dl;

import roadmap.train.History;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import roadmap.data.ImageSet;
import roadmap.table.Table;

/**
 * Week 6's tools for studying regularisation on one model and one data set: an MLP builder with
 * optional dropout and batch norm, AdamW with optional weight decay, the weights' L2 norm, the
 * validation loss of a trained model, batch norm written out by hand, and an {@link Experiment}
 * that trains one {@link Recipe} after another on the same data with the same seed and collects
 * a comparison {@link Table}.
 *
 * <pre>{@code
 * Regularization.Experiment ex = new Regularization.Experiment(train, val, test, new int[] {512, 512},
 *         60, 0.001, 64, 42);
 * Regularization.Result base = ex.run(Regularization.Recipe.baseline());
 * Regularization.Result wd = ex.run(Regularization.Recipe.baseline().withWeightDecay(0.5));
 * Regularization.table(List.of(base, wd));
 * }</pre>
 */
public final class Regularization {

    /** Batch norm's default epsilon in DJL (and PyTorch). */
    public static final double BN_EPSILON = 1e-5;

    private Regularization() {
    }

    /**
     * A multilayer perceptron for {@code (n, 1, h, w)} images: flatten, then per hidden layer
     * {@code Linear → [BatchNorm] → ReLU → [Dropout]}, then a {@code Linear} layer producing logits.
     *
     * <p>Children of the returned block, in order: flatten, then for each hidden layer linear,
     * batch norm (when on), ReLU, dropout (when on), and finally the output linear layer.
     *
     * @param hidden    units per hidden layer, e.g. {@code {512, 512}}
     * @param classes   number of output logits
     * @param dropout   dropout rate in {@code [0, 1)}; 0 adds no dropout layer
     * @param batchNorm whether to add batch normalisation after each hidden linear layer
     * @return the (uninitialised) block
     */
    public static SequentialBlock mlp(int[] hidden, int classes, double dropout, boolean batchNorm) {
        if (dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + dropout);
        }
        SequentialBlock net = new SequentialBlock().add(Blocks.batchFlattenBlock());
        for (int units : hidden) {
            net.add(Linear.builder().setUnits(units).build());
            if (batchNorm) {
                net.add(BatchNorm.builder().build());
            }
            net.add(Activation.reluBlock());
            if (dropout > 0) {
                net.add(Dropout.builder().optRate((float) dropout).build());
            }
        }
        return net.add(Linear.builder().setUnits(classes).build());
    }

    /**
     * AdamW (Loshchilov and Hutter): Adam whose weight decay is applied to the weights directly,
     * {@code w ← w − lr·λ·w} at every step besides Adam's own update. With {@code λ = 0} it is plain
     * Adam.
     *
     * @param learningRate the fixed learning rate
     * @param weightDecay  the decay factor λ (0: none)
     * @return the optimizer
     */
    public static Optimizer adamW(double learningRate, double weightDecay) {
        return Optimizer.adamW().optLearningRateTracker(Tracker.fixed((float) learningRate))
                .optWeightDecays((float) weightDecay).build();
    }

    /**
     * The L2 norm of a block's weight matrices, {@code sqrt(Σ w²)} over every parameter named
     * {@code weight} (the linear and convolution kernels). Biases and batch-norm parameters are
     * left out: they do not make the function more complex, so they are not what weight decay is
     * meant to shrink.
     *
     * @param block an initialised block
     * @return the norm
     */
    public static double weightNorm(Block block) {
        double sum = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().getType() == Parameter.Type.WEIGHT) {
                for (float w : p.getValue().getArray().toFloatArray()) {
                    sum += (double) w * w;
                }
            }
        }
        return Math.sqrt(sum);
    }

    /**
     * Runs a block on one input in inference mode ({@code training = false}: dropout off, batch norm
     * with its running statistics) or in training mode (dropout on, batch norm with the batch's own
     * statistics, running statistics updated). No gradients are recorded.
     *
     * @param block    an initialised block
     * @param manager  the manager that owns the result
     * @param x        the input
     * @param training the mode
     * @return the block's first output
     */
    public static NDArray forward(Block block, NDManager manager, NDArray x, boolean training) {
        ParameterStore ps = new ParameterStore(manager, false);
        return block.forward(ps, new NDList(x), training).head();
    }

    /**
     * The mean softmax cross-entropy of a model on a data set, computed in inference mode in order,
     * {@code batchSize} images at a time — what {@link Fit} records as validation loss when its
     * validation data is {@code data.toDjlDataset(m, batchSize, false, seed)}.
     *
     * @param model     a trained classifier returning logits
     * @param data      images with labels
     * @param batchSize images per forward pass (64-128)
     * @return the mean loss per image
     */
    public static double loss(Model model, ImageSet data, int batchSize) {
        Djl.init();
        Loss ce = Loss.softmaxCrossEntropyLoss();
        double sum = 0;
        try (NDManager m = model.getNDManager().newSubManager()) {
            for (int from = 0; from < data.size(); from += batchSize) {
                try (NDManager b = m.newSubManager()) {
                    ImageSet part = data.slice(from, Math.min(data.size(), from + batchSize));
                    NDArray logits = forward(model.getBlock(), b, part.toImagesArray(b), false);
                    float l = ce.evaluate(new NDList(part.toLabelsArray(b)), new NDList(logits)).getFloat();
                    sum += (double) l * part.size();
                }
            }
        }
        return sum / data.size();
    }

    /**
     * Batch normalisation in training mode, written out: per column (feature) {@code j},
     * {@code y = γ_j (x − μ_j) / sqrt(σ²_j + ε) + β_j}, where {@code μ_j} and {@code σ²_j} are the
     * column's mean and biased variance (divide by n) over the batch.
     *
     * @param x       the batch, {@code [n][features]}
     * @param gamma   scale per feature (ones at initialisation)
     * @param beta    shift per feature (zeros at initialisation)
     * @param epsilon added to the variance, e.g. {@link #BN_EPSILON}
     * @return the normalised batch
     */
    public static double[][] batchNorm(double[][] x, double[] gamma, double[] beta, double epsilon) {
        int n = x.length;
        int d = x[0].length;
        double[][] y = new double[n][d];
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            double var = 0;
            for (double[] row : x) {
                var += (row[j] - mean) * (row[j] - mean);
            }
            var /= n;
            double scale = gamma[j] / Math.sqrt(var + epsilon);
            for (int i = 0; i < n; i++) {
                y[i][j] = scale * (x[i][j] - mean) + beta[j];
            }
        }
        return y;
    }

    /**
     * A copy of {@code data} in which a fraction of the labels is wrong: exactly
     * {@code round(fraction · size)} images, chosen at random, get a label drawn uniformly from the
     * other {@code numClasses − 1} classes (never their own). Images are unchanged. This simulates
     * careless annotation, the setting where a network that memorises its training set is hurt
     * most and regularisation helps most.
     *
     * @param data     the clean images and labels
     * @param fraction the share of labels to corrupt, in {@code [0, 1]}
     * @param seed     chooses which images and which wrong labels
     * @return the same images with {@code round(fraction · size)} labels changed
     * @throws IllegalArgumentException when the fraction is outside {@code [0, 1]} or there is only
     *                                  one class
     */
    public static ImageSet flipLabels(ImageSet data, double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction of flipped labels must be in [0, 1], got " + fraction);
        }
        int k = data.numClasses();
        if (k < 2) {
            throw new IllegalArgumentException("flipping labels needs at least two classes, got " + k);
        }
        int n = data.size();
        int[] labels = data.labels();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Random rng = new Random(seed);
        Collections.shuffle(order, rng);
        int flips = (int) Math.round(fraction * n);
        for (int j = 0; j < flips; j++) {
            int i = order.get(j);
            int other = rng.nextInt(k - 1);
            labels[i] = other >= labels[i] ? other + 1 : other;
        }
        return new ImageSet(data.images(), labels, data.height(), data.width(), data.classNames());
    }

    /**
     * One regularisation set-up of the same MLP.
     *
     * @param name          the row name in the comparison table
     * @param dropout       dropout rate after every hidden layer (0: none)
     * @param batchNorm     batch norm after every hidden linear layer
     * @param weightDecay   AdamW's decoupled weight decay λ (0: none)
     * @param earlyStopping keep the epoch of lowest validation loss ({@link Fit#restoreBest})
     */
    public record Recipe(String name, double dropout, boolean batchNorm, double weightDecay, boolean earlyStopping) {

        /** @return no regularisation: the over-sized MLP on its own */
        public static Recipe baseline() {
            return new Recipe("none (baseline)", 0, false, 0, false);
        }

        /**
         * @param newName the row name
         * @return this recipe renamed
         */
        public Recipe named(String newName) {
            return new Recipe(newName, dropout, batchNorm, weightDecay, earlyStopping);
        }

        /**
         * @param rate dropout rate
         * @return this recipe with dropout
         */
        public Recipe withDropout(double rate) {
            return new Recipe(name, rate, batchNorm, weightDecay, earlyStopping);
        }

        /** @return this recipe with batch norm */
        public Recipe withBatchNorm() {
            return new Recipe(name, dropout, true, weightDecay, earlyStopping);
        }

        /**
         * @param lambda weight decay
         * @return this recipe with weight decay
         */
        public Recipe withWeightDecay(double lambda) {
            return new Recipe(name, dropout, batchNorm, lambda, earlyStopping);
        }

        /** @return this recipe with early stopping */
        public Recipe withEarlyStopping() {
            return new Recipe(name, dropout, batchNorm, weightDecay, true);
        }
    }

    /**
     * What one recipe achieved; accuracies are measured after training, in inference mode, on the
     * weights the model kept (the best epoch's under early stopping).
     *
     * @param recipe     the recipe
     * @param history    per-epoch curves
     * @param trainAcc   accuracy on the training images
     * @param valAcc     accuracy on the validation images
     * @param testAcc    accuracy on the test images
     * @param weightNorm {@link #weightNorm} of the kept weights
     */
    public record Result(Recipe recipe, History history, double trainAcc, double valAcc, double testAcc,
                         double weightNorm) {

        /** @return train accuracy minus validation accuracy: how much the model memorised */
        public double gap() {
            return trainAcc - valAcc;
        }
    }

    /**
     * The same data, network size, optimizer, epochs, batch size and seed for every recipe, so
     * that the recipes are the only difference.
     */
    public static final class Experiment {
        private final ImageSet train;
        private final ImageSet validation;
        private final ImageSet test;
        private final int[] hidden;
        private final int epochs;
        private final double learningRate;
        private final int batchSize;
        private final long seed;

        /**
         * @param train        training images
         * @param validation   validation images (measured every epoch; early stopping uses them)
         * @param test         test images (measured once at the end)
         * @param hidden       hidden units per layer
         * @param epochs       epochs per recipe
         * @param learningRate AdamW learning rate
         * @param batchSize    images per batch
         * @param seed         seed for weights, dropout masks and shuffling
         */
        public Experiment(ImageSet train, ImageSet validation, ImageSet test, int[] hidden, int epochs,
                          double learningRate, int batchSize, long seed) {
            this.train = train;
            this.validation = validation;
            this.test = test;
            this.hidden = hidden.clone();
            this.epochs = epochs;
            this.learningRate = learningRate;
            this.batchSize = batchSize;
            this.seed = seed;
        }

        /** @return the batch size (use it with {@link Regularization#loss}) */
        public int batchSize() {
            return batchSize;
        }

        /**
         * Builds the recipe's network in {@code model} (seeded), trains it and measures it. The
         * model stays open, trained, for further inspection; the caller closes it.
         *
         * @param model  a fresh model (its block is replaced)
         * @param recipe the recipe
         * @return the result
         */
        public Result fit(Model model, Recipe recipe) {
            Djl.seed(seed);
            model.setBlock(mlp(hidden, train.numClasses(), recipe.dropout(), recipe.batchNorm()));
            History h;
            try (NDManager m = model.getNDManager().newSubManager()) {
                h = Fit.of(model).epochs(epochs).optimizer(adamW(learningRate, recipe.weightDecay()))
                        .validation(validation.toDjlDataset(m, batchSize, false, seed))
                        .restoreBest(recipe.earlyStopping()).label(recipe.name())
                        .run(train.toDjlDataset(m, batchSize, true, seed));
            }
            return new Result(recipe, h, Evaluation.of(model, train).accuracy(),
                    Evaluation.of(model, validation).accuracy(), Evaluation.of(model, test).accuracy(),
                    weightNorm(model.getBlock()));
        }

        /**
         * Like {@link #fit} in a model of its own that is closed afterwards.
         *
         * @param recipe the recipe
         * @return the result
         */
        public Result run(Recipe recipe) {
            try (Model model = Model.newInstance(recipe.name())) {
                return fit(model, recipe);
            }
        }
    }

    /**
     * One row per result: recipe, train acc (measured against the labels the model was trained
     * on, noisy ones included), val acc, test acc, best epoch (lowest validation loss), kept
     * epoch, weight norm. There is deliberately no "gap" column: a small train − validation gap
     * can come from a model that fits its training set worse, not from one that generalises
     * better, so compare validation and test accuracy instead.
     *
     * @param results the results
     * @return the table
     */
    public static Table table(List<Result> results) {
        Table t = Table.of("regulariser", "train acc", "val acc", "test acc", "best epoch", "kept epoch",
                "weight norm");
        for (Result r : results) {
            t.row(r.recipe().name(), f(r.trainAcc()), f(r.valAcc()), f(r.testAcc()),
                    r.history().bestEpoch(), r.history().keptEpoch(),
                    String.format(Locale.ROOT, "%.2f", r.weightNorm()));
        }
        return t;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /**
     * The validation-loss curves of several results, keyed by recipe name, for
     * {@code Plots.lossCurves}.
     *
     * @param results the results
     * @return name → validation loss per epoch, in the given order
     */
    public static Map<String, double[]> validationLossCurves(List<Result> results) {
        Map<String, double[]> curves = new LinkedHashMap<>();
        for (Result r : results) {
            curves.put(r.recipe().name(), r.history().validationLoss());
        }
        return curves;
    }
}

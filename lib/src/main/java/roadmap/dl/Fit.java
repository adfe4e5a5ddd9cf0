package roadmap.dl;

import roadmap.train.History;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import roadmap.train.Progress;

/**
 * A small, visible training loop for classifiers: per epoch it trains on every batch, then
 * measures loss and accuracy on the validation data, and records both in a {@link History}.
 *
 * <pre>{@code
 * Fit fit = Fit.of(model);           // softmax cross-entropy, Adam(0.001), 5 epochs
 * fit.epochs(10);
 * fit.validation(testSet);
 * History h = fit.run(trainSet);     // prints "training: 100% 10/10 loss=… acc=… val_acc=…"
 * }</pre>
 *
 * <p>The model's block is initialised from the first batch's shape when it has uninitialised
 * parameters (a fresh block); a loaded or pretrained block keeps its weights (fine-tuning), and
 * frozen parameters ({@code block.freezeParameters(true)}) stay unchanged. Labels are class
 * indices (float or int), predictions are logits. Setters return {@code this}; call them one per
 * line or chain them on one line.
 *
 * <p>Memory: DJL keeps every intermediate array of a batch until the batch is closed, so peak
 * memory grows with the batch size, for validation batches too. For convolutional networks keep
 * batches at 64-128 (ResNet-20 evaluated 256 images at a time peaked near 1 GB RSS, at 64 about
 * 0.5 GB).
 */
public final class Fit {

    private final Model model;
    private Loss loss = Loss.softmaxCrossEntropyLoss();
    private Optimizer optimizer;
    private int epochs = 5;
    private Dataset validation;
    private boolean restoreBest;
    private String label = "training";

    private Fit(Model model) {
        this.model = model;
    }

    /**
     * Starts a training set-up for a model whose block is set.
     *
     * @param model the model
     * @return the set-up with defaults: softmax cross-entropy, Adam with learning rate 0.001,
     *         5 epochs, no validation
     */
    public static Fit of(Model model) {
        Djl.init();
        if (model.getBlock() == null) {
            throw new IllegalArgumentException("the model has no block: call model.setBlock(...) first");
        }
        return new Fit(model);
    }

    /**
     * @param loss the loss (default softmax cross-entropy on logits)
     * @return this
     */
    public Fit loss(Loss loss) {
        this.loss = loss;
        return this;
    }

    /**
     * @param optimizer the optimizer, e.g. {@code Optimizer.sgd().setLearningRateTracker(...)
     *                  .optWeightDecays(1e-4f).build()} (default Adam, learning rate 0.001)
     * @return this
     */
    public Fit optimizer(Optimizer optimizer) {
        this.optimizer = optimizer;
        return this;
    }

    /**
     * Uses Adam with a fixed learning rate.
     *
     * @param learningRate the learning rate
     * @return this
     */
    public Fit adam(double learningRate) {
        this.optimizer = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) learningRate)).build();
        return this;
    }

    /**
     * @param epochs passes over the training data (at least 1)
     * @return this
     */
    public Fit epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /**
     * @param validation data measured after every epoch (null: none)
     * @return this
     */
    public Fit validation(Dataset validation) {
        this.validation = validation;
        return this;
    }

    /**
     * Early stopping's memory: when on, the weights of the epoch with the lowest validation loss
     * are kept in memory and put back into the model after the last epoch.
     *
     * @param restoreBest whether to restore the best epoch's weights
     * @return this
     */
    public Fit restoreBest(boolean restoreBest) {
        this.restoreBest = restoreBest;
        return this;
    }

    /**
     * @param label the progress line's label (default {@code training})
     * @return this
     */
    public Fit label(String label) {
        this.label = label;
        return this;
    }

    /**
     * Trains.
     *
     * @param train the training data (shuffle it: {@code ImageSet.toDjlDataset(m, b, true, seed)})
     * @return the per-epoch history
     */
    public History run(Dataset train) {
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss);
        config.optOptimizer(optimizer != null ? optimizer
                : Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.001f)).build());
        History history = new History();
        byte[] best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        try (Trainer trainer = model.newTrainer(config); Progress progress = Progress.of(label, epochs)) {
            boolean initialised = model.getBlock().isInitialized();
            for (int epoch = 1; epoch <= epochs; epoch++) {
                long start = System.nanoTime();
                double lossSum = 0;
                long correct = 0;
                long seen = 0;
                int batches = 0;
                for (Batch batch : trainer.iterateDataset(train)) {
                    try (batch) {
                        if (!initialised) {
                            Shape s = batch.getData().head().getShape();
                            trainer.initialize(s);
                            initialised = true;
                        }
                        NDList labels = batch.getLabels();
                        try (GradientCollector gc = trainer.newGradientCollector()) {
                            NDList preds = trainer.forward(batch.getData(), labels);
                            NDArray l = trainer.getLoss().evaluate(labels, preds);
                            gc.backward(l);
                            long n = batch.getSize();
                            lossSum += l.getFloat() * n;
                            correct += countCorrect(preds.head(), labels.head());
                            seen += n;
                        }
                        trainer.step();
                    }
                    progress.set("batch", String.valueOf(++batches));
                }
                double valLoss = Double.NaN;
                double valAcc = Double.NaN;
                if (validation != null) {
                    double[] v = measure(trainer, validation);
                    valLoss = v[0];
                    valAcc = v[1];
                }
                history.addEpoch(lossSum / seen, (double) correct / seen, valLoss, valAcc,
                        (System.nanoTime() - start) / 1e9);
                if (restoreBest && validation != null && valLoss < bestLoss) {
                    bestLoss = valLoss;
                    best = Models.snapshot(model.getBlock());
                }
                progress.step();
                progress.set("loss", lossSum / seen);
                progress.set("acc", (double) correct / seen);
                if (validation != null) {
                    progress.set("val_loss", valLoss);
                    progress.set("val_acc", valAcc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TranslateException e) {
            throw new IllegalStateException("cannot read a batch: " + e.getMessage(), e);
        }
        if (best != null) {
            Models.restore(model, best);
            history.markRestored(history.bestEpoch());
        }
        return history;
    }

    private static double[] measure(Trainer trainer, Dataset data) throws IOException, TranslateException {
        double lossSum = 0;
        long correct = 0;
        long seen = 0;
        for (Batch batch : trainer.iterateDataset(data)) {
            try (batch) {
                NDList preds = trainer.evaluate(batch.getData());
                NDArray l = trainer.getLoss().evaluate(batch.getLabels(), preds);
                long n = batch.getSize();
                lossSum += l.getFloat() * n;
                correct += countCorrect(preds.head(), batch.getLabels().head());
                seen += n;
            }
        }
        return new double[] {lossSum / seen, (double) correct / seen};
    }

    static long countCorrect(NDArray logits, NDArray labels) {
        NDArray predicted = logits.argMax(1).toType(DataType.INT64, false);
        return predicted.eq(labels.toType(DataType.INT64, false).reshape(predicted.getShape())).sum().getLong();
    }
}

package roadmap.dl;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.List;
import roadmap.data.ImageSet;
import roadmap.table.Table;

/**
 * A classifier's predictions on an image set: accuracy, confusion matrix, misclassified images.
 *
 * <pre>{@code
 * Evaluation ev = Evaluation.of(model, testSet);
 * ev.accuracy();            // fraction correct
 * ev.confusion()[3][6];     // images of class 3 predicted as class 6
 * }</pre>
 */
public final class Evaluation {

    private static final int BATCH = 64;

    private final int[] predicted;
    private final int[] actual;
    private final List<String> classNames;

    private Evaluation(int[] predicted, int[] actual, List<String> classNames) {
        this.predicted = predicted;
        this.actual = actual;
        this.classNames = classNames;
    }

    /**
     * Runs the model in inference mode (dropout off, batch norm with running statistics) on every
     * image, 64 at a time (DJL keeps a batch's intermediate arrays until the batch is done, so
     * memory grows with the batch: ResNet-20 at 256 images peaked near 1 GB).
     *
     * @param model a trained model taking {@code (n, 1, h, w)} float32 input and returning logits
     * @param data  the images with their true labels
     * @return the evaluation
     */
    public static Evaluation of(Model model, ImageSet data) {
        Djl.init();
        int n = data.size();
        int[] pred = new int[n];
        int hw = data.height() * data.width();
        try (NDManager m = model.getNDManager().newSubManager()) {
            ParameterStore ps = new ParameterStore(m, false);
            for (int from = 0; from < n; from += BATCH) {
                int to = Math.min(n, from + BATCH);
                float[] flat = new float[(to - from) * hw];
                for (int i = from; i < to; i++) {
                    System.arraycopy(data.image(i), 0, flat, (i - from) * hw, hw);
                }
                try (NDManager batch = m.newSubManager()) {
                    NDArray x = batch.create(flat, new Shape(to - from, 1, data.height(), data.width()));
                    NDList out = model.getBlock().forward(ps, new NDList(x), false);
                    long[] p = out.head().argMax(1).toType(DataType.INT64, false).toLongArray();
                    for (int i = 0; i < p.length; i++) {
                        pred[from + i] = (int) p[i];
                    }
                }
            }
        }
        return new Evaluation(pred, data.labels(), data.classNames());
    }

    /**
     * Builds an evaluation from predictions already made.
     *
     * @param predicted  predicted class per example
     * @param actual     true class per example
     * @param classNames class names in label order
     * @return the evaluation
     */
    public static Evaluation of(int[] predicted, int[] actual, List<String> classNames) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException(predicted.length + " predictions but " + actual.length + " labels");
        }
        return new Evaluation(predicted.clone(), actual.clone(), List.copyOf(classNames));
    }

    /** @return the fraction of correct predictions, in [0, 1] */
    public double accuracy() {
        int ok = 0;
        for (int i = 0; i < actual.length; i++) {
            if (predicted[i] == actual[i]) {
                ok++;
            }
        }
        return actual.length == 0 ? Double.NaN : (double) ok / actual.length;
    }

    /** @return {@code [actual][predicted]} counts; rows sum to the class sizes */
    public int[][] confusion() {
        int k = classNames.size();
        int[][] c = new int[k][k];
        for (int i = 0; i < actual.length; i++) {
            c[actual[i]][predicted[i]]++;
        }
        return c;
    }

    /** @return a copy of the predicted classes */
    public int[] predictions() {
        return predicted.clone();
    }

    /**
     * Indices of misclassified examples, in order.
     *
     * @param limit at most this many
     * @return the indices
     */
    public int[] misclassified(int limit) {
        return java.util.stream.IntStream.range(0, actual.length).filter(i -> predicted[i] != actual[i])
                .limit(limit).toArray();
    }

    /** @return the confusion matrix as a table: one row per actual class, one column per predicted class */
    public Table confusionTable() {
        String[] cols = new String[classNames.size() + 1];
        cols[0] = "actual \\ predicted";
        for (int j = 0; j < classNames.size(); j++) {
            cols[j + 1] = classNames.get(j);
        }
        Table t = Table.of(cols);
        int[][] c = confusion();
        for (int i = 0; i < c.length; i++) {
            Object[] row = new Object[c.length + 1];
            row[0] = classNames.get(i);
            for (int j = 0; j < c.length; j++) {
                row[j + 1] = c[i][j];
            }
            t.row(row);
        }
        return t;
    }
}

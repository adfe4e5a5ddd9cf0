package roadmap.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import roadmap.table.Table;

/**
 * Per-epoch training record: loss and accuracy on the training and validation data.
 *
 * <p>Epochs are numbered from 1 in {@link #bestEpoch()} and {@link #toTable()}; the arrays are
 * indexed from 0 (element {@code e - 1} is epoch {@code e}). Training metrics are averages over
 * the epoch's batches while the weights changed; validation metrics are measured after the epoch
 * in inference mode (dropout off, batch norm using running statistics). Without validation data
 * the validation arrays hold {@code NaN}.
 */
public final class History {

    private final List<double[]> rows = new ArrayList<>();
    private final List<Double> seconds = new ArrayList<>();
    private int restoredEpoch;

    /**
     * Records one epoch. Use {@code NaN} for a validation metric that was not measured and for
     * the seconds when the epoch was not timed.
     *
     * @param trainLoss mean training loss over the epoch's batches
     * @param trainAcc  training accuracy over the epoch's batches
     * @param valLoss   validation loss after the epoch
     * @param valAcc    validation accuracy after the epoch
     * @param secs      wall-clock seconds the epoch took
     */
    public void addEpoch(double trainLoss, double trainAcc, double valLoss, double valAcc, double secs) {
        rows.add(new double[] {trainLoss, trainAcc, valLoss, valAcc});
        seconds.add(secs);
    }

    /**
     * Records that the weights of {@code epoch} (counted from 1) were restored after training,
     * as early stopping does.
     *
     * @param epoch the epoch whose weights the model now holds
     */
    public void markRestored(int epoch) {
        restoredEpoch = epoch;
    }

    /** @return the number of epochs trained */
    public int epochs() {
        return rows.size();
    }

    private double[] column(int k) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows.get(i)[k];
        }
        return v;
    }

    /** @return mean training loss per epoch */
    public double[] trainLoss() {
        return column(0);
    }

    /** @return training accuracy per epoch, in [0, 1] */
    public double[] trainAccuracy() {
        return column(1);
    }

    /** @return validation loss per epoch (NaN without validation data) */
    public double[] validationLoss() {
        return column(2);
    }

    /** @return validation accuracy per epoch, in [0, 1] (NaN without validation data) */
    public double[] validationAccuracy() {
        return column(3);
    }

    /**
     * Wall-clock seconds per epoch (training + validation). Timings vary from run to run: use them
     * for measurements, never print them into committed notebook outputs.
     *
     * @return seconds per epoch
     */
    public double[] secondsPerEpoch() {
        return seconds.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the epoch numbers 1..epochs() as doubles, handy as a plot's x values */
    public double[] epochAxis() {
        double[] x = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        return x;
    }

    /**
     * The epoch with the lowest validation loss (the lowest training loss without validation).
     *
     * @return an epoch number from 1, or 0 when nothing was trained
     */
    public int bestEpoch() {
        double[] v = rows.isEmpty() || Double.isNaN(rows.get(0)[2]) ? trainLoss() : validationLoss();
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return v.length == 0 ? 0 : best + 1;
    }

    /**
     * The epoch whose weights the model holds after training: {@link #bestEpoch()} when
     * {@link Fit#restoreBest(boolean)} was on, else the last epoch.
     *
     * @return an epoch number from 1
     */
    public int keptEpoch() {
        return restoredEpoch > 0 ? restoredEpoch : epochs();
    }

    /** @return the last epoch's validation accuracy (NaN without validation data) */
    public double finalValidationAccuracy() {
        return rows.isEmpty() ? Double.NaN : rows.get(rows.size() - 1)[3];
    }

    /** @return the last epoch's training accuracy */
    public double finalTrainAccuracy() {
        return rows.isEmpty() ? Double.NaN : rows.get(rows.size() - 1)[1];
    }

    /**
     * One row per epoch: epoch, train loss, train acc, val loss, val acc (4 decimals, no timings).
     *
     * @return the table (displays as HTML in the notebook)
     */
    public Table toTable() {
        Table t = Table.of("epoch", "train loss", "train acc", "val loss", "val acc");
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            t.row(i + 1, f(r[0]), f(r[1]), f(r[2]), f(r[3]));
        }
        return t;
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    @Override
    public String toString() {
        return toTable().toString();
    }
}

package roadmap.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import roadmap.train.Table;

/**
 * Per-epoch record of {@link Mlp#fit}: training loss and accuracy (averaged over the epoch's
 * batches) and validation loss and accuracy (after the epoch). The same columns as
 * {@link roadmap.dl.History}, so curves from scratch and from DJL can share a plot and a table.
 * Arrays are indexed from 0 (element {@code e − 1} is epoch {@code e}); without validation data
 * the validation values are NaN.
 */
public final class TrainingLog {

    private final List<double[]> rows = new ArrayList<>();

    void add(double trainLoss, double trainAcc, double valLoss, double valAcc) {
        rows.add(new double[] {trainLoss, trainAcc, valLoss, valAcc});
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

    /** @return training accuracy per epoch */
    public double[] trainAccuracy() {
        return column(1);
    }

    /** @return validation loss per epoch */
    public double[] validationLoss() {
        return column(2);
    }

    /** @return validation accuracy per epoch */
    public double[] validationAccuracy() {
        return column(3);
    }

    /** @return 1..epochs() as doubles, for a plot's x axis */
    public double[] epochAxis() {
        double[] x = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        return x;
    }

    /** @return the last epoch's validation accuracy */
    public double finalValidationAccuracy() {
        return rows.isEmpty() ? Double.NaN : rows.get(rows.size() - 1)[3];
    }

    /**
     * @return one row per epoch: epoch, train loss, train acc, val loss, val acc (4 decimals)
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

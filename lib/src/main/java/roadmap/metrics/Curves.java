package roadmap.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * ROC and precision-recall curves, the area under them, and average precision.
 *
 * <p>Rows with equal scores cannot be separated by any threshold, so tied scores form a single
 * step of the curve (one point per distinct score), exactly like scikit-learn's
 * {@code roc_curve(drop_intermediate=False)} and {@code precision_recall_curve}.
 */
public final class Curves {

    private Curves() {
    }

    /**
     * The ROC curve: (false positive rate, true positive rate) at every distinct score used as
     * threshold, starting at (0, 0) and ending at (1, 1).
     *
     * @param scores scores, larger means more likely positive
     * @param labels true labels, 0 or 1; both classes must occur
     * @return the curve
     * @throws IllegalArgumentException when a class is missing or the lengths differ
     */
    public static Curve roc(double[] scores, int[] labels) {
        Steps s = sweep(scores, labels);
        double pos = s.positives();
        double neg = s.negatives();
        if (pos == 0 || neg == 0) {
            throw new IllegalArgumentException("ROC needs both classes; found " + (long) pos
                    + " positives and " + (long) neg + " negatives");
        }
        double[] x = new double[s.size()];
        double[] y = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            x[i] = s.fp()[i] / neg;
            y[i] = s.tp()[i] / pos;
        }
        return new Curve(x, y, s.thr());
    }

    /**
     * The precision-recall curve: (recall, precision) at every distinct score used as threshold,
     * from the highest threshold down, preceded by the point (0, 1) at threshold +Infinity
     * (scikit-learn's convention for the empty prediction).
     *
     * @param scores scores, larger means more likely positive
     * @param labels true labels, 0 or 1; at least one positive
     * @return the curve
     * @throws IllegalArgumentException when there is no positive or the lengths differ
     */
    public static Curve pr(double[] scores, int[] labels) {
        Steps s = sweep(scores, labels);
        double pos = s.positives();
        if (pos == 0) {
            throw new IllegalArgumentException("a precision-recall curve needs at least one positive");
        }
        double[] x = new double[s.size()];
        double[] y = new double[s.size()];
        x[0] = 0.0;
        y[0] = 1.0;
        for (int i = 1; i < s.size(); i++) {
            x[i] = s.tp()[i] / pos;
            y[i] = (double) s.tp()[i] / (s.tp()[i] + s.fp()[i]);
        }
        return new Curve(x, y, s.thr());
    }

    /**
     * Area under the ROC curve by the trapezoid rule. Equals the probability that a random
     * positive scores higher than a random negative, ties counting one half.
     *
     * @param scores scores
     * @param labels labels, 0 or 1, both classes present
     * @return ROC AUC in [0, 1]
     */
    public static double rocAuc(double[] scores, int[] labels) {
        return roc(scores, labels).area();
    }

    /**
     * Average precision: {@code sum_n (R_n - R_{n-1}) P_n} over the thresholds, the step-wise
     * (not interpolated) area under the precision-recall curve, as scikit-learn's
     * {@code average_precision_score}.
     *
     * @param scores scores
     * @param labels labels, 0 or 1, at least one positive
     * @return average precision in [0, 1]
     */
    public static double averagePrecision(double[] scores, int[] labels) {
        Curve c = pr(scores, labels);
        double ap = 0;
        for (int i = 1; i < c.size(); i++) {
            ap += (c.x()[i] - c.x()[i - 1]) * c.y()[i];
        }
        return ap;
    }

    /**
     * The trapezoid rule: {@code sum_i (x[i] - x[i-1]) (y[i] + y[i-1]) / 2}.
     *
     * @param x non-decreasing x coordinates
     * @param y y coordinates, same length
     * @return the area
     * @throws IllegalArgumentException when x decreases somewhere or the lengths differ
     */
    public static double trapezoid(double[] x, double[] y) {
        Confusion.requireSameLength(x.length, y.length);
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] < x[i - 1]) {
                throw new IllegalArgumentException("x must not decrease: x[" + i + "]=" + x[i]
                        + " < x[" + (i - 1) + "]=" + x[i - 1]);
            }
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2.0;
        }
        return area;
    }

    /** Cumulative counts after each distinct score, highest first; entry 0 is (0, 0) at +Infinity. */
    private record Steps(long[] tp, long[] fp, double[] thr) {
        int size() {
            return tp.length;
        }

        long positives() {
            return tp[tp.length - 1];
        }

        long negatives() {
            return fp[fp.length - 1];
        }
    }

    private static Steps sweep(double[] scores, int[] labels) {
        Confusion.requireSameLength(labels.length, scores.length);
        Integer[] order = sortedDescending(scores);
        List<long[]> counts = new ArrayList<>();
        List<Double> thr = new ArrayList<>();
        counts.add(new long[] {0, 0});
        thr.add(Double.POSITIVE_INFINITY);
        long tp = 0, fp = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score of row " + i + " is NaN");
            }
            if (Labels.positive(labels[i], i)) {
                tp++;
            } else {
                fp++;
            }
            if (k == order.length - 1 || scores[order[k + 1]] != scores[i]) {
                counts.add(new long[] {tp, fp});
                thr.add(scores[i]);
            }
        }
        long[] tps = new long[counts.size()];
        long[] fps = new long[counts.size()];
        double[] th = new double[counts.size()];
        for (int j = 0; j < tps.length; j++) {
            tps[j] = counts.get(j)[0];
            fps[j] = counts.get(j)[1];
            th[j] = thr.get(j);
        }
        return new Steps(tps, fps, th);
    }

    private static Integer[] sortedDescending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        return order;
    }
}

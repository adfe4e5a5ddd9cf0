package roadmap.metrics;

import java.util.function.ToDoubleFunction;

/**
 * Choosing a decision threshold from scores and labels ("threshold moving"). Choose it on
 * validation data, never on the test set: the test set must stay an unbiased estimate.
 */
public final class Thresholds {

    private Thresholds() {
    }

    /**
     * A threshold and the confusion counts it yields on the data it was chosen on.
     *
     * @param threshold the threshold (predict positive when score &gt;= threshold)
     * @param counts    the confusion counts at that threshold
     * @param value     the objective's value at that threshold
     */
    public record Choice(double threshold, Confusion counts, double value) {
    }

    /**
     * The threshold among the distinct scores that maximises an objective of the confusion
     * counts; on ties, the highest such threshold.
     *
     * @param scores    scores, larger means more likely positive
     * @param labels    labels, 0 or 1
     * @param objective e.g. {@code Confusion::f1}
     * @return the best choice
     */
    public static Choice maximize(double[] scores, int[] labels, ToDoubleFunction<Confusion> objective) {
        Curve roc = sweepCounts(scores, labels);
        long pos = Labels.countPositives(labels);
        long neg = labels.length - pos;
        Choice best = null;
        for (int i = 1; i < roc.size(); i++) {
            long tp = Math.round(roc.y()[i]);
            long fp = Math.round(roc.x()[i]);
            Confusion c = new Confusion(tp, fp, neg - fp, pos - tp);
            double v = objective.applyAsDouble(c);
            if (best == null || v > best.value()) {
                best = new Choice(roc.thresholds()[i], c, v);
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no scores given");
        }
        return best;
    }

    /**
     * The threshold that maximises F1.
     *
     * @param scores scores
     * @param labels labels, 0 or 1
     * @return the best choice; {@code value()} is the F1 reached
     */
    public static Choice bestF1(double[] scores, int[] labels) {
        return maximize(scores, labels, Confusion::f1);
    }

    /**
     * The highest threshold whose recall is at least {@code minRecall} (so the best precision
     * for that recall, up to ties).
     *
     * @param scores    scores
     * @param labels    labels, 0 or 1, at least one positive
     * @param minRecall the recall required, in [0, 1]
     * @return the choice; {@code value()} is the recall reached
     */
    public static Choice forRecall(double[] scores, int[] labels, double minRecall) {
        if (!(minRecall >= 0 && minRecall <= 1)) {
            throw new IllegalArgumentException("minRecall must be in [0, 1], got " + minRecall);
        }
        Curve roc = sweepCounts(scores, labels);
        long pos = Labels.countPositives(labels);
        long neg = labels.length - pos;
        for (int i = 1; i < roc.size(); i++) {
            long tp = Math.round(roc.y()[i]);
            long fp = Math.round(roc.x()[i]);
            Confusion c = new Confusion(tp, fp, neg - fp, pos - tp);
            if (c.recall() >= minRecall) {
                return new Choice(roc.thresholds()[i], c, c.recall());
            }
        }
        throw new IllegalArgumentException("a precision-recall choice needs at least one positive");
    }

    /** The ROC sweep un-normalised: x = cumulative fp, y = cumulative tp. */
    private static Curve sweepCounts(double[] scores, int[] labels) {
        long pos = Labels.countPositives(labels);
        long neg = labels.length - pos;
        if (pos == 0 || neg == 0) {
            throw new IllegalArgumentException("threshold selection needs both classes; found " + pos
                    + " positives and " + neg + " negatives");
        }
        Curve roc = Curves.roc(scores, labels);
        double[] fp = new double[roc.size()];
        double[] tp = new double[roc.size()];
        for (int i = 0; i < roc.size(); i++) {
            fp[i] = roc.x()[i] * neg;
            tp[i] = roc.y()[i] * pos;
        }
        return new Curve(fp, tp, roc.thresholds());
    }
}

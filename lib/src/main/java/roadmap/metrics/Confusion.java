package roadmap.metrics;

import java.util.Locale;

/**
 * The four counts of a binary confusion matrix and the metrics computed from them.
 *
 * <p>Ratios whose denominator is zero (e.g. precision when nothing is predicted positive) are
 * defined as 0, as scikit-learn does with {@code zero_division=0} and as Tribuo does.
 *
 * @param tp true positives: actual 1, predicted 1
 * @param fp false positives: actual 0, predicted 1
 * @param tn true negatives: actual 0, predicted 0
 * @param fn false negatives: actual 1, predicted 0
 */
public record Confusion(long tp, long fp, long tn, long fn) {

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException when a count is negative
     */
    public Confusion {
        if (tp < 0 || fp < 0 || tn < 0 || fn < 0) {
            throw new IllegalArgumentException("confusion counts must be >= 0: tp=" + tp + " fp=" + fp
                    + " tn=" + tn + " fn=" + fn);
        }
    }

    /**
     * Counts actual against predicted labels.
     *
     * @param actual    true labels, each 0 or 1
     * @param predicted predicted labels, each 0 or 1, same length
     * @return the counts
     * @throws IllegalArgumentException on a length mismatch or a label other than 0/1
     */
    public static Confusion of(int[] actual, int[] predicted) {
        requireSameLength(actual.length, predicted.length);
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < actual.length; i++) {
            boolean a = Labels.positive(actual[i], i);
            boolean p = Labels.positive(predicted[i], i);
            if (a && p) {
                tp++;
            } else if (!a && p) {
                fp++;
            } else if (!a) {
                tn++;
            } else {
                fn++;
            }
        }
        return new Confusion(tp, fp, tn, fn);
    }

    /**
     * Counts at a decision threshold: a row is predicted positive when {@code score >= threshold}.
     *
     * @param scores    scores, larger means more likely positive
     * @param actual    true labels, each 0 or 1
     * @param threshold the decision threshold
     * @return the counts
     */
    public static Confusion atThreshold(double[] scores, int[] actual, double threshold) {
        return of(actual, predict(scores, threshold));
    }

    /**
     * Hard predictions from scores: 1 where {@code score >= threshold}, else 0.
     *
     * @param scores    the scores
     * @param threshold the decision threshold
     * @return 0/1 predictions
     */
    public static int[] predict(double[] scores, double threshold) {
        int[] p = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            p[i] = scores[i] >= threshold ? 1 : 0;
        }
        return p;
    }

    /** @return the number of rows, tp + fp + tn + fn */
    public long total() {
        return tp + fp + tn + fn;
    }

    /** @return the number of actual positives, tp + fn */
    public long positives() {
        return tp + fn;
    }

    /** @return the number of actual negatives, tn + fp */
    public long negatives() {
        return tn + fp;
    }

    /** @return (tp + tn) / total */
    public double accuracy() {
        return ratio(tp + tn, total());
    }

    /** @return precision, tp / (tp + fp): of the rows flagged positive, the share that are */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** @return recall (sensitivity, true positive rate), tp / (tp + fn) */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** @return the false positive rate, fp / (fp + tn) */
    public double falsePositiveRate() {
        return ratio(fp, fp + tn);
    }

    /** @return specificity (true negative rate), tn / (tn + fp) */
    public double specificity() {
        return ratio(tn, tn + fp);
    }

    /** @return the mean of recall and specificity */
    public double balancedAccuracy() {
        return (recall() + specificity()) / 2.0;
    }

    /** @return F1, the harmonic mean of precision and recall, = 2tp / (2tp + fp + fn) */
    public double f1() {
        return fBeta(1.0);
    }

    /**
     * F-beta: (1 + beta²) · P · R / (beta² · P + R); beta &gt; 1 weighs recall more.
     *
     * @param beta the weight of recall, &gt; 0
     * @return the score (0 when precision and recall are both 0)
     */
    public double fBeta(double beta) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be finite and > 0, got " + beta);
        }
        double b2 = beta * beta;
        return ratio((1 + b2) * tp, (1 + b2) * tp + b2 * fn + fp);
    }

    /**
     * A one-line summary.
     *
     * @return e.g. {@code tp=3 fp=1 tn=5 fn=2}
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "tp=%d fp=%d tn=%d fn=%d", tp, fp, tn, fn);
    }

    private static double ratio(double num, double den) {
        return den == 0 ? 0.0 : num / den;
    }

    static void requireSameLength(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("length mismatch: " + a + " labels vs " + b);
        }
    }
}

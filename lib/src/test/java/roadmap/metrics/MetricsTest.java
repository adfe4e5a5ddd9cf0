package roadmap.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/**
 * References: scikit-learn 1.2.1 (Debian python3-sklearn) on the arrays below, printed with
 * {@code roc_curve(y, s, drop_intermediate=False)}, {@code precision_recall_curve},
 * {@code average_precision_score}, {@code roc_auc_score}, {@code precision_score},
 * {@code recall_score}, {@code f1_score}, {@code fbeta_score(beta=2)} at threshold 0.5; and
 * Tribuo's {@link LabelEvaluationUtil} on random data.
 */
class MetricsTest {

    private static final int[] Y = {1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0};
    private static final double[] S = {0.9, 0.8, 0.8, 0.7, 0.6, 0.55, 0.4, 0.4, 0.3, 0.2, 0.2, 0.1};
    private static final double EPS = 1e-12;

    @Test
    void confusionMatchesScikitLearn() {
        Confusion c = Confusion.atThreshold(S, Y, 0.5);
        assertEquals(new Confusion(3, 3, 4, 2), c);
        assertEquals(0.5, c.precision(), EPS);
        assertEquals(0.6, c.recall(), EPS);
        assertEquals(0.5454545454545454, c.f1(), EPS);
        assertEquals(0.5769230769230769, c.fBeta(2), EPS);
        assertEquals(7.0 / 12, c.accuracy(), EPS);
        assertEquals(3.0 / 7, c.falsePositiveRate(), EPS);
        assertEquals((0.6 + 4.0 / 7) / 2, c.balancedAccuracy(), EPS);
    }

    @Test
    void zeroDenominatorsGiveZero() {
        Confusion c = Confusion.atThreshold(S, Y, 2.0);
        assertEquals(0.0, c.precision());
        assertEquals(0.0, c.f1());
        assertEquals(7.0 / 12, c.accuracy(), EPS);
    }

    @Test
    void rocCurveMatchesScikitLearn() {
        Curve roc = Curves.roc(S, Y);
        double[] fpr = {0.0, 0.0, 0.14285714285714285, 0.14285714285714285, 0.2857142857142857,
            0.42857142857142855, 0.5714285714285714, 0.7142857142857143, 0.8571428571428571, 1.0};
        double[] tpr = {0.0, 0.2, 0.4, 0.6, 0.6, 0.6, 0.8, 0.8, 1.0, 1.0};
        double[] thr = {Double.POSITIVE_INFINITY, 0.9, 0.8, 0.7, 0.6, 0.55, 0.4, 0.3, 0.2, 0.1};
        assertArrayEquals(fpr, roc.x(), EPS);
        assertArrayEquals(tpr, roc.y(), EPS);
        assertArrayEquals(thr, roc.thresholds(), 0.0);
        assertEquals(0.7000000000000001, Curves.rocAuc(S, Y), EPS);
    }

    @Test
    void prCurveAndAveragePrecisionMatchScikitLearn() {
        Curve pr = Curves.pr(S, Y);
        // scikit-learn lists these from the lowest threshold up; ours go from the highest down
        double[] p = {0.4166666666666667, 0.45454545454545453, 0.4444444444444444, 0.5, 0.5, 0.6, 0.75,
            0.6666666666666666, 1.0, 1.0};
        double[] r = {1.0, 1.0, 0.8, 0.8, 0.6, 0.6, 0.6, 0.4, 0.2, 0.0};
        assertArrayEquals(reversed(p), pr.y(), EPS);
        assertArrayEquals(reversed(r), pr.x(), EPS);
        assertEquals(0.6742424242424243, Curves.averagePrecision(S, Y), EPS);
    }

    @Test
    void aucIsTheMannWhitneyProbability() {
        Random rng = new Random(7);
        int n = 400;
        int[] y = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextDouble() < 0.2 ? 1 : 0;
            s[i] = Math.round((rng.nextGaussian() + y[i]) * 4) / 4.0; // many ties
        }
        double wins = 0, pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(wins / pairs, Curves.rocAuc(s, y), 1e-12);
    }

    @Test
    void agreesWithTribuoOnRandomScores() {
        Random rng = new Random(11);
        int n = 500;
        int[] y = new int[n];
        boolean[] pos = new boolean[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextDouble() < 0.1 ? 1 : 0;
            pos[i] = y[i] == 1;
            s[i] = rng.nextDouble() + 0.5 * y[i];
        }
        assertEquals(LabelEvaluationUtil.binaryAUCROC(pos, s), Curves.rocAuc(s, y), 1e-12);
        assertEquals(LabelEvaluationUtil.averagedPrecision(pos, s), Curves.averagePrecision(s, y), 1e-12);
        LabelEvaluationUtil.ROC roc = LabelEvaluationUtil.generateROCCurve(pos, s);
        assertEquals(Curves.trapezoid(roc.fpr, roc.tpr), Curves.rocAuc(s, y), 1e-12);
    }

    @Test
    void trapezoidIsExactForLines() {
        assertEquals(0.5, Curves.trapezoid(new double[] {0, 1}, new double[] {0, 1}), EPS);
        assertEquals(4.0, Curves.trapezoid(new double[] {0, 1, 3}, new double[] {1, 1, 2}), EPS);
        assertThrows(IllegalArgumentException.class,
                () -> Curves.trapezoid(new double[] {1, 0}, new double[] {0, 0}));
    }

    @Test
    void bestF1ThresholdIsTheBruteForceOptimum() {
        Thresholds.Choice best = Thresholds.bestF1(S, Y);
        double bruteBest = -1;
        double bruteThr = Double.NaN;
        for (double t : Arrays.stream(S).distinct().sorted().toArray()) {
            double f = Confusion.atThreshold(S, Y, t).f1();
            if (f >= bruteBest) { // ascending: keep the highest threshold on ties
                bruteBest = f;
                bruteThr = t;
            }
        }
        assertEquals(bruteBest, best.value(), EPS);
        assertEquals(bruteThr, best.threshold(), 0.0);
        assertEquals(Confusion.atThreshold(S, Y, best.threshold()), best.counts());
    }

    @Test
    void forRecallReturnsTheHighestSufficientThreshold() {
        Thresholds.Choice c = Thresholds.forRecall(S, Y, 0.8);
        assertEquals(0.4, c.threshold(), 0.0);
        assertEquals(0.8, c.counts().recall(), EPS);
        assertEquals(1.0, Thresholds.forRecall(S, Y, 1.0).counts().recall(), EPS);
    }

    @Test
    void oversamplingBalancesAndKeepsEveryRow() {
        int[] idx = Resampling.oversample(Y, 3);
        assertEquals(14, idx.length);
        int pos = 0;
        for (int i : idx) {
            pos += Y[i];
        }
        assertEquals(7, pos);
        for (int i = 0; i < Y.length; i++) {
            final int row = i;
            assertTrue(Arrays.stream(idx).anyMatch(k -> k == row), "row " + row + " kept");
        }
        assertArrayEquals(idx, Resampling.oversample(Y, 3));
    }

    @Test
    void undersamplingBalancesWithoutDuplicates() {
        int[] idx = Resampling.undersample(Y, 3);
        assertEquals(10, idx.length);
        assertEquals(10, Arrays.stream(idx).distinct().count());
        assertEquals(5, Arrays.stream(idx).map(i -> Y[i]).sum());
    }

    @Test
    void balancedWeightsGiveEachClassHalfTheWeight() {
        double[] w = Resampling.balancedWeights(Y);
        assertEquals(12.0 / 14, w[0], EPS);
        assertEquals(12.0 / 10, w[1], EPS);
        assertEquals(w[0] * 7, w[1] * 5, EPS);
    }

    @Test
    void rejectsBadLabels() {
        assertThrows(IllegalArgumentException.class, () -> Confusion.of(new int[] {2}, new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Curves.roc(new double[] {1, 2}, new int[] {1, 1}));
    }

    private static double[] reversed(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }
}

package roadmap.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TwoSampleTest {

    static double[][] gaussian(int n, double shift, double scale, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][2];
        for (double[] p : x) {
            p[0] = shift + scale * r.nextGaussian();
            p[1] = scale * r.nextGaussian();
        }
        return x;
    }

    static double dist(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /** The U-statistic averages written out with four loops. */
    static double[] averages(double[][] x, double[][] y, java.util.function.ToDoubleBiFunction<double[], double[]> k) {
        double xx = 0, yy = 0, xy = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                if (i != j) {
                    xx += k.applyAsDouble(x[i], x[j]);
                }
            }
        }
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y.length; j++) {
                if (i != j) {
                    yy += k.applyAsDouble(y[i], y[j]);
                }
            }
        }
        for (double[] a : x) {
            for (double[] b : y) {
                xy += k.applyAsDouble(a, b);
            }
        }
        return new double[] {xx / (x.length * (x.length - 1.0)), yy / (y.length * (y.length - 1.0)),
            xy / ((double) x.length * y.length)};
    }

    @Test
    void statisticsMatchTheirDefinitions() {
        double[][] x = gaussian(30, 0, 1, 1);
        double[][] y = gaussian(40, 0.5, 1.3, 2);
        double h = 0.7;
        double[] k = averages(x, y, (a, b) -> Math.exp(-dist(a, b) * dist(a, b) / (2 * h * h)));
        assertEquals(k[0] + k[1] - 2 * k[2], TwoSample.mmd(h).statistic(x, y), 1e-12);
        double[] d = averages(x, y, TwoSampleTest::dist);
        assertEquals(2 * d[2] - d[0] - d[1], TwoSample.energy().statistic(x, y), 1e-12);
    }

    @Test
    void sameDistributionIsNotRejectedAndAShiftIs() {
        double[][] x = gaussian(200, 0, 1, 3);
        double[][] same = gaussian(200, 0, 1, 4);
        double[][] shifted = gaussian(200, 0.6, 1, 5);
        for (TwoSample t : new TwoSample[] {TwoSample.energy(), TwoSample.mmd(1)}) {
            TwoSample.Result null0 = t.test(x, same, 199, 9);
            assertFalse(null0.rejectsAt5Percent(), null0.toString());
            assertTrue(null0.pValue() > 0.05, null0.toString());
            TwoSample.Result alt = t.test(x, shifted, 199, 9);
            assertTrue(alt.rejectsAt5Percent(), alt.toString());
            assertEquals(0.005, alt.pValue(), 1e-12);
            assertTrue(alt.rejects(0.01) && !null0.rejects(0.05));
            assertEquals(199, alt.permutations());
            assertTrue(alt.threshold(0.99) >= alt.threshold(0.95));
        }
    }

    @Test
    void underTheNullAboutFivePercentOfTestsReject() {
        int rejections = 0;
        for (int rep = 0; rep < 60; rep++) {
            double[][] x = gaussian(40, 0, 1, 100 + rep);
            double[][] y = gaussian(40, 0, 1, 200 + rep);
            if (TwoSample.energy().test(x, y, 99, rep).rejectsAt5Percent()) {
                rejections++;
            }
        }
        assertTrue(rejections <= 9, rejections + " of 60 null tests rejected");
    }

    @Test
    void medianDistanceOfFourPointsOnALine() {
        double[][] x = {{0, 0}, {1, 0}};
        double[][] y = {{3, 0}, {6, 0}};
        // distances 1, 3, 6, 2, 5, 3 -> sorted 1 2 3 3 5 6 -> median 3
        assertEquals(3, TwoSample.medianDistance(x, y), 1e-12);
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TwoSample.mmd(0));
        assertThrows(IllegalArgumentException.class,
                () -> TwoSample.energy().statistic(new double[][] {{1, 2}}, gaussian(3, 0, 1, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> TwoSample.energy().test(gaussian(3, 0, 1, 1), gaussian(3, 0, 1, 2), 5, 1));
        assertThrows(IllegalArgumentException.class,
                () -> TwoSample.energy().statistic(gaussian(3, 0, 1, 1), new double[][] {{1}, {2}}));
    }
}

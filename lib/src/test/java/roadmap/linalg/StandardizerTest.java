package roadmap.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import roadmap.data.Datasets;
import roadmap.data.LabeledData;
import roadmap.data.TrainTest;
import smile.math.MathEx;

class StandardizerTest {

    private static double[][] random(int m, int n, long seed) {
        Random r = new Random(seed);
        double[][] a = new double[m][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = 3.0 * j + (j + 1) * r.nextGaussian();
            }
        }
        return a;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static void assertMatrixEquals(double[][] expected, double[][] actual, double tol) {
        assertEquals(expected.length, actual.length, "rows");
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], tol, "row " + i);
        }
    }

    @Test
    void statisticsMatchSmileColMeansAndColSds() {
        double[][] wine = Datasets.wine().features();
        Standardizer s = Standardizer.fit(wine);
        double[] sds = s.sds();
        double[] smileSds = MathEx.colSds(wine);
        assertArrayEquals(MathEx.colMeans(wine), s.means(), 1e-9);
        for (int j = 0; j < sds.length; j++) {
            assertEquals(smileSds[j], sds[j], 1e-9 * Math.max(1.0, smileSds[j]), "sd of column " + j);
        }
        double[][] r = random(50, 4, 7);
        assertArrayEquals(MathEx.colSds(r), Standardizer.fit(r).sds(), 1e-12);
        // sample sd, not population: two rows {0} and {2} have sd sqrt(2), not 1
        assertArrayEquals(new double[] {Math.sqrt(2)}, Standardizer.fit(new double[][] {{0}, {2}}).sds(), 1e-15);
        assertEquals(13, s.width());
    }

    @Test
    void transformOfTrainingSetMatchesSmileStandardizeInPlace() {
        double[][] wine = Datasets.wine().features();
        double[][] expected = deepCopy(wine);
        MathEx.standardize(expected); // Smile: in place, (x - colMean) / colSd
        double[][] before = deepCopy(wine);
        double[][] z = Standardizer.fit(wine).transform(wine);
        assertMatrixEquals(expected, z, 1e-9);
        assertMatrixEquals(before, wine, 0.0); // the input is not modified
        double[] zMeans = MathEx.colMeans(z);
        double[] zSds = MathEx.colSds(z);
        for (int j = 0; j < zMeans.length; j++) {
            assertEquals(0.0, zMeans[j], 1e-12, "mean of column " + j);
            assertEquals(1.0, zSds[j], 1e-12, "sd of column " + j);
        }
    }

    @Test
    void testSetIsScaledWithTrainingStatisticsNotItsOwn() {
        LabeledData wine = Datasets.wine();
        TrainTest split = wine.stratifiedSplit(0.7, 42);
        double[][] train = split.train().features();
        double[][] test = split.test().features();
        Standardizer s = Standardizer.fit(train);
        double[][] zTest = s.transform(test);
        double[] m = MathEx.colMeans(train);
        double[] sd = MathEx.colSds(train);
        for (int i = 0; i < test.length; i++) {
            for (int j = 0; j < m.length; j++) {
                assertEquals((test[i][j] - m[j]) / sd[j], zTest[i][j], 1e-9);
            }
        }
        // refitting on the test set (leakage) would give a different answer
        double[][] leaky = Standardizer.fit(test).transform(test);
        assertNotEquals(leaky[0][0], zTest[0][0], 1e-6);
        // and the test columns are not exactly mean 0 under the training statistics
        double[] testMeans = MathEx.colMeans(zTest);
        boolean someNonZero = false;
        for (double v : testMeans) {
            someNonZero |= Math.abs(v) > 1e-6;
        }
        assertTrue(someNonZero);
    }

    @Test
    void inverseTransformRoundTrips() {
        double[][] train = random(40, 5, 1);
        double[][] other = random(7, 5, 2);
        Standardizer s = Standardizer.fit(train);
        assertMatrixEquals(other, s.inverseTransform(s.transform(other)), 1e-12);
        assertMatrixEquals(train, s.inverseTransform(s.transform(train)), 1e-12);
        assertEquals(0, s.transform(new double[0][]).length);
    }

    @Test
    void constantColumnsGetSdZeroAndTransformToZeroNotNaN() {
        double[][] train = {{0.1, 1, 5}, {0.1, 2, 5}, {0.1, 4, 5}};
        Standardizer s = Standardizer.fit(train);
        assertArrayEquals(new double[] {0.0, MathEx.sd(new double[] {1, 2, 4}), 0.0}, s.sds(), 1e-15);
        assertEquals(0.1, s.means()[0], 0.0);
        double[][] z = s.transform(new double[][] {{0.1, 3, 7}, {-9, 1, 5}});
        for (double[] row : z) {
            assertEquals(0.0, row[0], 0.0);
            assertEquals(0.0, row[2], 0.0);
            assertFalse(Double.isNaN(row[1]) || Double.isInfinite(row[1]));
        }
        assertArrayEquals(new double[] {0.1, 3, 5}, s.inverseTransform(z)[0], 1e-12);
    }

    @Test
    void widthMismatchNamesBothWidths() {
        Standardizer s = Standardizer.fit(random(10, 3, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.transform(new double[][] {{1, 2, 3}, {1, 2}}));
        assertTrue(e.getMessage().contains("3 columns") && e.getMessage().contains("has 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> s.inverseTransform(new double[][] {{1, 2, 3, 4}}));
        assertTrue(e.getMessage().contains("3 columns") && e.getMessage().contains("has 4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(new double[][] {{1}, {Double.NaN}}));
        assertThrows(IllegalArgumentException.class, () -> s.transform(null));
    }

    @Test
    void accessorsReturnCopies() {
        Standardizer s = Standardizer.fit(random(10, 2, 4));
        double before = s.means()[0];
        s.means()[0] = 1e9;
        s.sds()[0] = 1e9;
        assertEquals(before, s.means()[0], 0.0);
        assertNotEquals(1e9, s.sds()[0]);
    }
}

package roadmap.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.math.matrix.Matrix;
import smile.projection.PCA;
import roadmap.data.Datasets;

class LinalgTest {

    private static double[][] random(int m, int n, long seed) {
        Random r = new Random(seed);
        double[][] a = new double[m][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return a;
    }

    private static void assertMatrixEquals(double[][] expected, double[][] actual, double tol) {
        assertEquals(expected.length, actual.length, "rows");
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], tol, "row " + i);
        }
    }

    @Test
    void multiplyAndTransposeAgreeWithSmile() {
        double[][] a = random(5, 3, 1);
        double[][] b = random(3, 4, 2);
        assertMatrixEquals(new Matrix(a).mm(new Matrix(b)).toArray(), Matrices.multiply(a, b), 1e-12);
        assertMatrixEquals(new Matrix(a).transpose().toArray(), Matrices.transpose(a), 0.0);
        double[] x = {1, -2, 0.5};
        assertArrayEquals(new Matrix(a).mv(x), Matrices.multiply(a, x), 1e-12);
    }

    @Test
    void multiplyRejectsMismatchedShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrices.multiply(random(2, 3, 1), random(2, 3, 2)));
        assertTrue(e.getMessage().contains("2x3 by 2x3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Matrices.transpose(new double[][] {{1, 2}, {3}}));
    }

    @Test
    void identityNormsAndOrthonormality() {
        assertMatrixEquals(new double[][] {{1, 0}, {0, 1}}, Matrices.identity(2), 0.0);
        assertEquals(5.0, Matrices.frobeniusNorm(new double[][] {{3, 0}, {0, 4}}), 1e-15);
        assertEquals(new Matrix(random(4, 4, 3)).normFro(), Matrices.frobeniusNorm(random(4, 4, 3)), 1e-12);
        double c = Math.cos(0.3);
        double s = Math.sin(0.3);
        assertTrue(Matrices.isOrthonormalColumns(new double[][] {{c, -s}, {s, c}}, 1e-12));
        assertFalse(Matrices.isOrthonormalColumns(new double[][] {{2, 0}, {0, 1}}, 1e-12));
        assertFalse(Matrices.isOrthonormalColumns(new double[][] {{1, 1}, {0, 1}}, 1e-12));
    }

    @Test
    void centerReturnsMeansAndZeroMeanCopy() {
        double[][] x = {{1, 10}, {3, 20}, {5, 60}};
        Centered c = Matrices.center(x);
        assertArrayEquals(new double[] {3, 30}, c.means(), 1e-12);
        assertArrayEquals(new double[] {0, 0}, Matrices.columnMeans(c.data()), 1e-12);
        assertEquals(1.0, x[0][0], "input untouched");
    }

    @Test
    void standardizeGivesUnitColumnsAndMatchesSmileCorrelationPca() {
        double[][] x = Datasets.wine().features();
        Standardized st = Matrices.standardize(x);
        double[][] z = st.data();
        assertArrayEquals(new double[13], Matrices.columnMeans(z), 1e-12);
        for (int j = 0; j < 13; j++) {
            double[] col = Matrices.column(z, j);
            assertEquals(x.length, Matrices.dot(col, col), 1e-9, "population variance 1");
        }
        assertEquals(14.23, st.means()[0] + st.stds()[0] * z[0][0], 1e-12);
        assertArrayEquals(PCA.cor(x).getVarianceProportion(), Pca.fit(z).explainedVarianceRatio(), 1e-9);
        assertArrayEquals(new double[] {0, 0}, Matrices.standardize(new double[][] {{5, 1}, {5, 1}}).data()[0], 0.0);
    }

    @Test
    void svdReconstructsAndHasOrthonormalFactors() {
        double[][] a = random(7, 4, 5);
        Svd svd = Svd.of(a);
        assertMatrixEquals(a, svd.reconstruct(4), 1e-10);
        assertTrue(Matrices.isOrthonormalColumns(svd.u(), 1e-10));
        assertTrue(Matrices.isOrthonormalColumns(svd.v(), 1e-10));
        double[] s = svd.s();
        for (int j = 1; j < s.length; j++) {
            assertTrue(s[j - 1] >= s[j], "descending");
        }
        // singular values are the square roots of the eigenvalues of aᵀa
        Eigen eig = Eigen.symmetric(Matrices.multiply(Matrices.transpose(a), a));
        for (int j = 0; j < s.length; j++) {
            assertEquals(Math.sqrt(eig.values()[j]), s[j], 1e-9);
        }
    }

    @Test
    void eigenOfKnownMatrix() {
        Eigen e = Eigen.symmetric(new double[][] {{2, 1}, {1, 2}});
        assertArrayEquals(new double[] {3, 1}, e.values(), 1e-12);
        double r = Math.sqrt(0.5);
        assertArrayEquals(new double[] {r, r}, e.vector(0), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Eigen.symmetric(new double[][] {{1, 2}, {0, 1}}));
    }

    @Test
    void lowRankFollowsEckartYoung() {
        double[][] a = random(9, 6, 7);
        double[] s = Svd.of(a).s();
        for (int k = 0; k <= 6; k++) {
            double err = Matrices.frobeniusNorm(Matrices.subtract(a, LowRank.approximate(a, k)));
            assertEquals(LowRank.error(a, k), err, 1e-9, "k=" + k);
        }
        assertEquals(s[0], Matrices.frobeniusNorm(LowRank.approximate(a, 1)), 1e-9);
        assertEquals(3L * (9 + 6 + 1), LowRank.storage(9, 6, 3));
        assertThrows(IllegalArgumentException.class, () -> LowRank.approximate(a, 7));
    }

    @Test
    void pcaAgreesWithSmileOnWine() {
        double[][] x = Datasets.wine().features();
        Pca pca = Pca.fit(x);
        PCA smile = PCA.fit(x);
        double[] ratio = pca.explainedVarianceRatio();
        assertArrayEquals(smile.getVarianceProportion(), ratio, 1e-9);
        // Smile 2.6 reports the unnormalised s_j² (= eigenvalues of XcᵀXc); ours divide by n - 1
        double[] smileVariance = smile.getVariance();
        for (int j = 0; j < smileVariance.length; j++) {
            smileVariance[j] /= x.length - 1;
        }
        assertArrayEquals(smileVariance, pca.explainedVariance(), 1e-9 * smileVariance[0]);
        assertEquals(1.0, pca.cumulativeVarianceRatio()[ratio.length - 1], 1e-12);
        double[][] loadings = smile.getLoadings().toArray();
        double[][] comps = pca.components();
        for (int j = 0; j < 3; j++) {
            double[] expected = Matrices.column(loadings, j);
            double sign = Math.signum(Matrices.dot(expected, comps[j]));
            for (int p = 0; p < expected.length; p++) {
                assertEquals(expected[p], sign * comps[j][p], 1e-6, "component " + j);
            }
        }
    }

    @Test
    void pcaTransformRoundTripsAndErrorMatchesDiscardedVariance() {
        double[][] x = random(40, 5, 11);
        Pca pca = Pca.fit(x);
        assertMatrixEquals(x, pca.inverseTransform(pca.transform(x, 5)), 1e-10);
        assertEquals(0.0, pca.reconstructionError(x, 5), 1e-20 + 1e-12);
        double[] var = pca.explainedVariance();
        double discarded = var[2] + var[3] + var[4];
        assertEquals((40 - 1) / 40.0 * discarded, pca.reconstructionError(x, 2), 1e-10);
        double[][] z = pca.transform(x, 2);
        assertArrayEquals(new double[] {0, 0}, Matrices.columnMeans(z), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> pca.transform(x, 6));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}}));
    }
}

package roadmap.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.math.matrix.Matrix;

class CholeskyTest {

    private static double[][] randomSpd(int n, long seed) {
        Random rng = new Random(seed);
        double[][] b = new double[n][n];
        for (double[] row : b) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        double[][] a = Matrices.multiply(Matrices.transpose(b), b);
        for (int i = 0; i < n; i++) {
            a[i][i] += 0.5;
        }
        return a;
    }

    @Test
    void factorReconstructsTheMatrix() {
        double[][] a = randomSpd(6, 1);
        double[][] l = Cholesky.of(a).lower();
        double[][] back = Matrices.multiply(l, Matrices.transpose(l));
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(a[i], back[i], 1e-10);
            for (int j = i + 1; j < 6; j++) {
                assertEquals(0.0, l[i][j], 0.0);
            }
        }
    }

    @Test
    void solveInverseAndDeterminantAgreeWithSmileLu() {
        double[][] a = randomSpd(5, 2);
        double[] b = {1, -2, 0.5, 3, 0};
        Cholesky c = Cholesky.of(a);
        assertArrayEquals(new Matrix(a).lu().solve(b), c.solve(b), 1e-9);
        double[][] inv = c.inverse();
        double[][] id = Matrices.multiply(a, inv);
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(Matrices.identity(5)[i], id[i], 1e-9);
        }
        double logDet = 0;
        for (double v : Eigen.symmetric(a).values()) {
            logDet += Math.log(v);
        }
        assertEquals(logDet, c.logDeterminant(), 1e-9);
    }

    @Test
    void correlatedDrawsHaveTheMatrixAsCovariance() {
        double[][] a = {{2.0, 0.6}, {0.6, 1.0}};
        Cholesky c = Cholesky.of(a);
        Random rng = new Random(3);
        int n = 200_000;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double[] v = c.correlate(new double[] {rng.nextGaussian(), rng.nextGaussian()});
            sxx += v[0] * v[0];
            sxy += v[0] * v[1];
            syy += v[1] * v[1];
        }
        assertEquals(2.0, sxx / n, 0.03);
        assertEquals(0.6, sxy / n, 0.02);
        assertEquals(1.0, syy / n, 0.02);
    }

    @Test
    void rejectsIndefiniteAndRaggedMatrices() {
        assertThrows(IllegalArgumentException.class, () -> Cholesky.of(new double[][] {{1, 2}, {2, 1}}));
        assertThrows(IllegalArgumentException.class, () -> Cholesky.of(new double[][] {{1, 0}, {0}}));
    }
}

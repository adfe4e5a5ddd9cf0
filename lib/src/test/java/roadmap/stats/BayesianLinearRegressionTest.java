package roadmap.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import roadmap.linalg.Cholesky;
import roadmap.optim.LeastSquares;
import roadmap.optim.Penalty;

class BayesianLinearRegressionTest {

    private static final double SIGMA2 = 0.49;
    private static final double TAU2 = 2.0;

    private static double[][] design(int n, int d, Random rng) {
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return x;
    }

    private static double[] targets(double[][] x, double[] w, Random rng) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < w.length; j++) {
                y[i] += x[i][j] * w[j];
            }
            y[i] += Math.sqrt(SIGMA2) * rng.nextGaussian();
        }
        return y;
    }

    @Test
    void posteriorMeanIsTheRidgeSolutionWithLambdaSigma2OverTau2() {
        Random rng = new Random(5);
        double[][] x = design(40, 3, rng);
        double[] y = targets(x, new double[] {1, -2, 0.5}, rng);
        BayesianLinearRegression post = BayesianLinearRegression.fit(x, y, SIGMA2, TAU2);
        // LeastSquares scales the data term by 1/(2n): its λ is (σ²/τ²)/n
        double[] ridge = LeastSquares.of(x, y, false, Penalty.l2(SIGMA2 / TAU2 / x.length)).closedForm();
        assertArrayEquals(ridge, post.mean(), 1e-10);
    }

    @Test
    void updatingOneRowAtATimeGivesTheBatchPosterior() {
        Random rng = new Random(6);
        double[][] x = design(25, 2, rng);
        double[] y = targets(x, new double[] {0.3, 0.8}, rng);
        // sequential Bayes in precision form: each row's posterior is the next row's prior
        double[][] precision = {{1 / TAU2, 0}, {0, 1 / TAU2}};
        double[] shift = new double[2];
        for (int i = 0; i < x.length; i++) {
            for (int r = 0; r < 2; r++) {
                shift[r] += x[i][r] * y[i] / SIGMA2;
                for (int c = 0; c < 2; c++) {
                    precision[r][c] += x[i][r] * x[i][c] / SIGMA2;
                }
            }
        }
        BayesianLinearRegression post = BayesianLinearRegression.fit(x, y, SIGMA2, TAU2);
        assertArrayEquals(Cholesky.of(precision).solve(shift), post.mean(), 1e-12);
        double[][] cov = Cholesky.of(precision).inverse();
        for (int r = 0; r < 2; r++) {
            assertArrayEquals(cov[r], post.covariance()[r], 1e-12);
        }
        assertEquals(Math.sqrt(cov[1][1]), post.standardDeviations()[1], 1e-12);
    }

    @Test
    void evidenceIsTheGaussianDensityOfTheTargets() {
        Random rng = new Random(7);
        double[][] x = design(8, 3, rng);
        double[] y = targets(x, new double[] {1, 0, -1}, rng);
        // y ~ N(0, σ²I + τ²XXᵀ): evaluate that density directly (function space)
        double[][] k = new double[8][8];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                for (int c = 0; c < 3; c++) {
                    k[i][j] += TAU2 * x[i][c] * x[j][c];
                }
            }
            k[i][i] += SIGMA2;
        }
        Cholesky ck = Cholesky.of(k);
        double[] alpha = ck.solve(y);
        double quad = 0;
        for (int i = 0; i < 8; i++) {
            quad += y[i] * alpha[i];
        }
        double expected = -0.5 * (8 * Math.log(2 * Math.PI) + ck.logDeterminant() + quad);
        assertEquals(expected, BayesianLinearRegression.fit(x, y, SIGMA2, TAU2).logEvidence(), 1e-9);
    }

    @Test
    void predictiveDensityIsTheRatioOfEvidences() {
        Random rng = new Random(8);
        double[][] x = design(30, 2, rng);
        double[] y = targets(x, new double[] {0.7, -0.4}, rng);
        double[][] xOld = Arrays.copyOf(x, 29);
        double[] yOld = Arrays.copyOf(y, 29);
        BayesianLinearRegression post = BayesianLinearRegression.fit(xOld, yOld, SIGMA2, TAU2);
        double mean = post.predictiveMean(new double[][] {x[29]})[0];
        double var = post.predictiveVariance(new double[][] {x[29]})[0];
        double logPredictive = -0.5 * Math.log(2 * Math.PI * var) - (y[29] - mean) * (y[29] - mean) / (2 * var);
        double ratio = BayesianLinearRegression.fit(x, y, SIGMA2, TAU2).logEvidence() - post.logEvidence();
        assertEquals(ratio, logPredictive, 1e-9);
        assertEquals(SIGMA2, post.noiseVariance(), 0.0);
        assertEquals(TAU2, post.priorVariance(), 0.0);
    }

    @Test
    void rejectsBadInput() {
        double[][] x = {{1}, {2}};
        assertThrows(IllegalArgumentException.class, () -> BayesianLinearRegression.fit(x, new double[] {1}, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> BayesianLinearRegression.fit(x, new double[] {1, 2}, 0, 1));
    }
}

package roadmap.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OptimTest {

    private static final double[][] A = {{3, 1}, {1, 2}};
    private static final double[] B = {1, -1};

    @Test
    void quadraticMinimizerSolvesTheLinearSystem() {
        Quadratic q = Quadratic.of(A, B);
        double[] w = q.minimizer();
        // closed form for 2x2: A^-1 = [[2, -1], [-1, 3]] / 5
        assertArrayEquals(new double[] {(2 * 1 - 1 * -1) / 5.0, (-1 * 1 + 3 * -1) / 5.0}, w, 1e-12);
        assertArrayEquals(new double[] {0, 0}, q.gradient(w), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Quadratic.of(new double[][] {{1, 2}, {0, 1}}, B));
    }

    @Test
    void gradientDescentOnADiagonalQuadraticShrinksEachCoordinateByOneMinusLrLambda() {
        Quadratic q = Quadratic.of(new double[][] {{1, 0}, {0, 10}}, new double[] {0, 0});
        double lr = 0.05;
        Trajectory t = GradientDescent.minimize(q, new double[] {2, 1}, Optimizers.gd(lr), 20);
        assertEquals(21, t.points().length);
        double[] w20 = t.last();
        assertEquals(2 * Math.pow(1 - lr * 1, 20), w20[0], 1e-12);
        assertEquals(1 * Math.pow(1 - lr * 10, 20), w20[1], 1e-12);
        // lr above 2 / lambda_max diverges
        Trajectory bad = GradientDescent.minimize(q, new double[] {2, 1}, Optimizers.gd(0.21), 20);
        assertTrue(bad.finalLoss() > bad.losses()[0]);
    }

    @Test
    void momentumAndAdamReachTheMinimizer() {
        Quadratic q = Quadratic.of(A, B);
        double[] star = q.minimizer();
        assertArrayEquals(star, GradientDescent.minimize(q, new double[] {4, 4}, Optimizers.momentum(0.1, 0.9), 500)
                .last(), 1e-8);
        assertArrayEquals(star, GradientDescent.minimize(q, new double[] {4, 4}, Optimizers.adam(0.05), 3000)
                .last(), 1e-4);
        assertArrayEquals(star, GradientDescent.minimize(q, new double[] {4, 4}, Optimizers.decaying(0.2, 1000), 500)
                .last(), 1e-8);
    }

    @Test
    void momentumAndAdamFirstStepsMatchTheirFormulas() {
        UpdateRule m = Optimizers.momentum(0.1, 0.5);
        double[] w = {1.0};
        m.update(w, new double[] {2.0});          // v = 2, w = 1 - 0.2
        assertEquals(0.8, w[0], 1e-15);
        m.update(w, new double[] {1.0});          // v = 0.5 * 2 + 1 = 2, w = 0.8 - 0.2
        assertEquals(0.6, w[0], 1e-15);
        // Adam's bias-corrected first step has length lr whatever the gradient's scale
        UpdateRule adam = Optimizers.adam(0.01);
        double[] u = {0.0, 0.0};
        adam.update(u, new double[] {1000.0, -0.001});
        assertArrayEquals(new double[] {-0.01, 0.01}, u, 1e-7);
        assertThrows(IllegalArgumentException.class, () -> Optimizers.momentum(0.1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Optimizers.gd(0));
    }

    @Test
    void numericalGradientMatchesAnalyticAndCatchesAWrongOne() {
        Objective f = Objective.of(w -> Math.sin(w[0]) + w[0] * w[0] * w[1],
                w -> new double[] {Math.cos(w[0]) + 2 * w[0] * w[1], w[0] * w[0]});
        double[] w = {0.7, -1.3};
        assertTrue(GradientCheck.check(f, w) < 1e-9, "right gradient");
        Objective wrong = Objective.of(f::value, v -> new double[] {Math.cos(v[0]), v[0] * v[0]});
        assertTrue(GradientCheck.check(wrong, w) > 1e-2, "wrong gradient detected");
        assertEquals(0.0, GradientCheck.relativeError(new double[2], new double[2]));
    }

    private static double[][] randomX(Random rng, int n, int d) {
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return x;
    }

    @Test
    void leastSquaresGradientsMatchFiniteDifferencesForEveryPenalty() {
        Random rng = new Random(1);
        double[][] x = randomX(rng, 30, 3);
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            y[i] = rng.nextGaussian();
        }
        double[] w = {0.3, -0.2, 0.5, 1.1};
        for (Penalty p : new Penalty[] {Penalty.none(), Penalty.l2(0.7), Penalty.l1(0.4)}) {
            LeastSquares f = LeastSquares.of(x, y, true, p);
            assertTrue(GradientCheck.check(f, w) < 1e-8, "gradient with " + p);
            // the mini-batch gradient over all rows is the full gradient
            assertArrayEquals(f.gradient(w), f.gradient(w, new int[] {
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
                28, 29}), 1e-12);
        }
    }

    @Test
    void normalEquationsRecoverAnExactLinearRelation() {
        Random rng = new Random(2);
        double[][] x = randomX(rng, 50, 3);
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            y[i] = 2 + 3 * x[i][0] - x[i][1] + 0.5 * x[i][2];
        }
        LinearFit fit = LinearRegressionGD.normalEquations(x, y);
        assertEquals(2, fit.intercept(), 1e-10);
        assertArrayEquals(new double[] {3, -1, 0.5}, fit.coefficients(), 1e-10);
        assertArrayEquals(y, fit.predict(x), 1e-9);
    }

    @Test
    void ridgeClosedFormMatchesTheOneDimensionalFormula() {
        double[][] x = {{1}, {2}, {-1}, {3}};
        double[] y = {2, 3, -1, 7};
        double lambda = 0.5;
        double sxy = 2 + 6 + 1 + 21;
        double sxx = 1 + 4 + 1 + 9;
        double[] w = LeastSquares.of(x, y, false, Penalty.l2(lambda)).closedForm();
        assertEquals(sxy / (sxx + 4 * lambda), w[0], 1e-12);
        assertThrows(IllegalStateException.class, () -> LeastSquares.of(x, y, false, Penalty.l1(1)).closedForm());
    }

    @Test
    void batchSgdIsPlainGradientDescentAndMiniBatchSgdConverges() {
        Random rng = new Random(3);
        double[][] x = randomX(rng, 200, 2);
        double[] y = new double[200];
        for (int i = 0; i < 200; i++) {
            y[i] = 1 - 2 * x[i][0] + x[i][1] + 0.1 * rng.nextGaussian();
        }
        LeastSquares f = LeastSquares.of(x, y);
        Trajectory full = GradientDescent.stochastic(f, new double[3], Optimizers.gd(0.3), 200, 200, 7);
        Trajectory gd = GradientDescent.minimize(f, new double[3], Optimizers.gd(0.3), 200);
        assertArrayEquals(gd.last(), full.last(), 1e-12);
        double[] exact = f.closedForm();
        assertArrayEquals(exact, gd.last(), 1e-6);
        LinearFit sgd = LinearRegressionGD.fit(x, y, Optimizers.decaying(0.05, 200), 10, 200, 7);
        assertArrayEquals(exact, sgd.parameters(), 5e-3);
        assertEquals(201, sgd.losses().length);
    }

    @Test
    void proximalLassoOnAnOrthonormalDesignIsSoftThresholdedLeastSquares() {
        // columns with X^T X / n = I: the lasso solution is soft(X^T y / n, lambda) coordinate-wise
        double[][] x = {{1, 1, 1}, {1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}};
        double[] y = {3, 1, -0.2, 0.4};
        double lambda = 0.5;
        LeastSquares f = LeastSquares.of(x, y, false, Penalty.l1(lambda));
        double[] ols = LeastSquares.of(x, y, false, Penalty.none()).closedForm();
        Trajectory t = GradientDescent.proximal(f, new double[3], 0.5, 200);
        double[] expected = new double[3];
        for (int j = 0; j < 3; j++) {
            expected[j] = Penalty.softThreshold(ols[j], lambda);
        }
        assertArrayEquals(expected, t.last(), 1e-12);
        assertEquals(0.0, t.last()[1], "|x_2 . y| / n = 0.35 < lambda: exactly zero");
        for (int k = 1; k < t.losses().length; k++) {
            assertTrue(t.losses()[k] <= t.losses()[k - 1] + 1e-15, "ISTA never increases the loss");
        }
    }

    @Test
    void penaltiesProxAndValues() {
        assertEquals(0.0, Penalty.softThreshold(0.3, 0.5));
        assertEquals(-0.2, Penalty.softThreshold(-0.7, 0.5), 1e-15);
        double[] w = {5, 2, -4};
        assertEquals(0.5 * 3 * (4 + 16), Penalty.l2(3).value(w, 1), 1e-12);
        assertEquals(3 * 6, Penalty.l1(3).value(w, 1), 1e-12);
        Penalty.l2(1).prox(w, 1, 1);
        assertArrayEquals(new double[] {5, 1, -2}, w, 1e-15);
    }

    @Test
    void regressionMetricsByHand() {
        double[] y = {1, 2, 3, 4};
        double[] p = {1, 3, 3, 2};
        assertEquals(5.0 / 4, RegressionScores.mse(y, p), 1e-15);
        assertEquals(Math.sqrt(1.25), RegressionScores.rmse(y, p), 1e-15);
        assertEquals(1 - 5.0 / 5.0, RegressionScores.r2(y, p), 1e-15);
        assertEquals(0.0, RegressionScores.r2(y, new double[] {2.5, 2.5, 2.5, 2.5}), 1e-15);
        assertEquals(1.0, RegressionScores.r2(y, y), 1e-15);
    }
}

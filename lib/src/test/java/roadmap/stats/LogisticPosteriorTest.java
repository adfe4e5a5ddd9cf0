package roadmap.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticPosteriorTest {

    private static LogisticPosterior sample(long seed, int n) {
        Random rng = new Random(seed);
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            x[i][1] = rng.nextGaussian();
            x[i][2] = rng.nextGaussian();
            double p = LogisticPosterior.sigmoid(-0.5 + 1.5 * x[i][1] - x[i][2]);
            y[i] = rng.nextDouble() < p ? 1 : 0;
        }
        return LogisticPosterior.of(x, y, 4.0);
    }

    @Test
    void gradientAndHessianMatchFiniteDifferences() {
        LogisticPosterior post = sample(1, 60);
        double[] w = {0.2, -0.4, 0.9};
        double h = 1e-5;
        double[] g = post.gradient(w);
        double[][] hess = post.hessian(w);
        for (int j = 0; j < 3; j++) {
            double[] up = w.clone();
            double[] down = w.clone();
            up[j] += h;
            down[j] -= h;
            assertEquals((post.logDensity(up) - post.logDensity(down)) / (2 * h), g[j], 1e-6);
            double[] gu = post.gradient(up);
            double[] gd = post.gradient(down);
            for (int k = 0; k < 3; k++) {
                assertEquals((gu[k] - gd[k]) / (2 * h), hess[k][j], 1e-6);
            }
        }
    }

    @Test
    void modeZeroesTheGradientAndLaplaceIsTheInverseCurvature() {
        LogisticPosterior post = sample(2, 200);
        LogisticPosterior.Laplace lap = post.laplace();
        assertArrayEquals(new double[3], post.gradient(lap.mean()), 1e-8);
        double[][] h = post.hessian(lap.mean());
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s -= h[r][k] * lap.covariance()[k][c];
                }
                assertEquals(r == c ? 1.0 : 0.0, s, 1e-9);
            }
        }
        assertEquals(Math.sqrt(lap.covariance()[1][1]), lap.standardDeviations()[1], 1e-15);
        // the log density is below its value at the mode anywhere else
        double[] off = lap.mean().clone();
        off[1] += 0.1;
        assertEquals(true, post.logDensity(off) < post.logDensity(lap.mean()));
    }

    @Test
    void sigmoidIsStableAndRejectsBadLabels() {
        assertEquals(1.0, LogisticPosterior.sigmoid(800), 0.0);
        assertEquals(0.0, LogisticPosterior.sigmoid(-800), 1e-300);
        assertEquals(0.5, LogisticPosterior.sigmoid(0), 0.0);
        assertThrows(IllegalArgumentException.class,
                () -> LogisticPosterior.of(new double[][] {{1}}, new int[] {2}, 1));
    }
}

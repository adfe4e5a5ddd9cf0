package roadmap.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.classification.LogisticRegression;

class LinearProbeTest {

    /** Three Gaussian blobs in 5 dimensions, on very different scales per feature. */
    private static double[][] blobs(int n, int[] labels, long seed) {
        Random r = new Random(seed);
        double[] featureScale = {1, 100, 0.01, 10, 1000};
        double[][] x = new double[n][5];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int j = 0; j < 5; j++) {
                double centre = (labels[i] == j % 3 ? 1.5 : 0) + j;
                x[i][j] = (centre + r.nextGaussian()) * featureScale[j];
            }
        }
        return x;
    }

    @Test
    void agreesWithSmilesLogisticRegression() {
        int n = 300;
        int[] y = new int[n];
        double[][] x = blobs(n, y, 1);
        double l2 = 0.01;
        LinearProbe probe = LinearProbe.fit(x, y, 3, l2, 2000);
        // Smile's objective is the summed negative log-likelihood + (lambda / 2)||w||², on the
        // standardised features: lambda = n * l2 is the same problem
        double[][] z = new double[n][5];
        double[] mean = new double[5];
        double[] sd = new double[5];
        for (double[] row : x) for (int j = 0; j < 5; j++) mean[j] += row[j] / n;
        for (double[] row : x) for (int j = 0; j < 5; j++) sd[j] += Math.pow(row[j] - mean[j], 2) / n;
        for (int i = 0; i < n; i++) for (int j = 0; j < 5; j++) z[i][j] = (x[i][j] - mean[j]) / Math.sqrt(sd[j]);
        LogisticRegression smile = LogisticRegression.multinomial(z, y, n * l2, 1e-8, 2000);
        int[] ours = probe.predict(x);
        int agree = 0;
        for (int i = 0; i < n; i++) agree += ours[i] == smile.predict(z[i]) ? 1 : 0;
        assertTrue(agree >= n - 3, "agreement with Smile on " + agree + " of " + n);
        assertTrue(probe.accuracy(x, y) > 0.6, "far above chance (1/3): " + probe.accuracy(x, y));
        assertTrue(probe.finalGradientNorm() < 1e-3, "converged: " + probe.finalGradientNorm());
    }

    @Test
    void rawWeightsReproduceTheProbesPredictions() {
        int n = 90;
        int[] y = new int[n];
        double[][] x = blobs(n, y, 2);
        LinearProbe probe = LinearProbe.fit(x, y, 3, 0.1, 200);
        double[][] w = probe.rawWeights();
        double[] b = probe.rawBias();
        int[] predicted = probe.predict(x);
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < 3; c++) {
                double s = b[c];
                for (int j = 0; j < 5; j++) s += w[c][j] * x[i][j];
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            assertEquals(predicted[i], best, "row " + i);
        }
    }

    @Test
    void copyIntoSetsADjlHeadToTheSameLogits() {
        int n = 60;
        int[] y = new int[n];
        double[][] x = blobs(n, y, 3);
        LinearProbe probe = LinearProbe.fit(x, y, 3, 0.1, 100);
        Djl.init();
        try (ai.djl.ndarray.NDManager m = ai.djl.ndarray.NDManager.newBaseManager()) {
            ai.djl.nn.core.Linear head = ai.djl.nn.core.Linear.builder().setUnits(3).build();
            probe.copyInto(head, m);
            float[] flat = new float[5];
            for (int j = 0; j < 5; j++) flat[j] = (float) x[0][j];
            ai.djl.ndarray.NDArray out = head.forward(new ai.djl.training.ParameterStore(m, false),
                    new ai.djl.ndarray.NDList(m.create(flat, new ai.djl.ndarray.types.Shape(1, 5))), false)
                    .head();
            double[] expected = new double[3];
            for (int c = 0; c < 3; c++) {
                expected[c] = probe.rawBias()[c];
                for (int j = 0; j < 5; j++) expected[c] += probe.rawWeights()[c][j] * x[0][j];
            }
            float[] got = out.toFloatArray();
            double[] gotD = {got[0], got[1], got[2]};
            double scale = Math.max(1, Math.abs(expected[0]) + Math.abs(expected[1]) + Math.abs(expected[2]));
            assertArrayEquals(expected, gotD, 1e-4 * scale);
        }
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> LinearProbe.fit(new double[0][], new int[0], 2, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> LinearProbe.fit(new double[][] {{1}, {2}}, new int[] {0, 2}, 2, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> LinearProbe.fit(new double[][] {{1}, {2, 3}}, new int[] {0, 1}, 2, 0, 1));
    }
}

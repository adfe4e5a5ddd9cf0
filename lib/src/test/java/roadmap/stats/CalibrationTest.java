package roadmap.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void handExample() {
        int[] y = {0, 0, 1, 1, 1, 0};
        double[] p = {0.1, 0.2, 0.7, 0.9, 1.0, 0.6};
        Calibration c = Calibration.of(y, p, 2);
        assertArrayEquals(new int[] {2, 4}, c.counts());
        assertArrayEquals(new double[] {0.15, 0.8}, c.meanPredicted(), 1e-12);
        assertArrayEquals(new double[] {0.0, 0.75}, c.fractionPositive(), 1e-12);
        assertEquals(2.0 / 6 * 0.15 + 4.0 / 6 * 0.05, c.expectedCalibrationError(), 1e-12);
    }

    @Test
    void weightedGapsSumToOverallBias() {
        Random rng = new Random(5);
        int n = 500;
        int[] y = new int[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = rng.nextDouble();
            y[i] = rng.nextDouble() < p[i] * p[i] ? 1 : 0;   // miscalibrated on purpose
        }
        Calibration c = Calibration.of(y, p, 10);
        assertEquals(n, Arrays.stream(c.counts()).sum());
        double weighted = 0;
        for (int b = 0; b < 10; b++) {
            if (c.counts()[b] > 0) {
                weighted += c.counts()[b] * (c.meanPredicted()[b] - c.fractionPositive()[b]) / n;
            }
        }
        double bias = Arrays.stream(p).average().orElseThrow() - Arrays.stream(y).average().orElseThrow();
        assertEquals(bias, weighted, 1e-12);
        assertTrue(c.expectedCalibrationError() >= Math.abs(bias) - 1e-12);
        assertTrue(c.expectedCalibrationError() > 0.1, "p vs p^2 is clearly miscalibrated");
    }

    @Test
    void emptyBinsAreSkippedForPlotting() {
        Calibration c = Calibration.of(new int[] {0, 1}, new double[] {0.05, 0.95}, 10);
        assertTrue(Double.isNaN(c.meanPredicted()[5]));
        assertArrayEquals(new double[] {0.05, 0.95}, c.meanPredictedNonEmpty(), 1e-15);
        assertArrayEquals(new double[] {0.0, 1.0}, c.fractionPositiveNonEmpty(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Calibration.of(new int[] {1}, new double[] {0.5}, 0));
    }
}

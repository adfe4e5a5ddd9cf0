package roadmap.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TransformerForecasterTest {

    private static double[] seasonalLine(int n) {
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = 0.1 * t + 2 * Math.sin(2 * Math.PI * t / 12) + 0.2 * Math.sin(0.37 * t * t);
        }
        return x;
    }

    @Test
    void trainsCausallyAndLearnsASeason() {
        double[] x = seasonalLine(200);
        TransformerForecaster.Settings s = new TransformerForecaster.Settings(24, 6, 16, 2, 30, 16, 0.005, 7);
        try (TransformerForecaster f = TransformerForecaster.train(java.util.Arrays.copyOf(x, 160), 0, s)) {
            double[] loss = f.epochLoss();
            assertTrue(loss[loss.length - 1] < 0.5 * loss[0], "loss falls: " + loss[0] + " -> " + loss[loss.length - 1]);
            double[] history = java.util.Arrays.copyOf(x, 170);
            double[][] before = f.positionForecasts(history);
            double[] changed = history.clone();
            changed[160] += 5;            // token of step 160 (position 14 of the window) and 161 change
            double[][] after = f.positionForecasts(changed);
            int firstChanged = 160 - (170 - 24);
            for (int i = 0; i < firstChanged; i++) {
                assertArrayEquals(before[i], after[i], 1e-9, "position " + i + " must not see step 160");
            }
            assertTrue(Math.abs(before[23][0] - after[23][0]) > 1e-6, "the last position sees it");
            Backtest bt = new Backtest(160, 6, 1);
            double scale = Accuracy.seasonalNaiveScale(java.util.Arrays.copyOf(x, 160), 12);
            double mase = bt.run(x, f).mase(scale);
            double naive = bt.run(x, Baselines.naive()).mase(scale);
            assertTrue(mase < naive, "transformer " + mase + " vs naive " + naive);
            assertEquals(6, f.forecast(history, 6).length);
        }
    }
}

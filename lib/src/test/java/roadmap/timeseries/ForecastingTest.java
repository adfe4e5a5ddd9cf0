package roadmap.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ForecastingTest {

    private static double[] seasonalLine(int n, double noise, long seed) {
        Random rng = new Random(seed);
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = 10 + 0.1 * t + 2 * Math.sin(2 * Math.PI * t / 12) + noise * rng.nextGaussian();
        }
        return x;
    }

    @Test
    void baselinesByHand() {
        double[] h = {1, 2, 4, 7, 5};
        assertArrayEquals(new double[] {5, 5, 5}, Baselines.naive().forecast(h, 3), 0);
        assertArrayEquals(new double[] {4, 7, 5, 4, 7}, Baselines.seasonalNaive(3).forecast(h, 5), 0);
        assertArrayEquals(new double[] {6, 7}, Baselines.drift().forecast(h, 2), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Baselines.seasonalNaive(12).forecast(h, 1));
    }

    @Test
    void differencingRoundTrip() {
        double[] x = seasonalLine(60, 0.3, 1);
        double[] z = Differencing.seasonalAndFirst(x, 12);
        double[] zFuture = java.util.Arrays.copyOfRange(z, 40, z.length);   // z of x[53..59]
        double[] back = Differencing.integrateSeasonalAndFirst(java.util.Arrays.copyOf(x, 53), zFuture, 12);
        assertArrayEquals(java.util.Arrays.copyOfRange(x, 53, 60), back, 1e-12);
    }

    @Test
    void maseScaleAndMae() {
        assertEquals(1.5, Accuracy.mae(new double[] {1, 2}, new double[] {2, 4}), 1e-15);
        assertEquals(2.0, Accuracy.seasonalNaiveScale(new double[] {0, 1, 2, 3}, 2), 1e-15);
    }

    @Test
    void psiWeightsOfPureSeasonalRandomWalkWithTrend() {
        // with phi = 0 the model is (1-B)(1-B^12) x = e: psi_j = 1 + floor(j / 12)
        double[] x = seasonalLine(200, 0.0, 1);
        for (int t = 0; t < x.length; t++) {
            x[t] += new Random(t).nextGaussian();                             // make z non-degenerate
        }
        SeasonalAr m = SeasonalAr.fit(x, 1, 12);
        double phi = m.coefficients()[0];
        double[] psi = m.psiWeights(30);
        // check the recursion against a direct simulation of the impulse response
        double[] impulse = new double[30 + 14];
        double[] e = new double[impulse.length];
        e[14] = 1;
        for (int t = 14; t < impulse.length; t++) {
            double zPrev = impulse[t - 1] - impulse[t - 2] - impulse[t - 13] + impulse[t - 14];
            impulse[t] = impulse[t - 1] + impulse[t - 12] - impulse[t - 13] + phi * zPrev + e[t];
        }
        assertArrayEquals(java.util.Arrays.copyOfRange(impulse, 14, impulse.length), psi, 1e-12);
        assertTrue(m.forecastStdDev(24)[23] > m.forecastStdDev(24)[0]);
    }

    @Test
    void backtestHasNoLookAhead() {
        double[] x = seasonalLine(120, 0.5, 2);
        Backtest bt = new Backtest(60, 12, 1);
        Forecaster arima = SeasonalAr.forecaster(2, 12);
        Backtest.Result a = bt.run(x, arima);
        double[] changed = x.clone();
        for (int t = 90; t < changed.length; t++) {
            changed[t] += 50;
        }
        Backtest.Result b = bt.run(changed, arima);
        assertTrue(a.identicalUpTo(b, 90), "forecasts from origins <= 90 use values before 90 only");
        assertFalse(a.identicalUpTo(b, 91), "the origin 91 sees the changed value x[90]");
        assertEquals(120 - 12 - 60 + 1, a.origins().length);
    }

    @Test
    void leakyForecasterIsCaught() {
        double[] x = seasonalLine(120, 0.5, 3);
        // a forecaster that normalises with the mean of the whole series leaks the future
        Forecaster leaky = (h, k) -> {
            double mean = java.util.Arrays.stream(x).average().orElseThrow();
            double[] f = new double[k];
            java.util.Arrays.fill(f, mean + 0 * h.length);
            return f;
        };
        double[] changed = x.clone();
        changed[119] += 100;
        Backtest bt = new Backtest(60, 12, 1);
        Forecaster leakyChanged = (h, k) -> {
            double mean = java.util.Arrays.stream(changed).average().orElseThrow();
            double[] f = new double[k];
            java.util.Arrays.fill(f, mean);
            return f;
        };
        assertFalse(bt.run(x, leaky).identicalUpTo(bt.run(changed, leakyChanged), 100));
    }

    @Test
    void seasonalArBeatsSeasonalNaiveOnTrendPlusSeason() {
        double[] x = seasonalLine(240, 0.3, 4);
        Backtest bt = new Backtest(180, 12, 1);
        double scale = Accuracy.seasonalNaiveScale(java.util.Arrays.copyOf(x, 180), 12);
        double ar = bt.run(x, SeasonalAr.forecaster(1, 12)).mase(scale);
        double sn = bt.run(x, Baselines.seasonalNaive(12)).mase(scale);
        assertTrue(ar < sn, "ARIMA " + ar + " vs seasonal naive " + sn);
    }

    @Test
    void autocorrelationOfWhiteNoiseIsSmall() {
        Random rng = new Random(5);
        double[] e = new double[4000];
        for (int i = 0; i < e.length; i++) {
            e[i] = rng.nextGaussian();
        }
        for (double r : Autocorrelation.acf(e, 10)) {
            assertTrue(Math.abs(r) < 2 * Autocorrelation.whiteNoiseBand(e.length));
        }
        // AR(1) with phi = 0.6: pacf(1) ~ 0.6, pacf(2) ~ 0
        double[] a = new double[4000];
        for (int i = 1; i < a.length; i++) {
            a[i] = 0.6 * a[i - 1] + e[i];
        }
        double[] p = Autocorrelation.pacf(a, 2);
        assertEquals(0.6, p[0], 0.05);
        assertEquals(0.0, p[1], 0.05);
    }

    @Test
    void monthlySeriesRefusesGaps() {
        assertThrows(IllegalArgumentException.class, () -> new MonthlySeries("x",
                java.util.List.of("2000-01", "2000-03"), new double[] {1, 2}));
        MonthlySeries co2 = MonthlySeries.co2();
        assertEquals("1965-01", co2.months().get(0));
        assertEquals("2001-12", co2.months().get(443));
        assertEquals(0, co2.monthOfYear(0));
        assertEquals(1965.0, co2.years()[0], 1e-12);
    }
}

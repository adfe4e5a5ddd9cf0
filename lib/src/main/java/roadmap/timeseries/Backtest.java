package roadmap.timeseries;

import java.util.Arrays;

/**
 * Walk-forward (rolling-origin) evaluation: at each forecast origin t the forecaster receives a
 * copy of the first t values only and forecasts the next {@code horizon}; the origin then moves
 * {@code step} values on. Because the history is a copy cut at the origin, no value after it can
 * influence that forecast — which a test of the pipeline can confirm by perturbing the future
 * (see {@link Result#identicalUpTo(Result, int)}).
 *
 * @param firstOrigin the first origin t (forecasts start at index t)
 * @param horizon     steps forecast from each origin
 * @param step        distance between consecutive origins
 */
public record Backtest(int firstOrigin, int horizon, int step) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException for a non-positive horizon or step, or a first origin below 1
     */
    public Backtest {
        if (firstOrigin < 1 || horizon < 1 || step < 1) {
            throw new IllegalArgumentException("firstOrigin " + firstOrigin + ", horizon " + horizon + ", step " + step);
        }
    }

    /**
     * The forecasts of one method from every origin, with what actually happened.
     *
     * @param origins   the origins t
     * @param forecasts {@code forecasts[i][h-1]}: from origin i, h steps ahead
     * @param actuals   the observed values at the same places
     */
    public record Result(int[] origins, double[][] forecasts, double[][] actuals) {

        /**
         * Mean absolute error over all origins and steps.
         *
         * @return the MAE
         */
        public double mae() {
            double s = 0;
            for (int i = 0; i < origins.length; i++) {
                s += Accuracy.mae(forecasts[i], actuals[i]);
            }
            return s / origins.length;
        }

        /**
         * Mean absolute error for each step ahead.
         *
         * @return {@code mae[h-1]} for h = 1..horizon
         */
        public double[] maeByHorizon() {
            int hs = forecasts[0].length;
            double[] m = new double[hs];
            for (int i = 0; i < origins.length; i++) {
                for (int h = 0; h < hs; h++) {
                    m[h] += Math.abs(forecasts[i][h] - actuals[i][h]) / origins.length;
                }
            }
            return m;
        }

        /**
         * MASE: this MAE over a scale such as {@link Accuracy#seasonalNaiveScale(double[], int)}.
         *
         * @param scale the in-sample scale from the training data
         * @return the MASE
         */
        public double mase(double scale) {
            return mae() / scale;
        }

        /**
         * True when the forecasts from every origin at or before {@code lastOrigin} are exactly
         * equal in both results (e.g. a run on the series and on a copy with later values changed).
         *
         * @param other      another result with the same origins
         * @param lastOrigin the last origin compared
         * @return whether those forecasts are bit-for-bit equal
         */
        public boolean identicalUpTo(Result other, int lastOrigin) {
            for (int i = 0; i < origins.length && origins[i] <= lastOrigin; i++) {
                if (!Arrays.equals(forecasts[i], other.forecasts[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Runs a forecaster from every origin {@code firstOrigin, firstOrigin + step, …} that leaves
     * {@code horizon} observed values to compare with.
     *
     * @param series     the whole series
     * @param forecaster the method
     * @return its forecasts and the actual values
     */
    public Result run(double[] series, Forecaster forecaster) {
        int count = (series.length - horizon - firstOrigin) / step + 1;
        if (count < 1) {
            throw new IllegalArgumentException("no origin from " + firstOrigin + " leaves " + horizon
                    + " values in a series of " + series.length);
        }
        int[] origins = new int[count];
        double[][] forecasts = new double[count][];
        double[][] actuals = new double[count][];
        for (int i = 0; i < count; i++) {
            int t = firstOrigin + i * step;
            origins[i] = t;
            double[] f = forecaster.forecast(Arrays.copyOf(series, t), horizon);
            if (f.length != horizon) {
                throw new IllegalStateException("forecaster returned " + f.length + " values for horizon " + horizon);
            }
            forecasts[i] = f.clone();
            actuals[i] = Arrays.copyOfRange(series, t, t + horizon);
        }
        return new Result(origins, forecasts, actuals);
    }
}

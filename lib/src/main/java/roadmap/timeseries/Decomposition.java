package roadmap.timeseries;

/**
 * Classical additive decomposition {@code x_t = trend_t + seasonal_t + residual_t}, computed as
 * statsmodels' {@code seasonal_decompose(x, model="additive", period=m)} does:
 * <ol>
 *   <li>trend: a centred moving average over one period (for an even period, the "2 x m" average:
 *       m + 1 values with weights 1/2m at both ends and 1/m inside); undefined (NaN) for the first
 *       and last {@code m/2} values;</li>
 *   <li>seasonal: the mean of the detrended values {@code x - trend} at each position of the
 *       period, shifted so the m effects sum to zero, then repeated;</li>
 *   <li>residual: what is left, {@code x - trend - seasonal} (NaN where the trend is).</li>
 * </ol>
 *
 * @param trend    the moving-average trend (NaN at both ends)
 * @param seasonal the repeating seasonal effect
 * @param residual the remainder (NaN at both ends)
 * @param period   the period m
 */
public record Decomposition(double[] trend, double[] seasonal, double[] residual, int period) {

    /**
     * Decomposes a series.
     *
     * @param x      the series, at least two full periods
     * @param period the period m, at least 2
     * @return the decomposition
     */
    public static Decomposition additive(double[] x, int period) {
        if (period < 2 || x.length < 2 * period) {
            throw new IllegalArgumentException("need period >= 2 and two full periods, got period " + period
                    + " and " + x.length + " values");
        }
        int n = x.length;
        int half = period / 2;
        double[] weights = new double[2 * half + 1];
        java.util.Arrays.fill(weights, 1.0 / period);
        if (period % 2 == 0) {
            weights[0] = weights[weights.length - 1] = 0.5 / period;
        }
        double[] trend = new double[n];
        java.util.Arrays.fill(trend, Double.NaN);
        for (int t = half; t < n - half; t++) {
            double s = 0;
            for (int j = 0; j < weights.length; j++) {
                s += weights[j] * x[t - half + j];
            }
            trend[t] = s;
        }
        double[] effect = new double[period];
        for (int pos = 0; pos < period; pos++) {
            double sum = 0;
            int count = 0;
            for (int t = pos; t < n; t += period) {
                if (!Double.isNaN(trend[t])) {
                    sum += x[t] - trend[t];
                    count++;
                }
            }
            effect[pos] = sum / count;
        }
        double mean = java.util.Arrays.stream(effect).average().orElseThrow();
        double[] seasonal = new double[n];
        double[] residual = new double[n];
        for (int t = 0; t < n; t++) {
            seasonal[t] = effect[t % period] - mean;
            residual[t] = x[t] - trend[t] - seasonal[t];
        }
        return new Decomposition(trend, seasonal, residual, period);
    }

    /**
     * The m seasonal effects, one per position in the period, starting at the series' first value.
     *
     * @return the effects (they sum to zero)
     */
    public double[] effects() {
        return java.util.Arrays.copyOf(seasonal, period);
    }
}

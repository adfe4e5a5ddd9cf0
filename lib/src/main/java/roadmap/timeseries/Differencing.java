package roadmap.timeseries;

/**
 * Differencing a series and undoing it for forecasts.
 *
 * <p>The lag-d difference is {@code (1 - B^d) x_t = x_t - x_{t-d}} (B shifts back one step). A
 * first difference removes a linear trend, a lag-12 difference removes a fixed monthly pattern;
 * {@link #seasonalAndFirst(double[], int)} applies both, the "d = 1, D = 1" of a seasonal ARIMA.
 */
public final class Differencing {

    private Differencing() {
    }

    /**
     * {@code x_t - x_{t-lag}} for t = lag..n-1.
     *
     * @param x   the series
     * @param lag the lag, at least 1 and less than the length
     * @return n - lag differences
     */
    public static double[] diff(double[] x, int lag) {
        if (lag < 1 || lag >= x.length) {
            throw new IllegalArgumentException("lag " + lag + " for a series of " + x.length + " values");
        }
        double[] d = new double[x.length - lag];
        for (int t = lag; t < x.length; t++) {
            d[t - lag] = x[t] - x[t - lag];
        }
        return d;
    }

    /**
     * {@code z_t = (1 - B)(1 - B^period) x_t = x_t - x_{t-1} - x_{t-period} + x_{t-period-1}}.
     *
     * @param x      the series
     * @param period the seasonal period
     * @return n - period - 1 values
     */
    public static double[] seasonalAndFirst(double[] x, int period) {
        return diff(diff(x, 1), period);
    }

    /**
     * Turns forecasts of {@code z = (1 - B)(1 - B^period) x} back into forecasts of x, given the
     * history of x they continue: {@code x_t = x_{t-1} + x_{t-period} - x_{t-period-1} + z_t}.
     *
     * @param history the observed x, at least period + 1 values
     * @param zAhead  forecasts of z for the next steps
     * @param period  the seasonal period
     * @return forecasts of x for the same steps
     */
    public static double[] integrateSeasonalAndFirst(double[] history, double[] zAhead, int period) {
        int n = history.length;
        if (n < period + 1) {
            throw new IllegalArgumentException("need at least " + (period + 1) + " past values, got " + n);
        }
        double[] x = java.util.Arrays.copyOf(history, n + zAhead.length);
        for (int k = 0; k < zAhead.length; k++) {
            int t = n + k;
            x[t] = x[t - 1] + x[t - period] - x[t - period - 1] + zAhead[k];
        }
        return java.util.Arrays.copyOfRange(x, n, x.length);
    }
}

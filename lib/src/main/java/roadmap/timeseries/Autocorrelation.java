package roadmap.timeseries;

/**
 * Sample autocorrelation (ACF) and partial autocorrelation (PACF) of a series.
 *
 * <p>Conventions are those of statsmodels' {@code acf(x, fft=False)} (the biased estimator:
 * every lag's sum of products is divided by the same total sum of squares, so the implied
 * autocovariance matrix is positive semi-definite) and {@code pacf(x, method="ywm")}
 * (Yule-Walker on those autocorrelations, solved by the Durbin-Levinson recursion). Smile's
 * {@code smile.timeseries.TimeSeries.acf/pacf} use the same estimators.
 */
public final class Autocorrelation {

    private Autocorrelation() {
    }

    /**
     * Autocorrelations at lags 1..maxLag.
     *
     * @param x      the series, at least maxLag + 1 values, not constant
     * @param maxLag the largest lag
     * @return {@code r[k-1]} = autocorrelation at lag k
     */
    public static double[] acf(double[] x, int maxLag) {
        require(x, maxLag);
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double total = 0;
        for (double v : x) {
            total += (v - mean) * (v - mean);
        }
        if (total == 0) {
            throw new IllegalArgumentException("the series is constant: its autocorrelation is undefined");
        }
        double[] r = new double[maxLag];
        for (int k = 1; k <= maxLag; k++) {
            double s = 0;
            for (int t = k; t < x.length; t++) {
                s += (x[t] - mean) * (x[t - k] - mean);
            }
            r[k - 1] = s / total;
        }
        return r;
    }

    /**
     * Partial autocorrelations at lags 1..maxLag by the Durbin-Levinson recursion on
     * {@link #acf(double[], int)}: the lag-k value is the last coefficient of the best linear
     * predictor of x_t from x_{t-1}, …, x_{t-k}.
     *
     * @param x      the series
     * @param maxLag the largest lag
     * @return {@code p[k-1]} = partial autocorrelation at lag k
     */
    public static double[] pacf(double[] x, int maxLag) {
        return durbinLevinson(acf(x, maxLag));
    }

    /**
     * The Durbin-Levinson recursion: partial autocorrelations from autocorrelations.
     *
     * @param r autocorrelations at lags 1..K
     * @return partial autocorrelations at lags 1..K
     */
    public static double[] durbinLevinson(double[] r) {
        int n = r.length;
        double[] pacf = new double[n];
        double[] phi = new double[n + 1];
        double[] prev = new double[n + 1];
        double v = 1.0;
        for (int k = 1; k <= n; k++) {
            double num = r[k - 1];
            for (int j = 1; j < k; j++) {
                num -= prev[j] * r[k - j - 1];
            }
            double a = num / v;
            phi[k] = a;
            for (int j = 1; j < k; j++) {
                phi[j] = prev[j] - a * prev[k - j];
            }
            v *= 1 - a * a;
            pacf[k - 1] = a;
            System.arraycopy(phi, 0, prev, 0, k + 1);
        }
        return pacf;
    }

    /**
     * Half-width of the approximate 95 % band for a white-noise series of length n, 1.96 / sqrt(n):
     * autocorrelations of pure noise fall inside it about 19 times in 20.
     *
     * @param n the series length
     * @return the half-width
     */
    public static double whiteNoiseBand(int n) {
        return 1.959963984540054 / Math.sqrt(n);
    }

    private static void require(double[] x, int maxLag) {
        if (x == null || maxLag < 1 || x.length <= maxLag) {
            throw new IllegalArgumentException("need a series longer than maxLag = " + maxLag + ", got "
                    + (x == null ? "null" : x.length + " values"));
        }
    }
}

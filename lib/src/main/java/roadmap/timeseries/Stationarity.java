package roadmap.timeseries;

/**
 * The augmented Dickey-Fuller test of a unit root (non-stationarity), with a constant.
 *
 * <p>It regresses {@code Δx_t} on a constant, {@code x_{t-1}} and {@code Δx_{t-1}, …, Δx_{t-k}}
 * by least squares and reports the t statistic of the {@code x_{t-1}} coefficient γ. Under the
 * null hypothesis "x has a unit root" (γ = 0) this statistic does not follow Student's t but the
 * Dickey-Fuller distribution, whose 5 % critical value with a constant is about -2.86 for long
 * series (MacKinnon 2010); a statistic below it rejects the unit root. Matches statsmodels'
 * {@code adfuller(x, maxlag=k, regression="c", autolag=None)[0]}.
 */
public final class Stationarity {

    /** The approximate 5 % critical value of the test with a constant, for large samples. */
    public static final double CRITICAL_5_PERCENT = -2.86;

    private Stationarity() {
    }

    /**
     * The augmented Dickey-Fuller t statistic.
     *
     * @param x    the series
     * @param lags the number k of lagged differences in the regression
     * @return the t statistic of γ; strongly negative means no unit root
     */
    public static double adfStatistic(double[] x, int lags) {
        if (lags < 0 || x.length < 2 * lags + 10) {
            throw new IllegalArgumentException("series of " + x.length + " values too short for " + lags + " lags");
        }
        double[] dx = Differencing.diff(x, 1);
        int rows = dx.length - lags;
        double[][] design = new double[rows][lags + 2];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            int t = i + lags;             // index into dx: dx[t] = x[t+1] - x[t]
            y[i] = dx[t];
            design[i][0] = x[t];          // the level one step back
            for (int j = 1; j <= lags; j++) {
                design[i][j] = dx[t - j];
            }
            design[i][lags + 1] = 1.0;
        }
        Ols fit = new Ols(design, y);
        return fit.beta[0] / fit.stdErr[0];
    }
}

package roadmap.timeseries;

import smile.timeseries.AR;

/**
 * A seasonal ARIMA(p,1,0)(0,1,0)<sub>m</sub> model: an AR(p) with intercept fitted to
 * {@code z = (1 - B)(1 - B^m) x} by ordinary (conditional) least squares with Smile's
 * {@code smile.timeseries.AR.ols}, forecast recursively and integrated back to x.
 *
 * <p>Least squares conditions on the first p values of z, so its coefficients equal
 * statsmodels' {@code AutoReg(z, lags=p, trend="c")}; they differ slightly from the exact
 * maximum-likelihood fit of {@code SARIMAX} (which also models the first p values) and from
 * Yule-Walker ({@code AR.fit}). Prediction intervals use the model's psi weights (the
 * MA(infinity) form of the integrated model) and the residual variance, ignoring the
 * uncertainty of the estimated coefficients.
 */
public final class SeasonalAr {

    private final double[] history;
    private final int period;
    private final AR ar;

    private SeasonalAr(double[] history, int p, int period) {
        this.history = history.clone();
        this.period = period;
        double[] z = Differencing.seasonalAndFirst(history, period);
        if (z.length <= 2 * p + 2) {
            throw new IllegalArgumentException("history of " + history.length + " values too short for AR(" + p
                    + ") on its " + z.length + " differences");
        }
        this.ar = AR.ols(z, p, false);
    }

    /**
     * Fits the model.
     *
     * @param history the observed series
     * @param p       the AR order
     * @param period  the seasonal period m
     * @return the fitted model
     */
    public static SeasonalAr fit(double[] history, int p, int period) {
        return new SeasonalAr(history, p, period);
    }

    /**
     * A forecaster that refits the model on every history it is given.
     *
     * @param p      the AR order
     * @param period the seasonal period
     * @return the forecaster
     */
    public static Forecaster forecaster(int p, int period) {
        return (h, horizon) -> fit(h, p, period).forecast(horizon);
    }

    /**
     * The AR coefficients φ_1..φ_p of the differenced series.
     *
     * @return the coefficients (a copy)
     */
    public double[] coefficients() {
        return ar.ar().clone();
    }

    /**
     * The intercept of the differenced series' regression.
     *
     * @return the intercept
     */
    public double intercept() {
        return ar.intercept();
    }

    /**
     * The residual variance σ², residual sum of squares divided by the number of residuals.
     *
     * @return σ²
     */
    public double sigma2() {
        return ar.variance();
    }

    /**
     * The fitted Smile model of the differenced series.
     *
     * @return Smile's AR
     */
    public AR smileModel() {
        return ar;
    }

    /**
     * Forecasts of x for the next steps.
     *
     * @param horizon steps ahead
     * @return the forecasts
     */
    public double[] forecast(int horizon) {
        return Differencing.integrateSeasonalAndFirst(history, ar.forecast(horizon), period);
    }

    /**
     * The psi weights ψ_0..ψ_{horizon-1} of the integrated model {@code φ(B)(1-B)(1-B^m) x = e}.
     *
     * @param horizon how many
     * @return ψ_0 = 1, ψ_1, …
     */
    public double[] psiWeights(int horizon) {
        double[] phi = ar.ar();
        int order = phi.length + period + 1;
        double[] poly = new double[order + 1];        // 1 - sum a_i B^i of the full AR operator
        poly[0] = 1;
        for (int i = 1; i <= phi.length; i++) {
            poly[i] = -phi[i - 1];
        }
        poly = multiply(poly, new double[] {1, -1});
        double[] seasonal = new double[period + 1];
        seasonal[0] = 1;
        seasonal[period] = -1;
        poly = multiply(poly, seasonal);
        double[] psi = new double[horizon];
        psi[0] = 1;
        for (int j = 1; j < horizon; j++) {
            double s = 0;
            for (int i = 1; i <= Math.min(j, poly.length - 1); i++) {
                s -= poly[i] * psi[j - i];
            }
            psi[j] = s;
        }
        return psi;
    }

    /**
     * Standard deviation of the h-step forecast error, {@code σ sqrt(ψ_0² + … + ψ_{h-1}²)}.
     *
     * @param horizon steps ahead
     * @return one standard deviation per step
     */
    public double[] forecastStdDev(int horizon) {
        double[] psi = psiWeights(horizon);
        double[] sd = new double[horizon];
        double sum = 0;
        for (int h = 0; h < horizon; h++) {
            sum += psi[h] * psi[h];
            sd[h] = Math.sqrt(sigma2() * sum);
        }
        return sd;
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] c = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                c[i + j] += a[i] * b[j];
            }
        }
        return c;
    }
}

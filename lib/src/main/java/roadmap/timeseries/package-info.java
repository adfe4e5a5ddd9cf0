/**
 * Time-series forecasting (week 13, time-series track).
 *
 * <ul>
 *   <li>{@link roadmap.timeseries.MonthlySeries}: a monthly series; {@code co2()} loads Mauna Loa
 *       CO2 1965-2001 from the course data (hash-checked).</li>
 *   <li>{@link roadmap.timeseries.Decomposition}: classical additive trend + season + residual.</li>
 *   <li>{@link roadmap.timeseries.Autocorrelation}: ACF and PACF (Durbin-Levinson);
 *       {@link roadmap.timeseries.Stationarity}: the augmented Dickey-Fuller statistic;
 *       {@link roadmap.timeseries.Differencing}: differences and their inverse for forecasts.</li>
 *   <li>{@link roadmap.timeseries.Forecaster}, {@link roadmap.timeseries.Baselines} (naive,
 *       seasonal naive, drift), {@link roadmap.timeseries.SeasonalAr} (ARIMA(p,1,0)(0,1,0)m on
 *       Smile's least-squares AR, with psi-weight prediction intervals).</li>
 *   <li>{@link roadmap.timeseries.Backtest}: walk-forward evaluation without look-ahead;
 *       {@link roadmap.timeseries.Accuracy}: MAE and MASE.</li>
 *   <li>{@link roadmap.timeseries.TransformerForecaster} and
 *       {@link roadmap.timeseries.CausalForecastBlock}: a one-layer causal transformer in DJL
 *       (set up through {@link roadmap.dl.Djl}).</li>
 * </ul>
 * Figures match statsmodels 0.13.5 where both have the method (ACF, PACF "ywm", seasonal_decompose,
 * adfuller, AutoReg); the unit tests record them with the script that produced them.
 */
package roadmap.timeseries;

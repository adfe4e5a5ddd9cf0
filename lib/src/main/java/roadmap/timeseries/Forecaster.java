package roadmap.timeseries;

/**
 * A forecasting method: from the values observed so far, the next {@code horizon} values.
 *
 * <p>A forecaster sees only the history it is given; {@link Backtest} hands it a copy of the
 * series cut at the forecast origin, so nothing after the origin can leak into a forecast.
 */
@FunctionalInterface
public interface Forecaster {

    /**
     * Forecasts the next values.
     *
     * @param history the observed values, oldest first (index 0 is the series' first value)
     * @param horizon how many steps ahead, at least 1
     * @return {@code horizon} forecasts, for the steps 1..horizon after the last observed value
     */
    double[] forecast(double[] history, int horizon);
}

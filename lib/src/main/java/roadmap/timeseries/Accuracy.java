package roadmap.timeseries;

/**
 * Forecast accuracy: mean absolute error and the mean absolute scaled error (MASE, Hyndman and
 * Koehler 2006). MASE divides a method's MAE by the in-sample MAE of the seasonal naive
 * one-step forecast on the training data: below 1, the method beats that yardstick.
 */
public final class Accuracy {

    private Accuracy() {
    }

    /**
     * Mean absolute error.
     *
     * @param forecast forecasts
     * @param actual   the values that happened, as many
     * @return mean of |forecast - actual|
     */
    public static double mae(double[] forecast, double[] actual) {
        if (forecast.length != actual.length || forecast.length == 0) {
            throw new IllegalArgumentException(forecast.length + " forecasts for " + actual.length + " values");
        }
        double s = 0;
        for (int i = 0; i < forecast.length; i++) {
            s += Math.abs(forecast[i] - actual[i]);
        }
        return s / forecast.length;
    }

    /**
     * The MASE denominator: mean |x_t - x_{t-m}| over a training series.
     *
     * @param train  the training series (only data before the first forecast origin)
     * @param period the seasonal period m (1 for the non-seasonal version)
     * @return the scale
     */
    public static double seasonalNaiveScale(double[] train, int period) {
        double[] d = Differencing.diff(train, period);
        double s = 0;
        for (double v : d) {
            s += Math.abs(v);
        }
        return s / d.length;
    }
}

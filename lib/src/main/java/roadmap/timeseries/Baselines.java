package roadmap.timeseries;

/**
 * The three benchmark forecasters every model must beat to be worth its complexity
 * (Hyndman and Athanasopoulos, <i>Forecasting: Principles and Practice</i>, section 5.2).
 */
public final class Baselines {

    private Baselines() {
    }

    /**
     * Naive: every future value equals the last observed one.
     *
     * @return the forecaster
     */
    public static Forecaster naive() {
        return (history, horizon) -> {
            requireHistory(history, 1);
            double[] f = new double[horizon];
            java.util.Arrays.fill(f, history[history.length - 1]);
            return f;
        };
    }

    /**
     * Seasonal naive: each future value equals the last observed value from the same season,
     * {@code x_{n+h} = x_{n+h-m(k+1)}} with k = floor((h-1)/m).
     *
     * @param period the seasonal period m
     * @return the forecaster
     */
    public static Forecaster seasonalNaive(int period) {
        return (history, horizon) -> {
            requireHistory(history, period);
            int n = history.length;
            double[] f = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                f[h - 1] = history[n - period + (h - 1) % period];
            }
            return f;
        };
    }

    /**
     * Drift: the straight line through the first and the last observation, continued:
     * {@code x_{n+h} = x_n + h (x_n - x_1) / (n - 1)}.
     *
     * @return the forecaster
     */
    public static Forecaster drift() {
        return (history, horizon) -> {
            requireHistory(history, 2);
            int n = history.length;
            double slope = (history[n - 1] - history[0]) / (n - 1);
            double[] f = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                f[h - 1] = history[n - 1] + h * slope;
            }
            return f;
        };
    }

    static void requireHistory(double[] history, int min) {
        if (history == null || history.length < min) {
            throw new IllegalArgumentException("need at least " + min + " observed values, got "
                    + (history == null ? "none" : history.length));
        }
    }
}

package roadmap.rl;

/**
 * Summaries of a learning curve of per-episode returns.
 */
public final class Curves {

    private Curves() {
    }

    /**
     * The trailing moving average: entry {@code i} is the mean of entries
     * {@code max(0, i − window + 1) … i} (fewer than {@code window} at the start).
     *
     * @param x      the values
     * @param window the window length, at least 1
     * @return the moving average, as long as {@code x}
     */
    public static double[] movingAverage(double[] x, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        double[] out = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i];
            if (i >= window) {
                sum -= x[i - window];
            }
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }

    /**
     * The best mean over {@code window} consecutive entries.
     *
     * @param x      the values
     * @param window the window length, at least 1
     * @return the largest mean of a full window, or NaN when {@code x} is shorter than the window
     */
    public static double bestWindowMean(double[] x, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        if (x.length < window) {
            return Double.NaN;
        }
        double[] ma = movingAverage(x, window);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = window - 1; i < x.length; i++) {
            best = Math.max(best, ma[i]);
        }
        return best;
    }

    /**
     * @param x the values, at least one
     * @return their mean
     */
    public static double mean(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("the mean of no values is undefined");
        }
        double s = 0;
        for (double xi : x) {
            s += xi;
        }
        return s / x.length;
    }
}

package roadmap.optim;

/** Regression scores: mean squared error, its root, and the coefficient of determination R². */
public final class RegressionScores {

    private RegressionScores() {
    }

    private static void same(double[] y, double[] p) {
        if (y.length != p.length || y.length == 0) {
            throw new IllegalArgumentException("need as many predictions as targets (at least one), got " + p.length
                    + " and " + y.length);
        }
    }

    /**
     * Mean squared error {@code (1/n)·Σ (yᵢ − ŷᵢ)²}.
     *
     * @param y         the true targets
     * @param predicted the predictions
     * @return the MSE
     */
    public static double mse(double[] y, double[] predicted) {
        same(y, predicted);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += (y[i] - predicted[i]) * (y[i] - predicted[i]);
        }
        return s / y.length;
    }

    /**
     * Root mean squared error, in the units of the target.
     *
     * @param y         the true targets
     * @param predicted the predictions
     * @return √MSE
     */
    public static double rmse(double[] y, double[] predicted) {
        return Math.sqrt(mse(y, predicted));
    }

    /**
     * R² = 1 − SS_res / SS_tot, the fraction of the target's variance the predictions explain (1 is
     * perfect, 0 is no better than predicting the mean of y, negative is worse).
     *
     * @param y         the true targets (not all equal)
     * @param predicted the predictions
     * @return R²
     */
    public static double r2(double[] y, double[] predicted) {
        same(y, predicted);
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < y.length; i++) {
            ssRes += (y[i] - predicted[i]) * (y[i] - predicted[i]);
            ssTot += (y[i] - mean) * (y[i] - mean);
        }
        if (ssTot == 0) {
            throw new IllegalArgumentException("R² is undefined when all targets are equal");
        }
        return 1 - ssRes / ssTot;
    }
}

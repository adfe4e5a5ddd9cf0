package roadmap.optim;

/**
 * A fitted linear model {@code ŷ = intercept + Σⱼ coefficients[j]·xⱼ}, with the training loss curve
 * of the optimiser that produced it (empty for a closed-form fit).
 *
 * @param intercept    the intercept b
 * @param coefficients one weight per feature
 * @param losses       the training loss after each epoch, starting with the initial point
 */
public record LinearFit(double intercept, double[] coefficients, double[] losses) {

    /**
     * The prediction for one row.
     *
     * @param row d feature values
     * @return the predicted target
     */
    public double predict(double[] row) {
        if (row.length != coefficients.length) {
            throw new IllegalArgumentException("expected " + coefficients.length + " features, got " + row.length);
        }
        double s = intercept;
        for (int j = 0; j < row.length; j++) {
            s += coefficients[j] * row[j];
        }
        return s;
    }

    /**
     * Predictions for many rows.
     *
     * @param rows an m x d matrix
     * @return m predictions
     */
    public double[] predict(double[][] rows) {
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = predict(rows[i]);
        }
        return p;
    }

    /**
     * The parameters as one vector, intercept first (the layout of {@link LeastSquares}).
     *
     * @return {@code [intercept, coefficients…]}
     */
    public double[] parameters() {
        double[] w = new double[coefficients.length + 1];
        w[0] = intercept;
        System.arraycopy(coefficients, 0, w, 1, coefficients.length);
        return w;
    }
}

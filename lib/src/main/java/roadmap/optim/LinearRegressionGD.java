package roadmap.optim;

import java.util.Arrays;

/**
 * Linear regression by least squares, three ways: (mini-batch) gradient descent on the loss
 * {@code (1/2n)·Σ (ŷ − y)²}, and the closed-form normal equations as the reference the
 * iterative fits must reach.
 */
public final class LinearRegressionGD {

    private LinearRegressionGD() {
    }

    /**
     * Fits by gradient descent from all-zero parameters.
     *
     * @param x         an n x d design (standardise the columns first: see the notebook)
     * @param y         n targets
     * @param rule      the update rule (fresh)
     * @param batchSize rows per step: n (or more) for batch GD, 1 for SGD, in between for mini-batch
     * @param epochs    passes over the data
     * @param seed      seed of the shuffles
     * @return the fit with its loss per epoch
     */
    public static LinearFit fit(double[][] x, double[] y, UpdateRule rule, int batchSize, int epochs, long seed) {
        LeastSquares loss = LeastSquares.of(x, y);
        Trajectory t = GradientDescent.stochastic(loss, new double[loss.dimension()], rule, batchSize, epochs, seed);
        return toFit(t.last(), t.losses());
    }

    /**
     * The exact least-squares fit from the normal equations {@code ZᵀZ w = Zᵀy}, Z = [1 | X].
     *
     * @param x an n x d design with linearly independent columns
     * @param y n targets
     * @return the fit (empty loss curve)
     */
    public static LinearFit normalEquations(double[][] x, double[] y) {
        return toFit(LeastSquares.of(x, y).closedForm(), new double[0]);
    }

    private static LinearFit toFit(double[] w, double[] losses) {
        return new LinearFit(w[0], Arrays.copyOfRange(w, 1, w.length), losses);
    }
}

package roadmap.optim;

/**
 * The path of an optimiser: the parameters after each recorded step and the objective there.
 * {@code points[0]} and {@code losses[0]} are the starting point; entry k is after k steps (for
 * {@link GradientDescent#minimize}) or after k epochs (for {@link GradientDescent#stochastic}).
 *
 * @param points the recorded parameter vectors
 * @param losses the objective value at each recorded point
 */
public record Trajectory(double[][] points, double[] losses) {

    /**
     * The final parameters.
     *
     * @return a copy of the last point
     */
    public double[] last() {
        return points[points.length - 1].clone();
    }

    /**
     * The final objective value.
     *
     * @return the last loss
     */
    public double finalLoss() {
        return losses[losses.length - 1];
    }

    /**
     * One coordinate of every recorded point, e.g. to plot the path of w₀.
     *
     * @param i the coordinate
     * @return {@code points[k][i]} for every k
     */
    public double[] coordinate(int i) {
        double[] c = new double[points.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = points[k][i];
        }
        return c;
    }
}

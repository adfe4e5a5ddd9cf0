package roadmap.linalg;

/**
 * A matrix whose columns were shifted to mean 0 and scaled to standard deviation 1.
 *
 * @param data  the standardized n x d matrix
 * @param means the d column means that were subtracted
 * @param stds  the d population standard deviations (divisor n) that were divided by; a constant
 *              column has std 0 and is left at 0
 */
public record Standardized(double[][] data, double[] means, double[] stds) {
}

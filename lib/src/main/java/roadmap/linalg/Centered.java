package roadmap.linalg;

/**
 * A matrix with its column means subtracted, and those means.
 *
 * @param data  the centered n x d matrix
 * @param means the d column means that were subtracted
 */
public record Centered(double[][] data, double[] means) {
}

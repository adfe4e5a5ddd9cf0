package roadmap.optim;

/**
 * An objective that is an average over n examples, {@code f(w) = (1/n) Σᵢ fᵢ(w)} (plus perhaps a
 * penalty), so that the gradient on a random mini-batch of rows is an unbiased estimate of the
 * full gradient: the premise of stochastic gradient descent.
 */
public interface FiniteSum extends Objective {

    /**
     * The number of examples n.
     *
     * @return n
     */
    int size();

    /**
     * The gradient of the average loss over the given rows (plus the penalty's gradient, if any).
     *
     * @param w    the parameters (not modified)
     * @param rows distinct row indices in [0, n), at least one
     * @return a new array
     */
    double[] gradient(double[] w, int[] rows);
}

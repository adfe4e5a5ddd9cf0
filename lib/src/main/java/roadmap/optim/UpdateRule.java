package roadmap.optim;

/**
 * One step of an iterative optimiser: given the current parameters and a gradient, move the
 * parameters in place. Rules with memory (momentum, Adam) keep state between calls, so use a new
 * instance (from {@link Optimizers}) for every run.
 */
public interface UpdateRule {

    /**
     * Updates {@code w} in place using the gradient {@code g} evaluated at {@code w}.
     *
     * @param w the parameters, modified
     * @param g the gradient at w (not modified)
     */
    void update(double[] w, double[] g);

    /**
     * A short description, e.g. {@code "Adam(lr=0.1)"}.
     *
     * @return the name
     */
    String name();
}

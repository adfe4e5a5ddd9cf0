package roadmap.optim;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** A differentiable function of a parameter vector: its value and its gradient. */
public interface Objective {

    /**
     * The function value.
     *
     * @param w the parameters (not modified)
     * @return f(w)
     */
    double value(double[] w);

    /**
     * The gradient.
     *
     * @param w the parameters (not modified)
     * @return a new array holding ∇f(w)
     */
    double[] gradient(double[] w);

    /**
     * An objective from two lambdas.
     *
     * @param value    w ↦ f(w)
     * @param gradient w ↦ ∇f(w)
     * @return the objective
     */
    static Objective of(ToDoubleFunction<double[]> value, Function<double[], double[]> gradient) {
        return new Objective() {
            @Override
            public double value(double[] w) {
                return value.applyAsDouble(w);
            }

            @Override
            public double[] gradient(double[] w) {
                return gradient.apply(w);
            }
        };
    }
}

package roadmap.optim;

import java.util.function.ToDoubleFunction;

/**
 * Finite-difference gradients, the standard test of a hand-written gradient. The central
 * difference {@code (f(w + h·eᵢ) − f(w − h·eᵢ)) / 2h} has error O(h²) from the Taylor series plus
 * O(ε/h) from rounding (ε ≈ 1e-16), so h ≈ 1e-5 gives about 10 correct digits on smooth functions.
 */
public final class GradientCheck {

    /** The default step h. */
    public static final double DEFAULT_STEP = 1e-5;

    private GradientCheck() {
    }

    /**
     * The central-difference gradient.
     *
     * @param f a function of w
     * @param w the point (not modified)
     * @param h the step, &gt; 0
     * @return a new array of d partial derivatives
     */
    public static double[] numerical(ToDoubleFunction<double[]> f, double[] w, double h) {
        if (!(h > 0)) {
            throw new IllegalArgumentException("step h must be positive, got " + h);
        }
        double[] g = new double[w.length];
        double[] p = w.clone();
        for (int i = 0; i < w.length; i++) {
            double wi = w[i];
            p[i] = wi + h;
            double up = f.applyAsDouble(p);
            p[i] = wi - h;
            double down = f.applyAsDouble(p);
            p[i] = wi;
            g[i] = (up - down) / (2 * h);
        }
        return g;
    }

    /**
     * The central-difference gradient of an objective's value, with {@link #DEFAULT_STEP}.
     *
     * @param f the objective
     * @param w the point
     * @return a new array
     */
    public static double[] numerical(Objective f, double[] w) {
        return numerical(f::value, w, DEFAULT_STEP);
    }

    /**
     * The relative error {@code ‖a − b‖ / (‖a‖ + ‖b‖)}, 0 when both are zero. Below about 1e-7
     * a gradient is right; around 1e-2 or above it is wrong.
     *
     * @param a one gradient
     * @param b another, of the same length
     * @return the relative error in [0, 1]
     */
    public static double relativeError(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("gradients of length " + a.length + " and " + b.length);
        }
        double diff = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            diff += (a[i] - b[i]) * (a[i] - b[i]);
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        double denom = Math.sqrt(na) + Math.sqrt(nb);
        return denom == 0 ? 0.0 : Math.sqrt(diff) / denom;
    }

    /**
     * Compares an objective's analytic gradient with the central difference at w.
     *
     * @param f the objective
     * @param w the point
     * @return the relative error between {@code f.gradient(w)} and the numerical gradient
     */
    public static double check(Objective f, double[] w) {
        return relativeError(f.gradient(w), numerical(f, w));
    }
}

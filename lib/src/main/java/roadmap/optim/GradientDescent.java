package roadmap.optim;

import java.util.Random;

/**
 * Drivers that run an {@link UpdateRule} on an objective and record the path: full-batch
 * ({@link #minimize}), stochastic / mini-batch ({@link #stochastic}) and proximal gradient for L1
 * ({@link #proximal}). The starting point is copied, never modified.
 */
public final class GradientDescent {

    private GradientDescent() {
    }

    /**
     * Full-batch iterations {@code w ← rule(w, ∇f(w))}, recording every step.
     *
     * @param f     the objective
     * @param w0    the starting point
     * @param rule  the update rule (a fresh one: rules with state remember earlier runs)
     * @param steps the number of steps, ≥ 0
     * @return steps + 1 points and losses, the first being w0
     */
    public static Trajectory minimize(Objective f, double[] w0, UpdateRule rule, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        double[] w = w0.clone();
        double[][] points = new double[steps + 1][];
        double[] losses = new double[steps + 1];
        points[0] = w.clone();
        losses[0] = f.value(w);
        for (int t = 1; t <= steps; t++) {
            rule.update(w, f.gradient(w));
            points[t] = w.clone();
            losses[t] = f.value(w);
        }
        return new Trajectory(points, losses);
    }

    /**
     * Stochastic (mini-batch) gradient descent: each epoch shuffles the n rows, splits them into
     * consecutive batches of {@code batchSize} (the last may be smaller) and takes one step per batch
     * along the batch gradient. {@code batchSize = 1} is classic SGD, {@code batchSize ≥ n} is batch
     * gradient descent (one step per epoch). The full objective is recorded after every epoch.
     *
     * @param f         the finite-sum objective
     * @param w0        the starting point
     * @param rule      the update rule
     * @param batchSize rows per step, ≥ 1
     * @param epochs    passes over the data, ≥ 0
     * @param seed      the seed of the shuffles
     * @return epochs + 1 points and losses, the first being w0
     */
    public static Trajectory stochastic(FiniteSum f, double[] w0, UpdateRule rule, int batchSize, int epochs,
                                        long seed) {
        if (batchSize < 1 || epochs < 0) {
            throw new IllegalArgumentException("need batchSize >= 1 and epochs >= 0, got " + batchSize + ", " + epochs);
        }
        int n = f.size();
        int b = Math.min(batchSize, n);
        Random rng = new Random(seed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] w = w0.clone();
        double[][] points = new double[epochs + 1][];
        double[] losses = new double[epochs + 1];
        points[0] = w.clone();
        losses[0] = f.value(w);
        for (int e = 1; e <= epochs; e++) {
            if (b < n) {
                for (int i = n - 1; i > 0; i--) {
                    int j = rng.nextInt(i + 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
            }
            for (int start = 0; start < n; start += b) {
                int[] batch = new int[Math.min(b, n - start)];
                System.arraycopy(order, start, batch, 0, batch.length);
                rule.update(w, f.gradient(w, batch));
            }
            points[e] = w.clone();
            losses[e] = f.value(w);
        }
        return new Trajectory(points, losses);
    }

    /**
     * Proximal gradient descent (ISTA) for a penalised least-squares loss: a gradient step on the
     * data term, then the penalty's proximal step, {@code w ← prox_{ηλ}(w − η∇data(w))}. For L1
     * the proximal step is soft thresholding, which is what puts coefficients at exactly zero. With
     * {@code lr ≤ 1/L} (L the largest eigenvalue of the data term's Hessian) the loss never increases.
     *
     * @param f     the penalised least-squares loss
     * @param w0    the starting point
     * @param lr    the step size η &gt; 0
     * @param steps the number of steps, ≥ 0
     * @return steps + 1 points and (penalised) losses
     */
    public static Trajectory proximal(LeastSquares f, double[] w0, double lr, int steps) {
        if (!(lr > 0) || steps < 0) {
            throw new IllegalArgumentException("need lr > 0 and steps >= 0, got " + lr + ", " + steps);
        }
        int from = f.hasIntercept() ? 1 : 0;
        double[] w = w0.clone();
        double[][] points = new double[steps + 1][];
        double[] losses = new double[steps + 1];
        points[0] = w.clone();
        losses[0] = f.value(w);
        for (int t = 1; t <= steps; t++) {
            double[] g = f.dataGradient(w);
            for (int j = 0; j < w.length; j++) {
                w[j] -= lr * g[j];
            }
            f.penalty().prox(w, lr, from);
            points[t] = w.clone();
            losses[t] = f.value(w);
        }
        return new Trajectory(points, losses);
    }
}

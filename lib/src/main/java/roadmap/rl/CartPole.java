package roadmap.rl;

import java.util.Random;

/**
 * The cart-pole balancing task of Barto, Sutton and Anderson (1983), with the constants, equations
 * and episode rules of Gymnasium's {@code CartPole-v1}.
 *
 * <p>A pole is hinged on a cart that moves on a frictionless track. The state is
 * {@code (x, ẋ, θ, θ̇)}: cart position (m), cart velocity (m/s), pole angle from vertical (rad,
 * positive clockwise) and angular velocity (rad/s). Each step the agent pushes the cart left
 * (action 0, force −10 N) or right (action 1, +10 N). With {@code M} the cart's mass, {@code m}
 * the pole's mass, {@code l} half the pole's length and {@code F} the force:
 * <pre>
 *   temp = (F + m l θ̇² sin θ) / (M + m)
 *   θ̈ = (g sin θ − cos θ · temp) / (l (4/3 − m cos² θ / (M + m)))
 *   ẍ = temp − m l θ̈ cos θ / (M + m)
 * </pre>
 * integrated by the explicit Euler method with step {@code τ = 0.02 s}, in Gymnasium's order
 * (positions first, each with the old velocity). Every step pays reward 1. The episode
 * <i>terminates</i> when {@code |θ| > 12°} or {@code |x| > 2.4 m}, and is <i>truncated</i> after
 * 500 steps. A reset draws each state variable uniformly from [−0.05, 0.05].
 */
public final class CartPole {

    /** Gravity, m/s². */
    public static final double GRAVITY = 9.8;
    /** Mass of the cart, kg. */
    public static final double MASS_CART = 1.0;
    /** Mass of the pole, kg. */
    public static final double MASS_POLE = 0.1;
    /** Half the pole's length, m (the distance from the hinge to the pole's centre of mass). */
    public static final double HALF_LENGTH = 0.5;
    /** Magnitude of the push, N. */
    public static final double FORCE = 10.0;
    /** Time step, s. */
    public static final double TAU = 0.02;
    /** The pole falls when |θ| exceeds 12 degrees, in radians. */
    public static final double THETA_LIMIT = 12 * 2 * Math.PI / 360;
    /** The cart leaves the track when |x| exceeds 2.4 m. */
    public static final double X_LIMIT = 2.4;
    /** Episodes are truncated after this many steps. */
    public static final int MAX_STEPS = 500;

    private static final double TOTAL_MASS = MASS_CART + MASS_POLE;
    private static final double POLE_MASS_LENGTH = MASS_POLE * HALF_LENGTH;

    /**
     * The result of one step.
     *
     * @param state      the new state {@code (x, ẋ, θ, θ̇)} (a copy)
     * @param reward     the reward, 1
     * @param terminated whether the pole fell or the cart left the track
     * @param truncated  whether the step limit was reached without termination
     */
    public record Step(double[] state, double reward, boolean terminated, boolean truncated) {
        /** @return whether the episode is over */
        public boolean done() {
            return terminated || truncated;
        }
    }

    private final Random rng;
    private double[] state;
    private int steps;

    /**
     * @param seed the seed of the reset distribution
     */
    public CartPole(long seed) {
        this.rng = new Random(seed);
        reset();
    }

    /**
     * The time derivative of the state under a constant force: {@code (ẋ, ẍ, θ̇, θ̈)}.
     *
     * @param s     the state {@code (x, ẋ, θ, θ̇)}
     * @param force the horizontal force on the cart, N
     * @return the derivative
     */
    public static double[] derivative(double[] s, double force) {
        double sin = Math.sin(s[2]);
        double cos = Math.cos(s[2]);
        double temp = (force + POLE_MASS_LENGTH * s[3] * s[3] * sin) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sin - cos * temp)
                / (HALF_LENGTH * (4.0 / 3.0 - MASS_POLE * cos * cos / TOTAL_MASS));
        double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cos / TOTAL_MASS;
        return new double[] {s[1], xAcc, s[3], thetaAcc};
    }

    /**
     * One explicit Euler step of length {@link #TAU}, as Gymnasium computes it.
     *
     * @param s      the state
     * @param action 0 (push left) or 1 (push right)
     * @return the next state
     */
    public static double[] eulerStep(double[] s, int action) {
        if (action != 0 && action != 1) {
            throw new IllegalArgumentException("cart-pole actions are 0 (left) and 1 (right), got " + action);
        }
        return eulerStep(s, action == 1 ? FORCE : -FORCE, TAU);
    }

    /**
     * One explicit Euler step of any length under a constant force, in Gymnasium's order:
     * {@code x += dt·ẋ, ẋ += dt·ẍ, θ += dt·θ̇, θ̇ += dt·θ̈}, all derivatives taken at the old state.
     *
     * @param s     the state
     * @param force the horizontal force on the cart, N
     * @param dt    the step length, s
     * @return the next state
     */
    public static double[] eulerStep(double[] s, double force, double dt) {
        double[] d = derivative(s, force);
        return new double[] {s[0] + dt * s[1], s[1] + dt * d[1], s[2] + dt * s[3], s[3] + dt * d[3]};
    }

    /**
     * @param s a state
     * @return whether it ends the episode (pole beyond 12° or cart beyond 2.4 m)
     */
    public static boolean failed(double[] s) {
        return s[0] < -X_LIMIT || s[0] > X_LIMIT || s[2] < -THETA_LIMIT || s[2] > THETA_LIMIT;
    }

    /**
     * Starts a new episode.
     *
     * @return the initial state (a copy)
     */
    public double[] reset() {
        state = new double[4];
        for (int i = 0; i < 4; i++) {
            state[i] = -0.05 + 0.1 * rng.nextDouble();
        }
        steps = 0;
        return state.clone();
    }

    /**
     * Applies an action for one time step.
     *
     * @param action 0 (push left) or 1 (push right)
     * @return the new state, the reward and whether the episode ended
     * @throws IllegalStateException when the episode is already over
     */
    public Step step(int action) {
        if (steps < 0) {
            throw new IllegalStateException("the episode is over: call reset() first");
        }
        state = eulerStep(state, action);
        steps++;
        boolean terminated = failed(state);
        boolean truncated = !terminated && steps >= MAX_STEPS;
        if (terminated || truncated) {
            steps = -1;
        }
        return new Step(state.clone(), 1.0, terminated, truncated);
    }

    /** @return the current state (a copy) */
    public double[] state() {
        return state.clone();
    }
}

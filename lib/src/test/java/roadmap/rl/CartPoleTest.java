package roadmap.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CartPoleTest {

    /** A classical fourth-order Runge–Kutta integration with a constant force, as a reference. */
    private static double[] rk4(double[] s, double force, double duration, int steps) {
        double h = duration / steps;
        double[] y = s.clone();
        for (int i = 0; i < steps; i++) {
            double[] k1 = CartPole.derivative(y, force);
            double[] k2 = CartPole.derivative(add(y, k1, h / 2), force);
            double[] k3 = CartPole.derivative(add(y, k2, h / 2), force);
            double[] k4 = CartPole.derivative(add(y, k3, h), force);
            for (int j = 0; j < 4; j++) {
                y[j] += h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
            }
        }
        return y;
    }

    private static double[] add(double[] y, double[] k, double h) {
        double[] out = new double[4];
        for (int j = 0; j < 4; j++) {
            out[j] = y[j] + h * k[j];
        }
        return out;
    }

    @Test
    void constantsAreGymnasiums() {
        assertEquals(9.8, CartPole.GRAVITY);
        assertEquals(1.0, CartPole.MASS_CART);
        assertEquals(0.1, CartPole.MASS_POLE);
        assertEquals(0.5, CartPole.HALF_LENGTH);
        assertEquals(10.0, CartPole.FORCE);
        assertEquals(0.02, CartPole.TAU);
        assertEquals(Math.toRadians(12), CartPole.THETA_LIMIT, 1e-15);
        assertEquals(2.4, CartPole.X_LIMIT);
        assertEquals(500, CartPole.MAX_STEPS);
    }

    @Test
    void firstEulerStepFromRestMatchesAHandCalculation() {
        double temp = 10 / 1.1;
        double thetaAcc = -temp / (0.5 * (4.0 / 3 - 0.1 / 1.1));
        double xAcc = temp - 0.05 * thetaAcc / 1.1;
        assertEquals(-14.634146, thetaAcc, 1e-6);
        double[] next = CartPole.eulerStep(new double[4], 1);
        assertArrayEquals(new double[] {0, 0.02 * xAcc, 0, 0.02 * thetaAcc}, next, 1e-12);
    }

    @Test
    void eulerConvergesToRk4AtFirstOrder() {
        double[] s = {0.01, -0.02, 0.03, 0.01};
        double[] exact = rk4(s, CartPole.FORCE, 0.2, 2000);
        double[] coarse = s.clone();
        for (int i = 0; i < 10; i++) {
            coarse = CartPole.eulerStep(coarse, 1);
        }
        double[] fine = s.clone();
        for (int i = 0; i < 100; i++) {
            fine = CartPole.eulerStep(fine, CartPole.FORCE, CartPole.TAU / 10);
        }
        for (int j = 0; j < 4; j++) {
            double eCoarse = Math.abs(coarse[j] - exact[j]);
            double eFine = Math.abs(fine[j] - exact[j]);
            assertTrue(eCoarse < 0.05 * (1 + Math.abs(exact[j])), "variable " + j + ": error " + eCoarse);
            double ratio = eCoarse / eFine;
            assertTrue(ratio > 7 && ratio < 13, "variable " + j + ": a 10x smaller step gives " + ratio
                    + "x smaller error");
        }
    }

    @Test
    void smallAnglesFollowTheLinearisedSolution() {
        // without force and for small θ: θ'' = g θ / (l (4/3 − m/(M+m))), so θ(t) = θ0 cosh(ω t)
        double omega = Math.sqrt(9.8 / (0.5 * (4.0 / 3 - 0.1 / 1.1)));
        double theta0 = 1e-4;
        double[] y = rk4(new double[] {0, 0, theta0, 0}, 0, 0.5, 5000);
        assertEquals(theta0 * Math.cosh(omega * 0.5), y[2], 1e-3 * theta0 * Math.cosh(omega * 0.5));
    }

    @Test
    void episodesTerminateAtTheLimitsAndTruncateAt500() {
        assertTrue(CartPole.failed(new double[] {2.41, 0, 0, 0}));
        assertTrue(CartPole.failed(new double[] {0, 0, -0.21, 0}));
        assertFalse(CartPole.failed(new double[] {2.39, 0, 0.2, 0}));
        double[] alwaysRight = Dqn.play(s -> 1, 5, 3);
        for (double r : alwaysRight) {
            assertTrue(r >= 8 && r < 20, "pushing right always fails fast: " + r);
        }
        // a hand-tuned linear controller balances the pole for the whole episode
        double[] balanced = Dqn.play(s -> s[2] + 0.3 * s[3] + 0.01 * s[0] + 0.1 * s[1] > 0 ? 1 : 0, 5, 3);
        assertArrayEquals(new double[] {500, 500, 500, 500, 500}, balanced);
        CartPole env = new CartPole(1);
        CartPole.Step last;
        do {
            last = env.step(1);
        } while (!last.done());
        assertTrue(last.terminated());
        CartPole.Step lastStep = last;
        assertThrows(IllegalStateException.class, () -> env.step(0));
        assertEquals(1.0, lastStep.reward());
    }

    @Test
    void resetsAreSmallAndSeeded() {
        double[] a = new CartPole(9).reset();
        double[] b = new CartPole(9).reset();
        assertArrayEquals(a, b);
        for (double v : a) {
            assertTrue(Math.abs(v) <= 0.05);
        }
    }
}

package roadmap.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import roadmap.nn.Activations;
import roadmap.nn.Mlp;
import roadmap.optim.GradientCheck;

class QNetworkTest {

    private static double[][] states(int n, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][4];
        for (double[] row : x) {
            for (int j = 0; j < 4; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return x;
    }

    @Test
    void forwardEqualsTheCoursesMlpWithTheSameParameters() {
        QNetwork q = QNetwork.create(new int[] {4, 16, 8, 2}, 5);
        Mlp mlp = Mlp.create(new int[] {4, 16, 8, 2}, Activations.Kind.RELU, 99);
        assertEquals(mlp.parameterCount(), q.parameterCount());
        mlp.setParameters(q.parameters());
        double[][] x = states(10, 1);
        double[][] logits = mlp.logits(x);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(logits[i], q.predict(x[i]), 1e-12);
        }
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        QNetwork q = QNetwork.create(new int[] {4, 12, 2}, 3);
        double[][] x = states(8, 2);
        int[] a = {0, 1, 1, 0, 1, 0, 0, 1};
        double[] y = {0.3, -2, 1.5, 0, 4, -0.5, 0.1, 2.5};  // some errors beyond the Huber threshold
        double[] p = q.parameters();
        double[] numeric = GradientCheck.numerical(w -> {
            QNetwork c = q.copy();
            c.setParameters(w);
            return c.loss(x, a, y);
        }, p, 1e-6);
        double[] analytic = q.gradient(x, a, y);
        assertTrue(GradientCheck.relativeError(analytic, numeric) < 1e-6,
                "relative error " + GradientCheck.relativeError(analytic, numeric));
    }

    @Test
    void huberIsQuadraticThenLinear() {
        assertEquals(0.125, QNetwork.huber(0.5), 1e-15);
        assertEquals(2.5, QNetwork.huber(-3), 1e-15);
        assertEquals(0.5, QNetwork.huber(1), 1e-15);
    }

    @Test
    void adamFitsFixedTargets() {
        QNetwork q = QNetwork.create(new int[] {4, 32, 2}, 4);
        double[][] x = states(64, 7);
        int[] a = new int[64];
        double[] y = new double[64];
        for (int i = 0; i < 64; i++) {
            a[i] = i % 2;
            y[i] = a[i] == 0 ? x[i][0] + x[i][1] : 2 * x[i][2];
        }
        double first = q.train(x, a, y, 1e-2);
        for (int t = 0; t < 500; t++) {
            q.train(x, a, y, 1e-2);
        }
        double last = q.loss(x, a, y);
        assertTrue(last < 0.02 * first, first + " -> " + last);
    }

    @Test
    void copiesAreIndependent() {
        QNetwork q = QNetwork.create(new int[] {4, 8, 2}, 1);
        QNetwork c = q.copy();
        double[] x = {0.1, 0.2, 0.3, 0.4};
        assertArrayEquals(q.predict(x), c.predict(x));
        q.train(new double[][] {x}, new int[] {0}, new double[] {5}, 0.1);
        assertTrue(q.predict(x)[0] != c.predict(x)[0]);
        c.copyFrom(q);
        assertArrayEquals(q.predict(x), c.predict(x));
        assertThrows(IllegalArgumentException.class, () -> c.copyFrom(QNetwork.create(new int[] {4, 9, 2}, 1)));
        assertThrows(IllegalArgumentException.class, () -> q.predict(new double[3]));
    }
}

package roadmap.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;
import roadmap.dl.Djl;

class VaeTest {

    /** Binary 16-pixel images: one of two prototypes with 5% of the pixels flipped. */
    static float[][] patterns(int n, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][16];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 16; j++) {
                boolean on = i % 2 == 0 ? j < 8 : j % 2 == 0;
                x[i][j] = (on ^ r.nextDouble() < 0.05) ? 1f : 0f;
            }
        }
        return x;
    }

    @Test
    void djlElboPiecesMatchThePlainJavaFormulas() {
        Djl.init();
        try (NDManager m = NDManager.newBaseManager()) {
            double[][] mu = {{0.5, -1}, {2, 0.1}};
            double[][] logVar = {{-0.3, 0.4}, {-2, 1}};
            NDArray muNd = m.create(new float[] {0.5f, -1, 2, 0.1f}, new Shape(2, 2));
            NDArray lvNd = m.create(new float[] {-0.3f, 0.4f, -2, 1}, new Shape(2, 2));
            float[] kl = Vae.klToStandardNormal(muNd, lvNd).toFloatArray();
            for (int i = 0; i < 2; i++) {
                assertEquals(DiagonalGaussian.klToStandardNormal(mu[i], logVar[i]), kl[i], 1e-5);
            }
            NDArray eps = m.create(new float[] {1, -0.5f, 0.2f, 2}, new Shape(2, 2));
            float[] z = Vae.reparameterize(muNd, lvNd, eps).toFloatArray();
            double[] z0 = DiagonalGaussian.reparameterize(mu[0], logVar[0], new double[] {1, -0.5});
            assertEquals(z0[0], z[0], 1e-5);
            assertEquals(z0[1], z[1], 1e-5);
            NDArray logits = m.create(new float[] {3, -40, 0.5f, 60}, new Shape(1, 4));
            NDArray x = m.create(new float[] {1, 0, 0, 1}, new Shape(1, 4));
            double expected = 0;
            double[] l = {3, -40, 0.5, 60};
            double[] xs = {1, 0, 0, 1};
            for (int j = 0; j < 4; j++) {
                double p = 1 / (1 + Math.exp(-l[j]));
                expected += xs[j] == 1 ? Math.log(p) : Math.log1p(-p);
            }
            assertEquals(expected, Vae.bernoulliLogLikelihood(logits, x).getFloat(), 1e-4);
        }
    }

    @Test
    void trainedVaeBeatsTheIndependentPixelBaselineAndTheAutoencoderHasNoKl() {
        float[][] train = patterns(400, 1);
        float[][] test = patterns(200, 2);
        double baseline = PixelBernoulli.fit(train).logLikelihood(test);
        Djl.seed(42);
        try (Vae vae = Vae.variational(16, 32, 2); Vae ae = Vae.autoencoder(16, 32, 2)) {
            double before = vae.elbo(test, 1, 3)[2];
            double[] losses = vae.fit(train, 30, 32, 0.01, 5, "test VAE");
            assertTrue(losses[losses.length - 1] < losses[0], "loss fell");
            double[] terms = vae.elbo(test, 2, 3);
            assertEquals(terms[0] - terms[1], terms[2], 1e-9);
            assertTrue(terms[1] > 0, "KL is positive");
            assertTrue(terms[2] > baseline + 2, "ELBO " + terms[2] + " vs baseline " + baseline);
            assertTrue(terms[2] > before + 2, "ELBO improved from " + before);
            ae.fit(train, 5, 32, 0.01, 5, "test AE");
            assertEquals(0, ae.elbo(test, 1, 3)[1], 0);
            assertThrows(IllegalStateException.class, () -> ae.encodeLogVars(test));
            assertEquals(2, vae.encodeMeans(test)[0].length);
            assertEquals(200, vae.encodeLogVars(test).length);
            double[][] decoded = vae.decode(new double[][] {{0, 0}, {1, -1}});
            assertEquals(16, decoded[1].length);
            for (double p : decoded[0]) {
                assertTrue(p > 0 && p < 1);
            }
            assertEquals(16, vae.reconstruct(test)[5].length);
            long encoder = 16 * 32 + 32 + 32 * (2 * 2) + 2 * 2;   // mean and log-variance heads
            long decoder = 2 * 32 + 32 + 32 * 16 + 16;
            assertEquals(encoder + decoder, vae.parameterCount());
            assertEquals(encoder - 32 * 2 - 2 + decoder, ae.parameterCount());
        }
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        try (Vae vae = Vae.variational(16, 8, 2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> vae.fit(new float[][] {new float[15]}, 1, 1, 0.1, 1, "x"));
            assertTrue(e.getMessage().contains("15 pixels"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> vae.decode(new double[][] {{1, 2, 3}}));
        }
    }

    @Test
    void fitIsRepeatableWithTheSameSeeds() {
        float[][] train = patterns(64, 1);
        double[] a;
        double[] b;
        Djl.seed(7);
        try (Vae vae = Vae.variational(16, 8, 2)) {
            a = vae.fit(train, 2, 16, 0.01, 3, "a");
        }
        Djl.seed(7);
        try (Vae vae = Vae.variational(16, 8, 2)) {
            b = vae.fit(train, 2, 16, 0.01, 3, "b");
        }
        assertArrayEquals(a, b, 1e-6);
    }
}

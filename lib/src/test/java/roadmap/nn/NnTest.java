package roadmap.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import roadmap.data.ImageSet;
import roadmap.dl.Djl;
import roadmap.dl.DjlMlp;
import roadmap.dl.Fit;
import roadmap.train.History;
import roadmap.dl.Models;
import roadmap.optim.GradientCheck;
import roadmap.stats.Information;

class NnTest {

    private static double[][] randomBatch(int n, int d, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return x;
    }

    private static int[] randomLabels(int n, int k, long seed) {
        Random r = new Random(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(k);
        }
        return y;
    }

    @Test
    void activationDerivativesMatchFiniteDifferences() {
        double h = 1e-6;
        for (Activations.Kind f : Activations.Kind.values()) {
            for (double z = -4.05; z < 4; z += 0.1) {   // the grid avoids ReLU's kink at 0
                double numeric = (f.apply(z + h) - f.apply(z - h)) / (2 * h);
                assertEquals(numeric, f.derivative(z), 1e-8, f + " at " + z);
            }
        }
        assertEquals(0.25, Activations.sigmoidDerivative(0), 0.0);
        assertEquals(1.0, Activations.sigmoid(800), 0.0);
        assertEquals(0.0, Activations.sigmoid(-800), 0.0, "no overflow");
    }

    @Test
    void softmaxIsADistributionAndShiftInvariant() {
        double[] z = {1, 2, 3, 1000};
        double[] p = Activations.softmax(z);
        assertEquals(1.0, p[0] + p[1] + p[2] + p[3], 1e-12);
        assertArrayEquals(Activations.softmax(new double[] {-999, -998, -997, 0}), p, 1e-12);
    }

    @Test
    void lossGradientsMatchFiniteDifferences() {
        double[] z = {0.3, -1.2, 2.0};
        double[] target = {0.5, 0.1, -0.4};
        assertArrayEquals(GradientCheck.numerical(v -> Losses.crossEntropy(v, 1), z, 1e-6),
                Losses.crossEntropyGradient(z, 1), 1e-8);
        assertArrayEquals(GradientCheck.numerical(v -> Losses.mse(v, target), z, 1e-6),
                Losses.mseGradient(z, target), 1e-8);
        for (double s = -8; s <= 8; s += 0.5) {
            double zz = s;
            for (double y : new double[] {0, 1}) {
                assertEquals((Losses.sigmoidMse(zz + 1e-6, y) - Losses.sigmoidMse(zz - 1e-6, y)) / 2e-6,
                        Losses.sigmoidMseGradient(zz, y), 1e-8);
                assertEquals((Losses.sigmoidCrossEntropy(zz + 1e-6, y) - Losses.sigmoidCrossEntropy(zz - 1e-6, y)) / 2e-6,
                        Losses.sigmoidCrossEntropyGradient(zz, y), 1e-8);
            }
        }
        // cross-entropy of logits = Information.crossEntropy(onehot, softmax)
        assertEquals(Information.crossEntropy(new double[] {0, 1, 0}, Activations.softmax(z)),
                Losses.crossEntropy(z, 1), 1e-12);
        assertEquals(Math.log(2), Losses.sigmoidCrossEntropy(0, 1), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Losses.crossEntropy(z, 3));
    }

    @Test
    void backpropagationMatchesFiniteDifferences() {
        double[][] x = randomBatch(7, 5, 1);
        int[] y = randomLabels(7, 3, 2);
        for (Activations.Kind f : Activations.Kind.values()) {
            Mlp mlp = Mlp.create(new int[] {5, 6, 4, 3}, f, 3);
            double[] w = mlp.parameters();
            double err = GradientCheck.check(mlp.objective(x, y), w);
            assertTrue(err < 1e-7, f + ": relative error " + err);
        }
        // a wrong gradient is caught
        Mlp mlp = Mlp.create(new int[] {5, 6, 3}, Activations.Kind.TANH, 3);
        double[] g = mlp.gradient(x, y);
        g[0] += 0.01;
        assertTrue(GradientCheck.relativeError(g, GradientCheck.numerical(mlp.objective(x, y), mlp.parameters())) > 1e-4);
    }

    @Test
    void lossAndGradientMatchDjlAutograd() {
        double[][] x = randomBatch(9, 4, 5);
        int[] y = randomLabels(9, 3, 6);
        for (Activations.Kind f : new Activations.Kind[] {Activations.Kind.SIGMOID, Activations.Kind.TANH,
                Activations.Kind.RELU}) {
            Mlp mlp = Mlp.create(new int[] {4, 8, 3}, f, 7);
            double[] djl = DjlMlp.lossAndGradient(mlp, x, y);
            assertEquals(mlp.loss(x, y), djl[0], 1e-12, f + " loss");
            double[] g = new double[djl.length - 1];
            System.arraycopy(djl, 1, g, 0, g.length);
            assertArrayEquals(g, mlp.gradient(x, y), 1e-12, f + " gradient");
        }
    }

    @Test
    void copiedWeightsGiveTheSameLogitsAndParameterCount() {
        Djl.init();
        Mlp mlp = Mlp.create(new int[] {6, 5, 4}, Activations.Kind.RELU, 11);
        double[][] x = randomBatch(3, 6, 12);
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock block = DjlMlp.block(mlp.sizes(), mlp.hidden());
            block.initialize(m, DataType.FLOAT32, new Shape(1, 6));
            assertEquals(mlp.parameterCount(), Models.parameterCount(block));
            assertEquals((6 + 1) * 5 + (5 + 1) * 4, mlp.parameterCount());
            DjlMlp.copyWeights(mlp, block);
            assertArrayEquals(mlp.parameters(), DjlMlp.flatParameters(block), 1e-6);
            float[] flat = new float[18];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 6; j++) {
                    flat[i * 6 + j] = (float) x[i][j];
                }
            }
            float[] logits = block.forward(new ParameterStore(m, false),
                    new NDList(m.create(flat, new Shape(3, 6))), false).head().toFloatArray();
            double[][] expected = mlp.logits(x);
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 4; k++) {
                    assertEquals(expected[i][k], logits[i * 4 + k], 1e-5);
                }
            }
        }
    }

    @Test
    void sgdLearnsAReproducibleClassifier() {
        // three Gaussian blobs in 2-D
        Random r = new Random(4);
        double[][] x = new double[300][2];
        int[] y = new int[300];
        double[][] centres = {{0, 3}, {3, -2}, {-3, -2}};
        for (int i = 0; i < 300; i++) {
            y[i] = i % 3;
            x[i][0] = centres[y[i]][0] + r.nextGaussian();
            x[i][1] = centres[y[i]][1] + r.nextGaussian();
        }
        Mlp a = Mlp.create(new int[] {2, 8, 3}, Activations.Kind.TANH, 1);
        Mlp b = a.copy();
        History la = a.fit(x, y, x, y, 20, 16, 0.1, 9);
        History lb = b.fit(x, y, x, y, 20, 16, 0.1, 9);
        assertArrayEquals(la.trainLoss(), lb.trainLoss(), 0.0, "same seed, same run");
        assertTrue(la.trainLoss()[19] < 0.5 * la.trainLoss()[0], la.toString());
        assertTrue(la.finalValidationAccuracy() > 0.95, la.toString());
        assertEquals(a.accuracy(x, y), la.finalValidationAccuracy(), 0.0);
        assertEquals(20, la.toTable().size());
    }

    @Test
    void scratchAndDjlFromTheSameWeightsFollowTheSameCurve() {
        Random r = new Random(21);
        double[][] x = new double[130][4];
        int[] y = new int[130];
        for (int i = 0; i < x.length; i++) {
            y[i] = i % 2;
            for (int j = 0; j < 4; j++) {
                x[i][j] = Math.min(1, Math.max(0, 0.4 + (y[i] == 1 && j < 2 ? 0.3 : 0) + 0.2 * r.nextGaussian()));
            }
        }
        List<String> names = List.of("a", "b");
        ImageSet images = DjlMlp.images(x, y, 2, 2, names);
        assertEquals((float) x[5][3], images.image(5)[3], 0f);
        Mlp scratch = Mlp.create(new int[] {4, 6, 2}, Activations.Kind.RELU, 5);
        Mlp initial = scratch.copy();
        History log = scratch.fit(x, y, null, null, 4, 32, 0.2, 8);
        try (Model model = Model.newInstance("twin"); NDManager m = NDManager.newBaseManager()) {
            SequentialBlock block = DjlMlp.block(new int[] {4, 6, 2}, Activations.Kind.RELU);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, 2, 2));
            DjlMlp.copyWeights(initial, block);
            model.setBlock(block);
            History h = Fit.of(model).optimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.2f)).build())
                    .epochs(4).run(images.toDjlDataset(m, 32, true, 8));
            assertArrayEquals(log.trainLoss(), h.trainLoss(), 1e-5, "same weights, same batches, same curve");
            assertArrayEquals(scratch.parameters(), DjlMlp.flatParameters(block), 1e-5);
        }
    }

    @Test
    void rejectsBadShapes() {
        assertThrows(IllegalArgumentException.class, () -> Mlp.create(new int[] {3}, Activations.Kind.RELU, 1));
        Mlp m = Mlp.create(new int[] {3, 2}, Activations.Kind.RELU, 1);
        assertThrows(IllegalArgumentException.class, () -> m.forward(new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> m.setParameters(new double[3]));
    }

    @Test
    void createWithGainScalesTheWeightsAndMatchesTheDefaultInitialisation() {
        int[] sizes = {400, 300, 10};
        Mlp he = Mlp.create(sizes, Activations.Kind.RELU, 5);
        assertArrayEquals(he.parameters(), Mlp.create(sizes, Activations.Kind.RELU, 5, Math.sqrt(2)).parameters(),
                1e-15, "gain sqrt(2) is He, the default for ReLU");
        assertArrayEquals(Mlp.create(sizes, Activations.Kind.TANH, 5).parameters(),
                Mlp.create(sizes, Activations.Kind.TANH, 5, 1).parameters(), 1e-15, "gain 1 is the tanh default");
        Mlp scaled = Mlp.create(sizes, Activations.Kind.RELU, 5, 0.5);
        double sum = 0;
        double sumSq = 0;
        for (double[] row : scaled.weights(0)) {
            for (double v : row) {
                sum += v;
                sumSq += v * v;
            }
        }
        int count = 400 * 300;
        double std = Math.sqrt(sumSq / count - (sum / count) * (sum / count));
        assertEquals(0.5 / Math.sqrt(400), std, 0.02 * 0.5 / Math.sqrt(400), "std = gain / sqrt(fan-in)");
        assertArrayEquals(new double[10], scaled.bias(1), 0.0, "biases start at zero");
        assertThrows(IllegalArgumentException.class, () -> Mlp.create(sizes, Activations.Kind.RELU, 5, -1));
        assertThrows(IllegalArgumentException.class, () -> Mlp.create(sizes, Activations.Kind.RELU, 5, Double.NaN));
    }
}

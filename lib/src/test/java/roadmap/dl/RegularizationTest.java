package roadmap.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import roadmap.train.History;
import roadmap.data.ImageSet;

class RegularizationTest {

    @Test
    void mlpHasTheRequestedLayersAndParameterCount() {
        Djl.init();
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock plain = Regularization.mlp(new int[] {8, 6}, 3, 0, false);
            SequentialBlock full = Regularization.mlp(new int[] {8, 6}, 3, 0.5, true);
            plain.initialize(m, DataType.FLOAT32, new Shape(2, 1, 4, 4));
            full.initialize(m, DataType.FLOAT32, new Shape(2, 1, 4, 4));
            assertEquals(1 + 2 * 2 + 1, plain.getChildren().size(), "flatten, (linear, relu) x2, linear");
            assertEquals(1 + 2 * 4 + 1, full.getChildren().size(), "flatten, (linear, bn, relu, dropout) x2, linear");
            long linear = 16 * 8 + 8 + 8 * 6 + 6 + 6 * 3 + 3;
            assertEquals(linear, Models.parameterCount(plain));
            assertEquals(linear + 4 * (8 + 6), Models.parameterCount(full), "gamma, beta, running mean and var");
        }
        assertThrows(IllegalArgumentException.class, () -> Regularization.mlp(new int[] {4}, 2, 1.0, false));
    }

    @Test
    void weightNormCountsOnlyWeightMatrices() {
        Djl.init();
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock b = Regularization.mlp(new int[] {5}, 2, 0, true);
            b.initialize(m, DataType.FLOAT32, new Shape(1, 1, 2, 2));
            double sum = 0;
            for (Pair<String, Parameter> p : b.getParameters()) {
                if (p.getKey().endsWith("weight")) {
                    sum += p.getValue().getArray().square().sum().getFloat();
                }
                // make biases and batch-norm parameters large: they must not count
                if (!p.getKey().endsWith("weight")) {
                    p.getValue().getArray().addi(100f);
                }
            }
            assertEquals(Math.sqrt(sum), Regularization.weightNorm(b), 1e-5);
            for (Pair<String, Parameter> p : b.getParameters()) {
                if (p.getKey().endsWith("weight")) {
                    NDArray w = p.getValue().getArray();
                    w.muli(0).addi(1f);
                }
            }
            assertEquals(Math.sqrt(4 * 5 + 5 * 2), Regularization.weightNorm(b), 1e-9, "all-ones weights");
        }
    }

    @Test
    void batchNormByHandMatchesDjl() {
        Djl.init();
        Random r = new Random(1);
        double[][] x = new double[16][5];
        double[] gamma = new double[5];
        double[] beta = new double[5];
        for (int j = 0; j < 5; j++) {
            gamma[j] = 0.5 + r.nextDouble();
            beta[j] = r.nextGaussian();
            for (int i = 0; i < 16; i++) {
                x[i][j] = 3 * j + (j + 1) * r.nextGaussian();
            }
        }
        try (NDManager m = NDManager.newBaseManager()) {
            BatchNorm bn = BatchNorm.builder().build();
            bn.initialize(m, DataType.FLOAT32, new Shape(16, 5));
            for (Pair<String, Parameter> p : bn.getParameters()) {
                if (p.getKey().equals("gamma")) {
                    p.getValue().getArray().set(toFloats(gamma));
                } else if (p.getKey().equals("beta")) {
                    p.getValue().getArray().set(toFloats(beta));
                }
            }
            float[] flat = new float[16 * 5];
            for (int i = 0; i < 16; i++) {
                for (int j = 0; j < 5; j++) {
                    flat[i * 5 + j] = (float) x[i][j];
                }
            }
            NDArray in = m.create(flat, new Shape(16, 5));
            NDArray out = Regularization.forward(bn, m, in, true);
            double[][] djl = NdArrays.toMatrix(out);
            double[] flatOut = NdArrays.values(out);
            assertEquals(16 * 5, flatOut.length);
            assertEquals(djl[3][2], flatOut[3 * 5 + 2], 0.0, "values() is row-major");
            assertThrows(IllegalArgumentException.class, () -> NdArrays.toMatrix(out.reshape(80)));
            double[][] hand = Regularization.batchNorm(x, gamma, beta, Regularization.BN_EPSILON);
            for (int i = 0; i < 16; i++) {
                assertArrayEquals(hand[i], djl[i], 1e-4);
            }
            double[][] unit = Regularization.batchNorm(x, new double[] {1, 1, 1, 1, 1}, new double[5], 0);
            for (int j = 0; j < 5; j++) {
                double mean = 0;
                double sq = 0;
                for (double[] row : unit) {
                    mean += row[j] / 16;
                    sq += row[j] * row[j] / 16;
                }
                assertEquals(0, mean, 1e-12);
                assertEquals(1, sq - mean * mean, 1e-12);
            }
        }
    }

    private static float[] toFloats(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    @Test
    void adamWDecayIsDecoupled() {
        Djl.init();
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray w0 = m.create(new float[] {1f, -2f, 3f});
            NDArray g = m.create(new float[] {0.5f, 0.1f, -0.3f});
            NDArray plain = w0.duplicate();
            NDArray decayed = w0.duplicate();
            Optimizer a = Regularization.adamW(0.01, 0);
            Optimizer b = Regularization.adamW(0.01, 0.5);
            a.update("w", plain, g);
            b.update("w", decayed, g);
            float[] expected = plain.sub(w0.mul(0.01f * 0.5f)).toFloatArray();
            assertArrayEquals(expected, decayed.toFloatArray(), 1e-5f);
            assertNotEquals(plain.toFloatArray()[0], decayed.toFloatArray()[0]);
        }
    }

    @Test
    void experimentShrinksWeightsWithDecayAndRestoresTheBestEpoch() {
        ImageSet train = DlTest.blobs(40, 1);
        ImageSet val = DlTest.blobs(200, 2);
        Regularization.Experiment ex = new Regularization.Experiment(train, val, val, new int[] {32}, 15, 0.05, 10, 7);
        Regularization.Result base = ex.run(Regularization.Recipe.baseline());
        Regularization.Result again = ex.run(Regularization.Recipe.baseline());
        assertArrayEquals(base.history().trainLoss(), again.history().trainLoss(), 0.0, "same seed, same run");
        Regularization.Result decayed = ex.run(Regularization.Recipe.baseline().withWeightDecay(1.0));
        assertTrue(decayed.weightNorm() < base.weightNorm(), decayed.weightNorm() + " vs " + base.weightNorm());
        assertEquals(base.trainAcc() - base.valAcc(), base.gap(), 0.0);
        try (Model model = Model.newInstance("es")) {
            Regularization.Result es = ex.fit(model, Regularization.Recipe.baseline().withEarlyStopping());
            History h = es.history();
            assertEquals(h.bestEpoch(), h.keptEpoch());
            double min = java.util.Arrays.stream(h.validationLoss()).min().orElseThrow();
            assertEquals(min, Regularization.loss(model, val, ex.batchSize()), 1e-5,
                    "the kept model's validation loss is the minimum of the history");
        }
        assertEquals(4, Regularization.table(List.of(base, again, decayed, base)).size());
        assertEquals(List.of("none (baseline)"),
                List.copyOf(Regularization.validationLossCurves(List.of(base)).keySet()));
    }

    @Test
    void flipLabelsChangesExactlyTheRequestedShareToOtherClasses() {
        int n = 250;
        float[][] images = new float[n][4];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            images[i][0] = i;
            labels[i] = i % 5;
        }
        ImageSet clean = new ImageSet(images, labels, 2, 2, List.of("a", "b", "c", "d", "e"));
        ImageSet noisy = Regularization.flipLabels(clean, 0.4, 3);
        int changed = 0;
        int[] newLabelCounts = new int[5];
        for (int i = 0; i < n; i++) {
            assertArrayEquals(clean.image(i), noisy.image(i), 0f, "images are untouched");
            if (noisy.label(i) != clean.label(i)) {
                changed++;
                newLabelCounts[noisy.label(i)]++;
            }
        }
        assertEquals(100, changed, "40% of 250 labels, each moved to a different class");
        for (int c = 0; c < 5; c++) {
            assertTrue(newLabelCounts[c] > 5, "wrong labels are spread over the classes: " + newLabelCounts[c]);
        }
        assertArrayEquals(noisy.labels(), Regularization.flipLabels(clean, 0.4, 3).labels(), "same seed, same flips");
        assertNotEquals(List.of(noisy.labels()), List.of(Regularization.flipLabels(clean, 0.4, 4).labels()));
        assertArrayEquals(clean.labels(), Regularization.flipLabels(clean, 0, 3).labels());
        assertThrows(IllegalArgumentException.class, () -> Regularization.flipLabels(clean, 1.5, 3));
        ImageSet oneClass = new ImageSet(new float[][] {{0f}}, new int[] {0}, 1, 1, List.of("only"));
        assertThrows(IllegalArgumentException.class, () -> Regularization.flipLabels(oneClass, 0.5, 3));
    }
}

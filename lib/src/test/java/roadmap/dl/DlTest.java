package roadmap.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import roadmap.train.History;
import roadmap.data.ImageSet;

class DlTest {

    @TempDir
    Path tmp;

    /** Two classes of 4x4 images: class 1 is brighter in the left half; noise makes it not trivial. */
    static ImageSet blobs(int n, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][16];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            for (int j = 0; j < 16; j++) {
                float signal = y[i] == 1 && j % 4 < 2 ? 0.3f : 0f;
                x[i][j] = Math.min(1f, Math.max(0f, 0.35f + signal + (float) (0.25 * r.nextGaussian())));
            }
        }
        return new ImageSet(x, y, 4, 4, List.of("dark", "bright"));
    }

    static SequentialBlock mlp(float dropout) {
        return new SequentialBlock().add(Blocks.batchFlattenBlock()).add(Linear.builder().setUnits(16).build())
                .add(ai.djl.nn.Activation.reluBlock()).add(Dropout.builder().optRate(dropout).build())
                .add(Linear.builder().setUnits(2).build());
    }

    @Test
    void initIsOfflineAndLoadsPyTorch() {
        Engine e = Djl.init();
        assertEquals("PyTorch", e.getEngineName());
        assertEquals("true", System.getProperty(Djl.OFFLINE));
        assertEquals("1", System.getProperty(Djl.THREADS));
        assertTrue(Djl.describe().startsWith("PyTorch 2.7.1"), Djl.describe());
    }

    @Test
    void parameterCountMatchesTheClosedForm() {
        Djl.init();
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock b = mlp(0);
            b.initialize(m, DataType.FLOAT32, new Shape(1, 1, 4, 4));
            assertEquals(16 * 16 + 16 + 16 * 2 + 2, Models.parameterCount(b));
            SequentialBlock r = ResNet20.build(10);
            r.initialize(m, DataType.FLOAT32, ResNet20.INPUT);
            // conv 3x3 weights + 4 batch-norm numbers per channel + 1x1 projections + linear head
            long convs = 1 * 16 * 9 + 6 * 16 * 16 * 9 + 16 * 32 * 9 + 5 * 32 * 32 * 9 + 32 * 64 * 9 + 5 * 64 * 64 * 9;
            long bn = 4 * (16 * 7 + 32 * 7 + 64 * 7);
            long proj = 16 * 32 + 32 * 64;
            assertEquals(convs + bn + proj + 64 * 10 + 10, Models.parameterCount(r));
            assertEquals(Models.parameterCount(r) - 2 * (16 * 7 + 32 * 7 + 64 * 7), Models.trainableParameterCount(r),
                    "batch-norm running statistics are not trained");
            ResNet20.features(r).freezeParameters(true);
            assertEquals(64 * 10 + 10, Models.trainableParameterCount(r));
        }
    }

    @Test
    void fitLearnsAndRecordsHistoryReproducibly() {
        History h1 = train(1, false);
        History h2 = train(1, false);
        assertEquals(6, h1.epochs());
        assertTrue(h1.trainLoss()[5] < h1.trainLoss()[0] * 0.8, "loss falls: " + h1);
        assertTrue(h1.finalValidationAccuracy() > 0.8, "learns the brightness rule: " + h1);
        assertArrayEquals(h1.trainLoss(), h2.trainLoss(), 0.0, "same seed, same run");
        assertArrayEquals(h1.validationAccuracy(), h2.validationAccuracy(), 0.0);
        assertEquals(6, h1.toTable().size());
        assertEquals(6, h1.keptEpoch());
    }

    @Test
    void restoreBestPutsBackTheEpochOfLowestValidationLoss() {
        Djl.seed(7);
        ImageSet train = blobs(40, 1);
        ImageSet val = blobs(400, 2);
        try (Model model = Model.newInstance("t"); NDManager m = NDManager.newBaseManager()) {
            model.setBlock(mlp(0));
            // a large learning rate on 40 images overfits: validation loss rises after its minimum
            History h = Fit.of(model).epochs(25).adam(0.05).validation(val.toDjlDataset(m, 100, false, 0))
                    .restoreBest(true).run(train.toDjlDataset(m, 10, true, 3));
            int best = h.bestEpoch();
            assertEquals(best, h.keptEpoch());
            double min = Double.POSITIVE_INFINITY;
            for (double v : h.validationLoss()) {
                min = Math.min(min, v);
            }
            assertEquals(min, h.validationLoss()[best - 1], 0.0);
            Evaluation ev = Evaluation.of(model, val);
            assertEquals(h.validationAccuracy()[best - 1], ev.accuracy(), 1e-9, "the model is the best epoch's");
        }
    }

    @Test
    void saveAndLoadRoundTripWithHash() {
        Djl.seed(3);
        ImageSet data = blobs(64, 5);
        Path file = tmp.resolve("w.params");
        int[] before;
        String sha;
        try (Model model = Model.newInstance("a"); NDManager m = NDManager.newBaseManager()) {
            model.setBlock(mlp(0.5f));
            Fit.of(model).epochs(2).run(data.toDjlDataset(m, 16, true, 1));
            sha = Models.save(model.getBlock(), file);
            before = Evaluation.of(model, data).predictions();
            assertArrayEquals(before, Evaluation.of(model, data).predictions(), "dropout is off at inference");
        }
        try (Model copy = Model.newInstance("b")) {
            SequentialBlock b = mlp(0.5f);
            b.initialize(copy.getNDManager(), DataType.FLOAT32, new Shape(1, 1, 4, 4));
            copy.setBlock(b);
            Models.load(copy, file, sha);
            assertArrayEquals(before, Evaluation.of(copy, data).predictions());
            assertThrows(IllegalStateException.class, () -> Models.load(copy, file, "0".repeat(64)));
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void confusionMatrixAndAccuracyAgree() {
        Evaluation ev = Evaluation.of(new int[] {0, 1, 1, 2, 2, 2}, new int[] {0, 1, 2, 2, 2, 0}, List.of("a", "b", "c"));
        assertArrayEquals(new int[][] {{1, 0, 1}, {0, 1, 0}, {0, 1, 2}}, ev.confusion());
        int[][] c = ev.confusion();
        assertEquals((c[0][0] + c[1][1] + c[2][2]) / 6.0, ev.accuracy(), 0.0);
        assertArrayEquals(new int[] {2, 5}, ev.misclassified(10));
        assertEquals(3, ev.confusionTable().size());
    }

    private static History train(long seed, boolean restore) {
        Djl.seed(seed);
        try (Model model = Model.newInstance("t"); NDManager m = NDManager.newBaseManager()) {
            model.setBlock(mlp(0.1f));
            return Fit.of(model).epochs(6).adam(0.01).validation(blobs(200, 9).toDjlDataset(m, 50, false, 0))
                    .restoreBest(restore).run(blobs(200, 8).toDjlDataset(m, 20, true, seed));
        }
    }
}

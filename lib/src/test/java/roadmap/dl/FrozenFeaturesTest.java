package roadmap.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import roadmap.data.ImageSet;

class FrozenFeaturesTest {

    static SequentialBlock featuresWithBatchNorm() {
        return new SequentialBlock().add(Blocks.batchFlattenBlock()).add(Linear.builder().setUnits(8).build())
                .add(BatchNorm.builder().build()).add(Activation.reluBlock());
    }

    @Test
    void frozenFeaturesStayBitwiseUnchangedWhileTheHeadTrains() {
        Djl.seed(3);
        ImageSet data = DlTest.blobs(96, 5);
        try (NDManager m = NDManager.newBaseManager(); Model model = Model.newInstance("frozen")) {
            SequentialBlock features = featuresWithBatchNorm();
            features.initialize(m, DataType.FLOAT32, new Shape(1, 1, 4, 4));
            Map<String, float[]> before = FrozenFeatures.parameterValues(features); // incl. running statistics
            SequentialBlock net = new SequentialBlock().add(new FrozenFeatures(features))
                    .add(Linear.builder().setUnits(2).build());
            model.setBlock(net);
            Fit.of(model).epochs(3).adam(0.05).run(data.toDjlDataset(m, 16, true, 1));
            Map<String, float[]> after = FrozenFeatures.parameterValues(features);
            assertEquals(before.keySet(), after.keySet());
            assertEquals(6, before.size(), "linear weight+bias, batch-norm gamma, beta, running mean, running var");
            for (String name : before.keySet()) {
                assertArrayEquals(before.get(name), after.get(name), name + " of the frozen block changed");
            }
            assertEquals(8 * 2 + 2, Models.trainableParameterCount(net), "only the head trains");
        }
    }

    @Test
    void plainFreezeStillMovesBatchNormStatisticsButWrapperRunsInInferenceMode() {
        Djl.seed(4);
        ImageSet data = DlTest.blobs(64, 6);
        try (NDManager m = NDManager.newBaseManager(); Model model = Model.newInstance("plain")) {
            SequentialBlock features = featuresWithBatchNorm();
            features.initialize(m, DataType.FLOAT32, new Shape(1, 1, 4, 4));
            Map<String, float[]> before = FrozenFeatures.parameterValues(features);
            features.freezeParameters(true);
            model.setBlock(new SequentialBlock().add(features).add(Linear.builder().setUnits(2).build()));
            Fit.of(model).epochs(1).run(data.toDjlDataset(m, 16, true, 1));
            Map<String, float[]> after = FrozenFeatures.parameterValues(features);
            assertFalse(before.keySet().stream().allMatch(k -> Arrays.equals(before.get(k), after.get(k))),
                    "the reason for FrozenFeatures: running statistics drift under a plain freeze");

            FrozenFeatures frozen = new FrozenFeatures(features);
            NDArray x = data.toImagesArray(m);
            ParameterStore ps = new ParameterStore(m, false);
            float[] inTraining = frozen.forward(ps, new NDList(x), true).head().toFloatArray();
            float[] inference = features.forward(ps, new NDList(x), false).head().toFloatArray();
            assertArrayEquals(inference, inTraining, "training-mode forward equals the block's inference forward");
        }
    }
    @Test
    void extractGivesTheInferenceModeFeaturesOfEveryImageWhateverTheBatchSize() {
        Djl.seed(5);
        ImageSet data = DlTest.blobs(10, 7);
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock features = featuresWithBatchNorm();
            features.initialize(m, DataType.FLOAT32, new Shape(1, 1, 4, 4));
            double[][] byThree = FrozenFeatures.extract(features, data, 3);
            NDArray all = features.forward(new ParameterStore(m, false), new NDList(data.toImagesArray(m)), false)
                    .head();
            float[] flat = all.toFloatArray();
            assertEquals(10, byThree.length);
            for (int i = 0; i < 10; i++) {
                assertEquals(8, byThree[i].length);
                for (int j = 0; j < 8; j++) {
                    assertEquals(flat[i * 8 + j], byThree[i][j], 1e-6, "image " + i + " feature " + j);
                }
            }
        }
    }
}

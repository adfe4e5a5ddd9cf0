package roadmap.dl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.nn.SequentialBlock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import roadmap.train.History;
import roadmap.data.ImageDatasets;
import roadmap.data.ImageDatasets.Split;
import roadmap.data.ImageSet;
import roadmap.data.Manifest;
import roadmap.data.ManifestEntry;

class PretrainedTest {

    @Test
    void resnet20WeightsLoadAndReproduceTheRecordedAccuracy() {
        ManifestEntry entry = Manifest.load().entry(Pretrained.RESNET20_FASHION);
        Matcher m = Pattern.compile("test accuracy ([0-9.]+)").matcher(entry.origin());
        assertTrue(m.find(), "MANIFEST origin records the test accuracy: " + entry.origin());
        double recorded = Double.parseDouble(m.group(1));
        ImageSet test = ImageDatasets.fashionMnist(Split.TEST);
        try (Model model = Pretrained.resnet20Fashion()) {
            assertEquals(entry.rows(), Models.parameterCount(model.getBlock()), "MANIFEST shape = parameter count");
            // the first 2,000 test images: a sample of the recorded full-test accuracy (binomial
            // standard error about 0.007 at 0.9, so 0.03 is over 4 standard errors)
            double acc = Evaluation.of(model, test.slice(0, 2000)).accuracy();
            assertEquals(recorded, acc, 0.03);
            assertTrue(recorded > 0.85, "a useful pretrained network: " + recorded);
            assertTrue(ResNet20.features((SequentialBlock) model.getBlock()).isInitialized());
        }
    }

    @Test
    void frozenFeaturesWithANewHeadTrainOnlyTheHead() {
        Djl.seed(8);
        ImageSet digits = ImageDatasets.mnist().slice(0, 512);
        try (Model pretrained = Pretrained.resnet20Fashion(); Model tuned = Model.newInstance("tuned");
             ai.djl.ndarray.NDManager data = ai.djl.ndarray.NDManager.newBaseManager()) {
            SequentialBlock net = (SequentialBlock) pretrained.getBlock();
            float[] firstFilterBefore = firstConvWeights(net);
            ResNet20.features(net).freezeParameters(true);
            tuned.setBlock(ResNet20.withNewHead(net, 10));
            History h = Fit.of(tuned).epochs(5).adam(0.01).run(digits.toDjlDataset(data, 32, true, 1));
            assertEquals(64 * 10 + 10, Models.trainableParameterCount(tuned.getBlock()));
            org.junit.jupiter.api.Assertions.assertArrayEquals(firstFilterBefore, firstConvWeights(net), 0f,
                    "frozen pretrained weights are neither re-initialised nor trained");
            assertTrue(h.trainLoss()[4] < 0.75 * h.trainLoss()[0] && h.finalTrainAccuracy() > 0.3,
                    "the head learns digits from Fashion features: " + h);
        }
    }

    private static float[] firstConvWeights(SequentialBlock net) {
        return ResNet20.features(net).getParameters().get(0).getValue().getArray().toFloatArray();
    }
}

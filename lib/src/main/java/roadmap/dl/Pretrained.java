package roadmap.dl;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.SequentialBlock;
import java.nio.file.Path;
import roadmap.data.DatasetFile;
import roadmap.data.Manifest;

/**
 * Weights pretrained by this repository's own code ({@link Pretrain}) and committed to
 * {@code notebooks/data} with their SHA-256 in MANIFEST. No registry we can reach serves
 * pretrained ResNet weights; with internet, DJL's model zoo offers ImageNet models, e.g.
 * {@code Criteria.builder().setTypes(Image.class, Classifications.class)
 * .optArtifactId("resnet").optEngine("PyTorch").build()} (not used offline).
 */
public final class Pretrained {

    /** MANIFEST name of the ResNet-20 Fashion-MNIST weights. */
    public static final String RESNET20_FASHION = "resnet20-fashion";

    private Pretrained() {
    }

    /**
     * ResNet-20 trained on the Fashion-MNIST training subset (see MANIFEST for its test
     * accuracy): the architecture of {@link ResNet20#build}(10) with the committed weights,
     * hash-verified. Input {@code (n, 1, 28, 28)}, pixels in [0, 1]; output 10 logits.
     * Close the model when done.
     *
     * @return the model; its block is a {@link SequentialBlock}
     * @throws roadmap.data.DatasetException when the weights file is missing or changed
     */
    public static Model resnet20Fashion() {
        Djl.init();
        Path file = DatasetFile.verify(RESNET20_FASHION);
        String sha = Manifest.load().entry(RESNET20_FASHION).sha256();
        Model model = Model.newInstance(RESNET20_FASHION);
        SequentialBlock net = ResNet20.build(10);
        net.initialize(model.getNDManager(), DataType.FLOAT32, ResNet20.INPUT);
        model.setBlock(net);
        Models.load(model, file, sha);
        return model;
    }
}

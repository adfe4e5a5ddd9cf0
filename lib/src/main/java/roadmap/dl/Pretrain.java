package roadmap.dl;

import roadmap.train.History;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.CosineTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import roadmap.data.DataDir;
import roadmap.data.ImageDatasets;
import roadmap.data.ImageDatasets.Split;
import roadmap.data.ImageSet;
import roadmap.data.Manifest;

/**
 * Pretrains the course's ResNet-20 on Fashion-MNIST and writes
 * {@code notebooks/data/resnet20-fashion.params} plus its MANIFEST row (SHA-256, parameter
 * count, test accuracy). Run from the repository root after {@code mvn -q -B install -DskipTests}:
 *
 * <pre>
 * java -cp "kernel/target/notebook-classpath/*" roadmap.dl.Pretrain [--epochs 8] [--seed 42] [--batch 64] [--lr 0.002]
 * </pre>
 *
 * <p>Trains on the 10,000-image training subset ({@code ImageDatasets.fashionMnist(TRAIN)}),
 * shuffled per epoch with the seed, Adam whose learning rate decays from the given value to 1/100
 * of it along a cosine over all steps, weights initialised after
 * {@code Djl.seed(seed)}; then measures accuracy on the 10,000 test images. On 2 CPU cores it
 * takes a few minutes. Results repeat on the same machine and thread count; other CPUs may differ
 * in the last bits (hence a new hash), not in accuracy beyond noise.
 */
public final class Pretrain {

    private Pretrain() {
    }

    /**
     * Entry point.
     *
     * @param args {@code --epochs N --seed S --batch B --lr R --no-manifest --out FILE} ({@code --out}
     *             writes elsewhere and leaves MANIFEST alone, for trials)
     */
    public static void main(String[] args) {
        int epochs = 8;
        long seed = 42;
        int batch = 64;
        double lr = 0.002;
        boolean manifest = true;
        Path outArg = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--lr" -> lr = Double.parseDouble(args[++i]);
                case "--no-manifest" -> manifest = false;
                case "--out" -> {
                    outArg = Path.of(args[++i]);
                    manifest = false;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: Pretrain [--epochs N] [--seed S] [--batch B] [--lr R] [--no-manifest] [--out FILE]");
            }
        }
        System.out.println("engine: " + Djl.describe());
        Djl.seed(seed);
        ImageSet train = ImageDatasets.fashionMnist(Split.TRAIN);
        ImageSet test = ImageDatasets.fashionMnist(Split.TEST);
        long t0 = System.nanoTime();
        try (Model model = Model.newInstance(Pretrained.RESNET20_FASHION);
             NDManager data = NDManager.newBaseManager()) {
            SequentialBlock net = ResNet20.build(10);
            model.setBlock(net);
            int steps = epochs * ((train.size() + batch - 1) / batch);
            Optimizer adam = Optimizer.adam().optLearningRateTracker(CosineTracker.builder()
                    .setBaseValue((float) lr).optFinalValue((float) lr / 100).setMaxUpdates(steps).build()).build();
            Fit fit = Fit.of(model).epochs(epochs).optimizer(adam).label("pretraining ResNet-20");
            History h = fit.run(train.toDjlDataset(data, batch, true, seed));
            double trainSecs = (System.nanoTime() - t0) / 1e9;
            double acc = Evaluation.of(model, test).accuracy();
            long params = Models.parameterCount(net);
            Path dir = DataDir.locate();
            Path out = outArg != null ? outArg : dir.resolve("resnet20-fashion.params");
            String sha = Models.save(net, out);
            System.out.println(h);
            System.out.printf(Locale.ROOT, "parameters %d, file %d bytes, sha256 %s%n", params, Files.size(out), sha);
            System.out.printf(Locale.ROOT, "test accuracy %.4f; training %.1f s (%.1f s/epoch)%n", acc, trainSecs,
                    trainSecs / epochs);
            if (manifest) {
                String origin = String.format(Locale.ROOT, "ResNet-20 (He et al. 2016, CIFAR variant, 1 input "
                        + "channel) pretrained on fashion-train-10k by roadmap.dl.Pretrain seed %d, %d epochs, "
                        + "batch %d, Adam lr %s cosine to 1/100; test accuracy %.4f on fashion-test", seed, epochs, batch, lr, acc);
                upsert(dir, new String[] {Pretrained.RESNET20_FASHION, out.getFileName().toString(), origin,
                    "MIT (this repository)", sha, params + "x1"});
                System.out.println("updated " + DataDir.display(Manifest.FILE_NAME));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void upsert(Path dir, String[] row) throws IOException {
        Path file = dir.resolve(Manifest.FILE_NAME);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String line = String.join("\t", row);
        boolean replaced = false;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith(row[0] + "\t")) {
                lines.set(i, line);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(line);
        }
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        Manifest.load(dir); // validates the result
    }
}

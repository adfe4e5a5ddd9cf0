package roadmap.bench;

import roadmap.measure.ReadmeBlock;
import roadmap.measure.Versions;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.LocalParameterServer;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Sampler;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import roadmap.data.DataDir;
import roadmap.data.ImageDatasets;
import roadmap.data.ImageSet;
import roadmap.dl.Djl;
import roadmap.dl.Fit;
import roadmap.train.History;
import roadmap.dl.Models;

/**
 * Deep-learning benchmark: the week-7 MLP and CNN trained on the same Fashion-MNIST data with DJL
 * (PyTorch 2.7.1 engine) and with PyTorch in Python ({@code lib/bench/dl_bench.py}, Debian's
 * {@code python3-torch} 1.13 run by {@code /usr/bin/python3}). Run it with
 * {@code ./mvnw -Pdl-benchmark -pl lib verify}; it is not part of {@code ./mvnw verify}.
 *
 * <p>Both sides: the committed 10k training subset and the 10k test set, pixels / 255; the same
 * initial weights (DJL initialises, the Python side loads them); the same batch order (one seeded
 * permutation per epoch, written to {@code <out>/orders.bin}); batch 64 with the last batch of 16
 * kept; Adam, learning rate 10⁻³; softmax cross-entropy on logits; the same intra- and inter-op
 * thread count. Each variant first trains a throw-away copy for {@code warmup} batches, then
 * trains {@code epochs} timed epochs; reported: the median epoch wall time, the median epoch CPU
 * time of the process, and the test accuracy after the last epoch.
 *
 * <p>DJL variants, so a shortfall can be attributed:
 * <ul>
 *   <li>{@code fit}: {@link Fit}, what the notebooks run — {@link Trainer}, batches from an
 *       {@link ArrayDataset}, loss and accuracy read back every batch;</li>
 *   <li>{@code trainer}: a {@link Trainer} loop fed batches built from Java arrays (one
 *       {@code NDManager.create} per batch), loss read back every batch;</li>
 *   <li>{@code raw}: the same loop without a Trainer — {@code block.forward}, a gradient collector,
 *       {@code ParameterStore.updateAllParameters()} (the optimizer step Trainer.step runs); this is
 *       the loop the Python side runs;</li>
 *   <li>{@code pipeline}: iterating the {@link ArrayDataset} of {@code fit} without training
 *       (cost of DJL's batching alone).</li>
 * </ul>
 *
 * <p>Each thread count runs in its own JVM (libtorch reads its thread count once). Arguments
 * ({@code --name value}): {@code readme}, {@code out}, {@code script}, {@code python},
 * {@code threads} (comma separated, default 1), {@code epochs} (3), {@code warmup} (157 batches = one epoch; at most one epoch),
 * {@code models} (mlp,cnn), {@code variants} (fit,trainer,raw,pipeline).
 */
public final class DlBenchmark {

    static final ReadmeBlock BLOCK = new ReadmeBlock("dl-benchmark");
    static final int BATCH = 64;
    static final long SEED = 42;
    static final double LR = 1e-3;
    /**
     * The week-7 networks (notebooks/week07-cnn.ipynb): CNN = two 3x3 convolutions (padding 1) with
     * these filter counts, each followed by ReLU and 2x2 max pooling, then one fully connected
     * layer to the 10 classes; MLP = 784-{@link #MLP_HIDDEN}-10 with ReLU. dl_bench.py builds the same.
     */
    static final int[] CNN_FILTERS = {16, 32};
    /** Hidden units of the week-7 MLP. */
    static final int MLP_HIDDEN = 128;

    private DlBenchmark() {
    }

    /**
     * Runs the benchmark (driver), or one JVM's share of it ({@code --worker}).
     *
     * @param args {@code --name value} pairs, see the class comment
     * @throws Exception when data, the Python side or the README fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (opt.containsKey("worker")) {
            worker(opt);
        } else {
            driver(opt);
        }
    }

    // ------------------------------------------------------------------ driver

    record Row(int threads, String model, String variant, double wall, double cpu, double thread, double acc) {
    }

    private static void driver(Map<String, String> opt) throws Exception {
        Path out = Path.of(opt.getOrDefault("out", "target/bench"));
        Files.createDirectories(out);
        int epochs = Integer.parseInt(opt.getOrDefault("epochs", "3"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "157"));
        String models = opt.getOrDefault("models", "mlp,cnn");
        String variants = opt.getOrDefault("variants", "fit,trainer,raw,direct,pipeline,phases");
        int n = ImageDatasets.fashionMnist(ImageDatasets.Split.TRAIN).size();
        writeOrders(out.resolve("orders.bin"), n, epochs);
        List<Row> rows = new ArrayList<>();
        Map<String, String[]> profile = new LinkedHashMap<>();
        String torchVersion = "?";
        String engine = "?";
        for (String t : opt.getOrDefault("threads", "1").split(",")) {
            int threads = Integer.parseInt(t.trim());
            List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-Xmx2g",
                    "-D" + Djl.THREADS + "=" + threads, "-D" + Djl.INTEROP_THREADS + "=" + threads,
                    "-cp", System.getProperty("java.class.path"), DlBenchmark.class.getName(),
                    "--worker", "true", "--out", out.toString(), "--epochs", Integer.toString(epochs),
                    "--warmup", Integer.toString(warmup), "--models", models, "--variants", variants));
            for (String line : run(java, threads, "the DJL worker failed")) {
                String[] f = line.split("\t");
                if (f.length >= 2 && f[0].equals("engine")) {
                    engine = f[1].replace(" (offline)", ""); // the worker's engine, e.g. "PyTorch 2.7.1"
                }
                extra(line, threads, profile);
                if (f.length == 7 && f[0].equals("result")) {
                    rows.add(new Row(threads, f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                            Double.parseDouble(f[5]), Double.parseDouble(f[6])));
                }
            }
            List<String> py = List.of(opt.getOrDefault("python", "/usr/bin/python3"),
                    opt.getOrDefault("script", "bench/dl_bench.py"), "--data", DataDir.locate().toString(),
                    "--out", out.toString(), "--threads", Integer.toString(threads), "--epochs", Integer.toString(epochs),
                    "--warmup", Integer.toString(warmup), "--models", models,
                    "--phases", Boolean.toString(List.of(variants.split(",")).contains("phases")));
            for (String line : run(py, threads, "the Python side failed; it needs Debian's python3-torch: "
                    + "apt-get install -y python3-torch")) {
                String[] f = line.split("\t");
                extra(line, threads, profile);
                if (f.length == 7 && f[0].equals("result")) {
                    rows.add(new Row(threads, f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                            Double.parseDouble(f[5]), Double.parseDouble(f[6])));
                } else if (f.length == 2 && f[0].equals("version")) {
                    torchVersion = f[1];
                }
            }
        }
        String table = table(rows, epochs, warmup, engine, torchVersion,
                Versions.python(opt.getOrDefault("python", "/usr/bin/python3"))) + profileTable(profile, epochs);
        System.out.println(table);
        Files.writeString(out.resolve("dl-benchmark.md"), table);
        if (opt.containsKey("readme")) {
            updateReadme(Path.of(opt.get("readme")), table);
        }
    }

    /** One permutation of 0..n-1 per epoch, as little-endian int32, epoch after epoch. */
    static void writeOrders(Path file, int n, int epochs) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(4 * n * epochs).order(ByteOrder.LITTLE_ENDIAN);
        for (int[] order : orders(n, epochs)) {
            for (int i : order) {
                buf.putInt(i);
            }
        }
        Files.write(file, buf.array());
    }

    static int[][] orders(int n, int epochs) {
        int[][] all = new int[epochs][];
        for (int e = 0; e < epochs; e++) {
            List<Integer> order = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(SEED + e));
            all[e] = order.stream().mapToInt(Integer::intValue).toArray();
        }
        return all;
    }

    private static List<String> run(List<String> cmd, int threads, String failure) throws IOException, InterruptedException {
        System.err.println("running " + String.join(" ", cmd.subList(0, Math.min(cmd.size(), 3))) + " ...");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("OMP_NUM_THREADS", Integer.toString(threads));
        pb.environment().put("MKL_NUM_THREADS", Integer.toString(threads));
        pb.environment().put("OPENBLAS_NUM_THREADS", Integer.toString(threads));
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (var reader = p.inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.err.println("  " + line);
                lines.add(line);
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(failure + " (exit " + p.exitValue() + ")");
        }
        return lines;
    }

    private static String table(List<Row> rows, int epochs, int warmup, String engine, String torchVersion,
                                String pythonVersion) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Measured on a %d-core machine shared with other jobs (one run; timings are noisy,"
                        + " the ratio matters more than the seconds), JDK %s, DJL %s + %s vs %s in"
                        + " Python %s (Debian). Fashion-MNIST, 10k train / 10k test, batch %d, Adam lr 10⁻³, same initial"
                        + " weights and batch order on both sides. Epoch time = median of %d epochs after %d warm-up"
                        + " batches; process CPU = CPU seconds of the whole process per epoch (the JVM's JIT and GC threads included),"
                        + " training-thread CPU = CPU seconds of the thread that trains (where libtorch computes with one"
                        + " intra-op thread); under load the CPU ratios are steadier than the wall-time ratio; accuracy on the 10k test set after %d epochs."
                        + " ratio = DJL / PyTorch (target ≤ 1.2; ✗ marks a miss).%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature(),
                Versions.ofJar(ai.djl.Model.class, "ai.djl", "api").orElse("?"),
                engine, torchVersion, pythonVersion, BATCH, epochs, warmup, epochs));
        s.append("| model | threads | DJL variant | DJL s/epoch | PyTorch s/epoch | ratio | process CPU ratio | training-thread CPU ratio | accuracy DJL | accuracy PyTorch |\n");
        s.append("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|\n");
        Map<String, Row> torch = new LinkedHashMap<>();
        Map<String, Row> pipeline = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.variant().equals("torch")) {
                torch.put(r.model() + "/" + r.threads(), r);
            }
        }
        for (Row r : rows) {
            Row ref = torch.get(r.model() + "/" + r.threads());
            if (r.variant().equals("torch") || ref == null) {
                continue;
            }
            if (r.variant().equals("pipeline")) {
                pipeline.put(r.model() + "/" + r.threads(), r);
                continue;
            }
            double ratio = r.wall() / ref.wall();
            s.append(String.format(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %.2f×%s | %.2f× | %.2f× | %.2f%% | %.2f%% |%n",
                    r.model().toUpperCase(Locale.ROOT), r.threads(), describe(r.variant()), r.wall(), ref.wall(), ratio,
                    ratio <= 1.2 ? "" : " ✗", r.cpu() / ref.cpu(), r.thread() / ref.thread(), r.acc() * 100,
                    ref.acc() * 100));
        }
        if (!pipeline.isEmpty()) {
            s.append("\nDJL's `ArrayDataset` batching alone (no training), s/epoch: ");
            List<String> parts = new ArrayList<>();
            pipeline.forEach((k, r) -> parts.add(String.format(Locale.ROOT, "%s %d thread(s) %.3f",
                    r.model().toUpperCase(Locale.ROOT), r.threads(), r.wall())));
            s.append(String.join(", ", parts)).append(".\n");
        }
        return s.toString();
    }

    /** Collects "phases" and "opcost" lines, keyed threads/model/side. */
    private static void extra(String line, int threads, Map<String, String[]> profile) {
        String[] f = line.split("\t");
        if (f[0].equals("phases") && f.length == 9) {
            profile.put(threads + "/" + f[1] + "/" + f[2], Arrays.copyOfRange(f, 3, 9));
        } else if (f[0].equals("opcost") && f.length == 3) {
            profile.put(threads + "/op/" + f[1], new String[] {f[2]});
        }
    }

    private static String profileTable(Map<String, String[]> profile, int epochs) {
        if (profile.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "\nWhere the time goes: the loop without Trainer (DJL) and the PyTorch loop,"
                + " CPU seconds of the training thread per epoch in each phase (with one intra-op thread libtorch"
                + " computes forward and backward on it; CPU time, so other jobs hardly distort it), the smallest of %d"
                + " epochs after a warm-up epoch (batch = gather the 64 images and make the tensors; read-back ="
                + " loss to a number; step = Adam update of all parameters):\n\n"
                + "| model | threads | side | batch | forward | loss | backward | read-back | step | total |\n"
                + "|---|--:|---|--:|--:|--:|--:|--:|--:|--:|\n", epochs));
        String op = "";
        for (Map.Entry<String, String[]> e : profile.entrySet()) {
            String[] k = e.getKey().split("/");
            String[] v = e.getValue();
            if (k[1].equals("op")) {
                op += String.format(Locale.ROOT, "%s %s thread(s) %s µs; ", k[2].equals("djl") ? "DJL" : "PyTorch", k[0], v[0]);
                continue;
            }
            double total = 0;
            StringBuilder cells = new StringBuilder();
            for (int i : new int[] {0, 1, 2, 3, 5, 4}) {
                double x = Double.parseDouble(v[i]);
                total += x;
                cells.append(String.format(Locale.ROOT, " %.3f |", x));
            }
            String side = switch (k[2]) {
                case "djl" -> "DJL";
                case "djl-direct" -> "DJL, Adam per parameter";
                default -> "PyTorch";
            };
            s.append(String.format(Locale.ROOT, "| %s | %s | %s |%s %.3f |%n", k[1].toUpperCase(Locale.ROOT), k[0], side,
                    cells, total));
        }
        if (!op.isEmpty()) {
            s.append("\nFixed cost of one tiny op (1-element add, training-thread CPU µs, best of 5 × 20,000): ")
                    .append(op.substring(0, op.length() - 2)).append(".\n");
        }
        return s.toString();
    }

    private static String describe(String variant) {
        return switch (variant) {
            case "fit" -> "`roadmap.dl.Fit` (Trainer + ArrayDataset)";
            case "trainer" -> "Trainer loop";
            case "raw" -> "loop without Trainer";
            case "direct" -> "loop without Trainer, Adam per parameter (no gradient copy)";
            default -> variant;
        };
    }


    /**
     * Replaces the text between the dl-benchmark markers of the README, nothing else.
     *
     * @param readme the README file
     * @param block  the new text
     * @throws IOException when the README cannot be read or written
     */
    static void updateReadme(Path readme, String block) throws IOException {
        BLOCK.rewrite(readme, block);
        System.err.println("updated " + readme);
    }

    // ------------------------------------------------------------------ worker (one JVM, one thread count)

    private static void worker(Map<String, String> opt) throws Exception {
        Djl.init();
        Path out = Path.of(opt.get("out"));
        int epochs = Integer.parseInt(opt.get("epochs"));
        int warmup = Integer.parseInt(opt.get("warmup"));
        List<String> variants = List.of(opt.get("variants").split(","));
        ImageSet train = ImageDatasets.fashionMnist(ImageDatasets.Split.TRAIN);
        ImageSet test = ImageDatasets.fashionMnist(ImageDatasets.Split.TEST);
        int[][] orders = orders(train.size(), epochs);
        System.out.println("engine\t" + Djl.describe() + "\tthreads " + System.getProperty(Djl.THREADS));
        for (String name : opt.get("models").split(",")) {
            byte[] init = initialWeights(name, out.resolve("init-" + name + ".bin"));
            for (String variant : variants) {
                double[] r = switch (variant) {
                    case "fit" -> fit(name, init, train, test, orders, warmup);
                    case "trainer" -> loop(name, init, train, test, orders, warmup, true);
                    case "raw" -> loop(name, init, train, test, orders, warmup, false);
                    case "direct" -> loop(name, init, train, test, orders, warmup, null);
                    case "pipeline" -> pipeline(train, orders);
                    case "phases" -> phases(name, init, train, orders, false);
                    default -> throw new IllegalArgumentException("unknown variant " + variant);
                };
                if (variant.equals("phases")) {
                    System.out.printf(Locale.ROOT, "phases\t%s\tdjl\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f%n", name,
                            r[0], r[1], r[2], r[3], r[4], r[5]);
                    r = phases(name, init, train, orders, true);
                    System.out.printf(Locale.ROOT, "phases\t%s\tdjl-direct\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f%n", name,
                            r[0], r[1], r[2], r[3], r[4], r[5]);
                    continue;
                }
                System.out.printf(Locale.ROOT, "result\t%s\t%s\t%.4f\t%.4f\t%.4f\t%.4f%n", name, variant, r[0], r[1],
                        r[3], r[2]);
                System.out.flush();
            }
        }
        if (variants.contains("phases")) {
            System.out.printf(Locale.ROOT, "opcost\tdjl\t%.2f%n", opCost());
        }
    }

    /** Microseconds per call of a tiny op (1-element add, result closed): DJL's fixed cost per op. */
    static double opCost() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.create(new float[] {1f});
            NDArray b = m.create(new float[] {2f});
            double best = Double.MAX_VALUE;
            for (int rep = 0; rep < 5; rep++) {
                long t0 = threadNanos();
                for (int i = 0; i < 20_000; i++) {
                    a.add(b).close();
                }
                best = Math.min(best, (threadNanos() - t0) / 1e3 / 20_000);
            }
            return best;
        }
    }

    /**
     * Variant phases: the loop without Trainer (optimizer step: {@code ParameterStore.updateAllParameters},
     * or with {@code direct} Adam applied to each parameter's gradient in place), one warm-up epoch then one epoch per order, with
     * CPU seconds of the training thread spent building the batch arrays, in forward, loss, backward,
     * optimizer step and loss read-back (CPU time, not wall time: other jobs on the machine inflate
     * wall time, not this); per phase the smallest of the timed epochs.
     */
    private static double[] phases(String name, byte[] init, ImageSet train, int[][] orders, boolean direct) {
        float[][] images = train.images();
        int[] labels = train.labels();
        int pixels = train.height() * train.width();
        Loss loss = Loss.softmaxCrossEntropyLoss();
        double[] t = new double[6];
        try (Model model = model(name, init)) {
            ParameterStore store = new ParameterStore(model.getNDManager(), false);
            store.setParameterServer(new LocalParameterServer(adam()), new Device[] {Device.cpu()});
            Optimizer adam = adam();
            double[] best = new double[6];
            Arrays.fill(best, Double.MAX_VALUE);
            for (int pass = 0; pass <= orders.length; pass++) { // pass 0 = warm-up, then one per order
                Arrays.fill(t, 0);
                int[] order = orders[Math.max(0, pass - 1)];
                float[] x = new float[BATCH * pixels];
                float[] y = new float[BATCH];
                for (int i = 0; i < order.length; i += BATCH) {
                    int n = Math.min(BATCH, order.length - i);
                    long t0 = threadNanos();
                    for (int j = 0; j < n; j++) {
                        System.arraycopy(images[order[i + j]], 0, x, j * pixels, pixels);
                        y[j] = labels[order[i + j]];
                    }
                    try (NDManager bm = model.getNDManager().newSubManager()) {
                        NDArray xa = bm.create(n == BATCH ? x : Arrays.copyOf(x, n * pixels), new Shape(n, 1, 28, 28));
                        NDList labelList = new NDList(bm.create(n == BATCH ? y : Arrays.copyOf(y, n), new Shape(n)));
                        long t1 = threadNanos();
                        long t2;
                        long t3;
                        long t4;
                        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                            NDList preds = model.getBlock().forward(store, new NDList(xa), true);
                            t2 = threadNanos();
                            NDArray l = loss.evaluate(labelList, preds);
                            t3 = threadNanos();
                            gc.backward(l);
                            t4 = threadNanos();
                            l.getFloat();
                        }
                        long t5 = threadNanos();
                        if (direct) {
                            for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
                                NDArray w = p.getValue().getArray();
                                try (NDArray g = w.getGradient()) {
                                    adam.update(p.getValue().getId(), w, g);
                                }
                            }
                        } else {
                            store.updateAllParameters();
                        }
                        long t6 = threadNanos();
                        t[0] += t1 - t0;
                        t[1] += t2 - t1;
                        t[2] += t3 - t2;
                        t[3] += t4 - t3;
                        t[4] += t6 - t5;
                        t[5] += t5 - t4;
                    }
                }
                for (int i = 0; pass > 0 && i < t.length; i++) {
                    best[i] = Math.min(best[i], t[i] / 1e9);
                }
            }
            return best;
        }
    }

    static SequentialBlock build(String name) {
        SequentialBlock net = new SequentialBlock();
        if (name.equals("mlp")) {
            return net.add(Blocks.batchFlattenBlock())
                    .add(Linear.builder().setUnits(MLP_HIDDEN).build()).add(Activation::relu)
                    .add(Linear.builder().setUnits(10).build());
        }
        if (!name.equals("cnn")) {
            throw new IllegalArgumentException("unknown model " + name + " (mlp, cnn)");
        }
        for (int filters : CNN_FILTERS) {
            net.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(filters).build())
                    .add(Activation::relu)
                    .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
        }
        return net.add(Blocks.batchFlattenBlock()).add(Linear.builder().setUnits(10).build());
    }

    /** Initialises the model once, writes its parameters as raw float32 LE (for Python), returns DJL's snapshot. */
    private static byte[] initialWeights(String name, Path raw) throws IOException {
        Djl.seed(SEED);
        try (NDManager m = NDManager.newBaseManager()) {
            Block block = build(name);
            block.initialize(m, DataType.FLOAT32, new Shape(1, 1, 28, 28));
            try (OutputStream os = Files.newOutputStream(raw); DataOutputStream dos = new DataOutputStream(os)) {
                for (Pair<String, Parameter> p : block.getParameters()) {
                    float[] v = p.getValue().getArray().toFloatArray();
                    ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
                    b.asFloatBuffer().put(v);
                    dos.write(b.array());
                }
            }
            return Models.snapshot(block);
        }
    }

    private static Model model(String name, byte[] init) {
        Model model = Model.newInstance(name);
        SequentialBlock block = build(name);
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, 28, 28));
        model.setBlock(block);
        Models.restore(model, init);
        for (Pair<String, Parameter> p : block.getParameters()) {
            // what Trainer.initialize does; Fit skips it for an initialised block
            p.getValue().getArray().setRequiresGradient(p.getValue().requiresGradient());
        }
        return model;
    }

    private static Optimizer adam() {
        return Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) LR)).build();
    }

    /** Batches in the given per-epoch orders (same as the Python side); keeps the last, smaller batch. */
    static final class FixedOrderSampler implements Sampler {
        private final int[][] orders;
        private int epoch;
        private int limit = Integer.MAX_VALUE;

        FixedOrderSampler(int[][] orders) {
            this.orders = orders;
        }

        @Override
        public Iterator<List<Long>> sample(RandomAccessDataset dataset) {
            int[] order = orders[epoch++ % orders.length];
            List<List<Long>> batches = new ArrayList<>();
            for (int i = 0; i < order.length && batches.size() < limit; i += BATCH) {
                List<Long> b = new ArrayList<>();
                for (int j = i; j < Math.min(order.length, i + BATCH); j++) {
                    b.add((long) order[j]);
                }
                batches.add(b);
            }
            return batches.iterator();
        }

        @Override
        public int getBatchSize() {
            return BATCH;
        }
    }

    private static ArrayDataset dataset(NDManager m, ImageSet set, Sampler sampler) {
        return new ArrayDataset.Builder().setData(set.toImagesArray(m)).optLabels(set.toLabelsArray(m))
                .setSampling(sampler).build();
    }

    /** Variant fit: roadmap.dl.Fit, epochs one per call so each epoch is timed alone. */
    private static double[] fit(String name, byte[] init, ImageSet train, ImageSet test, int[][] orders, int warmup) {
        try (NDManager m = NDManager.newBaseManager()) {
            FixedOrderSampler warm = new FixedOrderSampler(orders);
            warm.limit = warmup;
            try (Model model = model(name, init)) {
                Fit.of(model).adam(LR).epochs(1).label("warm-up").run(dataset(m, train, warm));
            }
            ArrayDataset data = dataset(m, train, new FixedOrderSampler(orders));
            double[] wall = new double[orders.length];
            double[] cpu = new double[orders.length];
            try (Model model = model(name, init)) {
                Fit fit = Fit.of(model).adam(LR).epochs(orders.length).label(name + " fit");
                long c0 = cpuNanos();
                long m0 = threadNanos();
                History h = fit.run(data);
                double totalCpu = (cpuNanos() - c0) / 1e9;
                double totalThread = (threadNanos() - m0) / 1e9;
                wall = h.secondsPerEpoch();
                double totalWall = Arrays.stream(wall).sum();
                double[] thread = new double[cpu.length];
                for (int i = 0; i < cpu.length; i++) {
                    cpu[i] = totalCpu * wall[i] / totalWall; // Fit times epochs; CPU apportioned by wall time
                    thread[i] = totalThread * wall[i] / totalWall;
                }
                return new double[] {median(wall), median(cpu), accuracy(model.getBlock(), test), median(thread)};
            }
        }
    }

    /** Variants trainer / raw: batches built from Java arrays; with or without DJL's Trainer. */
    private static double[] loop(String name, byte[] init, ImageSet train, ImageSet test, int[][] orders, int warmup,
                                 Boolean useTrainer) {
        float[][] images = train.images();
        int[] labels = train.labels();
        int pixels = train.height() * train.width();
        try (Model model = model(name, init); Model warm = model(name, init)) {
            runEpoch(warm, useTrainer, images, labels, pixels, orders[0], warmup);
            double[] wall = new double[orders.length];
            double[] cpu = new double[orders.length];
            double[] thread = new double[orders.length];
            Looper looper = new Looper(model, useTrainer);
            try (looper) {
                for (int e = 0; e < orders.length; e++) {
                    long t0 = System.nanoTime();
                    long c0 = cpuNanos();
                    long m0 = threadNanos();
                    double loss = looper.epoch(images, labels, pixels, orders[e], Integer.MAX_VALUE);
                    wall[e] = (System.nanoTime() - t0) / 1e9;
                    cpu[e] = (cpuNanos() - c0) / 1e9;
                    thread[e] = (threadNanos() - m0) / 1e9;
                    System.err.printf(Locale.ROOT, "%s %s epoch %d: %.2f s, CPU %.2f s (training thread %.2f s), loss %.4f%n",
                            name, useTrainer == null ? "direct" : useTrainer ? "trainer" : "raw", e + 1, wall[e], cpu[e],
                            thread[e], loss);
                }
            }
            return new double[] {median(wall), median(cpu), accuracy(model.getBlock(), test), median(thread)};
        }
    }

    private static void runEpoch(Model model, Boolean useTrainer, float[][] images, int[] labels, int pixels,
                                 int[] order, int maxBatches) {
        try (Looper l = new Looper(model, useTrainer)) {
            l.epoch(images, labels, pixels, order, maxBatches);
        }
    }

    /**
     * One training loop: with a Trainer (trainer.forward / step), without (block.forward,
     * ParameterStore.updateAllParameters), or without and with Adam applied to each parameter
     * directly ({@code useTrainer == null}: skips the gradient copy LocalParameterServer makes).
     */
    static final class Looper implements AutoCloseable {
        private final Model model;
        private final Trainer trainer;
        private final ParameterStore store;
        private final Optimizer direct;
        private final Loss loss = Loss.softmaxCrossEntropyLoss();

        Looper(Model model, Boolean useTrainer) {
            this.model = model;
            if (Boolean.TRUE.equals(useTrainer)) {
                trainer = model.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(adam()));
                store = null;
                direct = null;
            } else {
                trainer = null;
                store = new ParameterStore(model.getNDManager(), false);
                direct = useTrainer == null ? adam() : null;
                store.setParameterServer(new LocalParameterServer(adam()), new Device[] {Device.cpu()});
            }
        }

        double epoch(float[][] images, int[] labels, int pixels, int[] order, int maxBatches) {
            double lossSum = 0;
            float[] x = new float[BATCH * pixels];
            float[] y = new float[BATCH];
            int batches = 0;
            for (int i = 0; i < order.length && batches < maxBatches; i += BATCH, batches++) {
                int n = Math.min(BATCH, order.length - i);
                for (int j = 0; j < n; j++) {
                    System.arraycopy(images[order[i + j]], 0, x, j * pixels, pixels);
                    y[j] = labels[order[i + j]];
                }
                try (NDManager bm = model.getNDManager().newSubManager()) {
                    NDArray xa = bm.create(n == BATCH ? x : Arrays.copyOf(x, n * pixels), new Shape(n, 1, 28, 28));
                    NDArray ya = bm.create(n == BATCH ? y : Arrays.copyOf(y, n), new Shape(n));
                    NDList labelList = new NDList(ya);
                    if (trainer != null) {
                        try (GradientCollector gc = trainer.newGradientCollector()) {
                            NDList preds = trainer.forward(new NDList(xa), labelList);
                            NDArray l = loss.evaluate(labelList, preds);
                            gc.backward(l);
                            lossSum += l.getFloat() * n;
                        }
                        trainer.step();
                    } else {
                        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                            NDList preds = model.getBlock().forward(store, new NDList(xa), true);
                            NDArray l = loss.evaluate(labelList, preds);
                            gc.backward(l);
                            lossSum += l.getFloat() * n;
                        }
                        if (direct == null) {
                            store.updateAllParameters();
                        } else {
                            for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
                                NDArray w = p.getValue().getArray();
                                try (NDArray g = w.getGradient()) {
                                    direct.update(p.getValue().getId(), w, g);
                                }
                            }
                        }
                    }
                }
            }
            return lossSum / order.length;
        }

        @Override
        public void close() {
            if (trainer != null) {
                trainer.close();
            }
        }
    }

    /** Variant pipeline: one epoch of ArrayDataset batches, nothing else. */
    private static double[] pipeline(ImageSet train, int[][] orders) throws Exception {
        try (NDManager m = NDManager.newBaseManager(); Model model = Model.newInstance("pipeline")) {
            model.setBlock(build("mlp"));
            ArrayDataset data = dataset(m, train, new FixedOrderSampler(orders));
            try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss()))) {
                double[] wall = new double[orders.length + 1];
                double[] cpu = new double[orders.length + 1];
                for (int e = 0; e <= orders.length; e++) { // first pass = warm-up
                    long t0 = System.nanoTime();
                    long c0 = cpuNanos();
                    for (Batch b : trainer.iterateDataset(data)) {
                        b.close();
                    }
                    wall[e] = (System.nanoTime() - t0) / 1e9;
                    cpu[e] = (cpuNanos() - c0) / 1e9;
                }
                return new double[] {median(Arrays.copyOfRange(wall, 1, wall.length)),
                        median(Arrays.copyOfRange(cpu, 1, cpu.length)), Double.NaN, Double.NaN};
            }
        }
    }

    static double accuracy(Block block, ImageSet test) {
        long correct = 0;
        try (NDManager m = NDManager.newBaseManager()) {
            ParameterStore ps = new ParameterStore(m, false);
            int pixels = test.height() * test.width();
            for (int i = 0; i < test.size(); i += 1000) {
                int n = Math.min(1000, test.size() - i);
                float[] x = new float[n * pixels];
                for (int j = 0; j < n; j++) {
                    System.arraycopy(test.image(i + j), 0, x, j * pixels, pixels);
                }
                try (NDManager bm = m.newSubManager()) {
                    NDArray logits = block.forward(ps, new NDList(bm.create(x, new Shape(n, 1, 28, 28))), false).head();
                    long[] pred = logits.argMax(1).toType(DataType.INT64, false).toLongArray();
                    for (int j = 0; j < n; j++) {
                        if (pred[j] == test.label(i + j)) {
                            correct++;
                        }
                    }
                }
            }
        }
        return (double) correct / test.size();
    }

    /** CPU time of the calling thread: with one intra-op thread libtorch computes on it, forward and backward. */
    private static long threadNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}

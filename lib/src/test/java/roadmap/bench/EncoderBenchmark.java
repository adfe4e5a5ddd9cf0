package roadmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import roadmap.data.Mail;
import roadmap.data.TextDatasets;
import roadmap.dl.Djl;
import roadmap.measure.ReadmeBlock;
import roadmap.measure.Versions;
import roadmap.text.MailCleaner;
import roadmap.text.WordPiece;
import roadmap.transformer.EncoderInput;
import roadmap.transformer.MiniLmEncoder;
import roadmap.transformer.OnnxEncoder;
import roadmap.transformer.OnnxWeights;

/**
 * Encoder inference throughput: all-MiniLM-L6-v2 run by ONNX Runtime and by the DJL rebuild
 * ({@link MiniLmEncoder}) on the same weights and the same batches — batches of 32 SpamAssassin
 * test mails, cleaned, each cut to exactly 128 tokens — timed per batch (tokenisation excluded,
 * mean pooling included), then rewrites the README block {@code encoder-benchmark}.
 *
 * <p>{@code ./mvnw -Pencoder-benchmark -pl lib verify}; options {@code --batches N} (timed batches
 * per engine, default 10), {@code --warmup N} (default 2), {@code --threads N} (intra-op threads of
 * both engines, default 1), {@code --readme FILE}.
 */
public final class EncoderBenchmark {

    static final ReadmeBlock BLOCK = new ReadmeBlock("encoder-benchmark");
    static final int BATCH = 32;
    static final int TOKENS = 128;

    private EncoderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int batches = Integer.parseInt(opt.getOrDefault("batches", "10"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "2"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "1"));
        System.setProperty(Djl.THREADS, String.valueOf(threads));
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();

        WordPiece tokenizer = WordPiece.miniLm();
        List<EncoderInput> inputs = new ArrayList<>();
        List<Mail> mails = TextDatasets.spamAssassin("test");
        List<String> long128 = new ArrayList<>();
        for (Mail m : mails) {
            String t = MailCleaner.clean(m.text());
            if (tokenizer.encode(t, TOKENS).length == TOKENS) {
                long128.add(t);
            }
        }
        for (int b = 0; b < batches + warmup; b++) {
            int from = (b * BATCH) % (long128.size() - BATCH);
            inputs.add(EncoderInput.of(tokenizer, long128.subList(from, from + BATCH), TOKENS, true));
        }
        OnnxWeights weights = OnnxWeights.miniLm();
        double maxDiff = 0;
        double[] onnxRate;
        double[] djlRate;
        double[] onnxCpu;
        double[] djlCpu;
        try (OnnxEncoder onnx = OnnxEncoder.miniLm(threads); MiniLmEncoder djl = MiniLmEncoder.load(weights)) {
            float[][] a = onnx.sentenceEmbeddings(inputs.get(0));
            float[][] d = djl.sentenceEmbeddings(inputs.get(0), BATCH);
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < a[i].length; j++) {
                    maxDiff = Math.max(maxDiff, Math.abs(a[i][j] - d[i][j]));
                }
            }
            double[][] o = time(inputs, warmup, onnx::sentenceEmbeddings);
            double[][] j = time(inputs, warmup, in -> djl.sentenceEmbeddings(in, BATCH));
            onnxRate = o[0];
            onnxCpu = o[1];
            djlRate = j[0];
            djlCpu = j[1];
        }
        double loadAfter = os.getSystemLoadAverage();
        String ortVersion = Versions.ofJar(ai.onnxruntime.OrtEnvironment.class, "com.microsoft.onnxruntime",
                "onnxruntime").orElse("?");
        String text = String.format(Locale.ROOT,
                "Measured on a 2-core machine shared with other jobs, JDK %s, %d intra-op thread(s) per engine: "
                + "all-MiniLM-L6-v2 (6 layers, 384 wide, 22.6 M weights) on batches of %d cleaned SpamAssassin "
                + "test mails cut to exactly %d tokens; %d timed batches after %d warm-up batches; "
                + "tokenisation excluded, mean pooling included. Both engines run the same weights (the DJL "
                + "encoder is rebuilt from the ONNX file's initializers); their sentence embeddings differ by "
                + "at most %.1e on the first batch.%n%n"
                + "| engine | sentences/s (median) | best batch | CPU-s per batch (median) |%n|---|--:|--:|--:|%n"
                + "| ONNX Runtime %s | %.1f | %.1f | %.2f |%n"
                + "| DJL %s + PyTorch %s (`roadmap.transformer.MiniLmEncoder`) | %.1f | %.1f | %.2f |%n%n"
                + "ratio ONNX Runtime / DJL: %.2f× (median throughput). Load average %.1f before, %.1f after.",
                System.getProperty("java.specification.version"), threads, BATCH, TOKENS, batches, warmup, maxDiff,
                ortVersion, median(onnxRate), max(onnxRate), median(onnxCpu),
                Versions.ofJar(ai.djl.Model.class, "ai.djl", "api").orElse("?"), Djl.init().getVersion(), median(djlRate), max(djlRate), median(djlCpu),
                median(onnxRate) / median(djlRate), loadBefore, loadAfter);
        System.out.println(text);
        if (opt.containsKey("readme")) {
            BLOCK.rewrite(Path.of(opt.get("readme")), text);
        }
    }

    private static double[][] time(List<EncoderInput> inputs, int warmup, Function<EncoderInput, float[][]> run) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] rate = new double[inputs.size() - warmup];
        double[] cpuSeconds = new double[rate.length];
        for (int b = 0; b < inputs.size(); b++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            run.apply(inputs.get(b));
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            if (b >= warmup) {
                rate[b - warmup] = BATCH / ((t1 - t0) / 1e9);
                cpuSeconds[b - warmup] = (c1 - c0) / 1e9;
            }
        }
        return new double[][] {rate, cpuSeconds};
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double max(double[] x) {
        return Arrays.stream(x).max().orElse(Double.NaN);
    }
}

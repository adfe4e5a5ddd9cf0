package roadmap.bench;

import roadmap.measure.ReadmeBlock;
import roadmap.measure.Versions;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import roadmap.bench.JavaModels.Candidate;
import roadmap.bench.JavaModels.Fitted;
import roadmap.data.DataDir;
import roadmap.data.Datasets;
import roadmap.data.LabeledData;

/**
 * Classical models in Java (Tribuo, Smile) against scikit-learn and XGBoost in Python, on the same
 * data, the same split and, as far as the libraries allow, the same hyperparameters.
 *
 * <p>Run it with {@code ./mvnw -Pbenchmark -pl lib verify} (never part of {@code ./mvnw verify}).
 * Per dataset it writes a stratified 70/30 split to {@code lib/target/bench/<name>.split}, runs
 * {@code lib/bench/classical_bench.py} with Debian's {@code /usr/bin/python3} (which reads the
 * same CSV file and split), then fits every {@link JavaModels#all() Java model}: {@code warmup}
 * untimed fits, then {@code repeats} timed fits, of which the median is reported. Only the fit is
 * timed; data conversion happens before. Accuracy is the test accuracy averaged over the timed
 * fits (the randomised models get seed = repetition index on both sides).
 *
 * <p>The combined table goes to standard output, to {@code lib/target/bench/classical-benchmark.md}
 * and, replacing only the text between {@code <!-- classical-benchmark:start -->} and
 * {@code <!-- classical-benchmark:end -->}, to the README.
 *
 * <p>Arguments (all optional, {@code --name value}): {@code readme}, {@code out}, {@code python},
 * {@code script}, {@code datasets} (comma separated, default {@code breast_cancer,digits}),
 * {@code warmup} (default 3), {@code repeats} (default 7), {@code threads} (default 1), {@code only} (substring filter on the
 * Java library name, for quick trials; the README is then left alone).
 */
public final class ClassicalBenchmark {

    static final ReadmeBlock BLOCK = new ReadmeBlock("classical-benchmark");

    private static final Map<String, Supplier<LabeledData>> DATASETS = Map.of(
            "breast_cancer", Datasets::breastCancer, "digits", Datasets::digits,
            "wine", Datasets::wine, "iris", Datasets::iris);

    private ClassicalBenchmark() {
    }

    /**
     * Median wall and CPU time of the timed fits, mean accuracy and median predict time.
     *
     * @param fitMs     median fit wall time, ms
     * @param cpuMs     median process CPU time during the fit (all threads), ms
     * @param accuracy  mean test accuracy of the timed fits
     * @param predictMs median time to predict the test set, ms
     * @param version   library and version
     */
    record Result(double fitMs, double cpuMs, double accuracy, double predictMs, String version) {
        double cores() {
            return fitMs > 0 ? cpuMs / fitMs : 0;
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --name value} pairs, see the class comment
     * @throws Exception when a dataset, the Python side or the README fails
     */
    public static void main(String[] args) throws Exception {
        JavaModels.quiet();
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path out = Path.of(opt.getOrDefault("out", "target/bench"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "3"));
        int repeats = Integer.parseInt(opt.getOrDefault("repeats", "7"));
        String only = opt.getOrDefault("only", "");
        JavaModels.threads = Integer.parseInt(opt.getOrDefault("threads", "1"));
        List<String> names = List.of(opt.getOrDefault("datasets", "breast_cancer,digits").split(","));

        Map<String, BenchData> data = new LinkedHashMap<>();
        for (String name : names) {
            LabeledData all = DATASETS.getOrDefault(name, () -> Datasets.table(name)).get();
            int[][] split = BenchData.stratifiedSplit(all.labels(), 0.7, 42);
            BenchData.writeSplit(out.resolve(name + ".split"), split);
            data.put(name, BenchData.prepare(all, split));
        }

        Map<String, Result> python = runPython(opt, out, names, warmup, repeats);

        StringBuilder table = new StringBuilder(header(warmup, repeats, python,
                Versions.python(opt.getOrDefault("python", "/usr/bin/python3"))));
        for (BenchData d : data.values()) {
            table.append(String.format(Locale.ROOT, "%n**%s** (%d features, %d classes; %d train / %d test rows)%n%n",
                    d.name(), d.features(), d.classNames().length, d.yTrain().length, d.yTest().length));
            table.append("| model | ours | reference | fit ours ms | fit ref ms | ratio | accuracy ours | accuracy ref"
                    + " | Δ pp | cores ours / ref |\n|---|---|---|--:|--:|--:|--:|--:|--:|--:|\n");
            List<String> predictRows = new ArrayList<>();
            for (Candidate c : JavaModels.all()) {
                if (!c.library().contains(only)) {
                    continue;
                }
                Result ours = measure(c, d, warmup, repeats);
                Result ref = python.get(d.name() + "/" + c.refKey());
                System.err.printf(Locale.ROOT, "  java %s %s: fit %.1f ms, accuracy %.4f%n",
                        d.name(), c.library(), ours.fitMs(), ours.accuracy());
                table.append(row(c.model(), c.library(), ref.version(), ours.fitMs(), ref.fitMs(),
                        ours.accuracy(), ref.accuracy(), ours.cores(), ref.cores()));
                if (c.refKey().equals("knn")) {
                    predictRows.add(row("k-NN predict (test set)", c.library(), ref.version(), ours.predictMs(),
                            ref.predictMs(), ours.accuracy(), ref.accuracy(), Double.NaN, Double.NaN));
                }
            }
            predictRows.forEach(table::append);
        }

        System.out.println(table);
        Files.writeString(out.resolve("classical-benchmark.md"), table);
        if (only.isEmpty() && opt.containsKey("readme")) {
            updateReadme(Path.of(opt.get("readme")), table.toString());
        }
    }

    /** Warm-up fits, then timed fits; returns the medians and the mean accuracy. */
    static Result measure(Candidate c, BenchData d, int warmup, int repeats) {
        ForkJoinPool pool = new ForkJoinPool(JavaModels.threads); // parallel streams inside fit() run here
        try {
            return pool.submit(() -> measureInPool(c, d, warmup, repeats)).join();
        } finally {
            pool.shutdown();
        }
    }

    private static Result measureInPool(Candidate c, BenchData d, int warmup, int repeats) {
        for (int i = 0; i < warmup; i++) {
            c.fitter().fit(d, i).predictTest(d);
        }
        double[] wall = new double[repeats];
        double[] cpu = new double[repeats];
        double[] predict = new double[repeats];
        double accuracy = 0;
        for (int i = 0; i < repeats; i++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            Fitted model = c.fitter().fit(d, i);
            long t1 = System.nanoTime();
            long c1 = processCpuNanos();
            int[] predicted = model.predictTest(d);
            long t2 = System.nanoTime();
            wall[i] = (t1 - t0) / 1e6;
            cpu[i] = (c1 - c0) / 1e6;
            predict[i] = (t2 - t1) / 1e6;
            int correct = 0;
            for (int r = 0; r < predicted.length; r++) {
                correct += predicted[r] == d.yTest()[r] ? 1 : 0;
            }
            accuracy += (double) correct / predicted.length / repeats;
        }
        return new Result(median(wall), median(cpu), accuracy, median(predict), c.library());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** Runs classical_bench.py and parses its tab-separated lines, keyed "dataset/model". */
    private static Map<String, Result> runPython(Map<String, String> opt, Path out, List<String> names,
                                                 int warmup, int repeats) throws IOException, InterruptedException {
        List<String> cmd = List.of(opt.getOrDefault("python", "/usr/bin/python3"),
                opt.getOrDefault("script", "bench/classical_bench.py"),
                "--data", DataDir.locate().toString(), "--splits", out.toString(),
                "--datasets", String.join(",", names),
                "--warmup", Integer.toString(warmup), "--repeats", Integer.toString(repeats),
                "--threads", Integer.toString(JavaModels.threads));
        System.err.println("running " + String.join(" ", cmd));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("OMP_NUM_THREADS", Integer.toString(JavaModels.threads));
        pb.environment().put("OPENBLAS_NUM_THREADS", Integer.toString(JavaModels.threads));
        Process p = pb.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the Python side failed (exit " + p.exitValue() + "); needs Debian's "
                    + "python3-sklearn and python3-xgboost: apt-get install -y python3-sklearn python3-xgboost");
        }
        Map<String, Result> results = new HashMap<>();
        for (String line : stdout.split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 7) {
                results.put(f[0] + "/" + f[1], new Result(Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6]));
            }
        }
        return results;
    }

    private static String header(int warmup, int repeats, Map<String, Result> python, String pythonVersion) {
        String refs = python.values().stream().map(Result::version).distinct().sorted()
                .reduce((a, b) -> a + ", " + b).orElse("");
        return String.format(Locale.ROOT, "Measured on a %d-core machine shared with other jobs, %d thread(s) per library, JDK %s, Tribuo %s,"
                        + " Smile %s vs %s (Debian, Python %s). Median of %d fits after %d warm-up fits; only"
                        + " fit() is timed. ratio = ours / reference fit time (target ≤ 1.5); Δ pp = accuracy"
                        + " ours − reference in percentage points (target within ±1); cores = CPU time / wall time"
                        + " during the fit.%n", Runtime.getRuntime().availableProcessors(), JavaModels.threads, Runtime.version().feature(),
                Versions.ofJar(org.tribuo.Model.class, "org.tribuo", "tribuo-core").orElse("?"),
                Versions.ofJar(smile.classification.Classifier.class, "com.github.haifengl", "smile-core").orElse("?"),
                refs, pythonVersion, repeats, warmup);
    }

    private static String row(String model, String ours, String ref, double oursMs, double refMs,
                              double oursAcc, double refAcc, double oursCores, double refCores) {
        double ratio = oursMs / refMs;
        double deltaPp = Math.round((oursAcc - refAcc) * 10000) / 100.0 + 0.0; // no "-0.00"
        String cores = Double.isNaN(oursCores) ? "" : String.format(Locale.ROOT, "%.1f / %.1f", oursCores, refCores);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s%s | %.2f%% | %.2f%% | %+.2f%s | %s |%n",
                model, ours, ref, ms(oursMs), ms(refMs), ratio >= 10 ? String.format(Locale.ROOT, "%.0f×", ratio)
                        : String.format(Locale.ROOT, "%.2f×", ratio), ratio <= 1.5 ? "" : " ✗",
                oursAcc * 100, refAcc * 100, deltaPp, Math.abs(deltaPp) <= 1.0 ? "" : " ✗", cores);
    }

    private static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * Replaces the text between the classical-benchmark markers of the README, nothing else.
     *
     * @param readme the README file
     * @param block  the new text
     * @throws IOException when the README cannot be read or written
     */
    static void updateReadme(Path readme, String block) throws IOException {
        BLOCK.rewrite(readme, block);
        System.err.println("updated " + readme);
    }
}

package roadmap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import roadmap.data.Mail;
import roadmap.data.TextDatasets;
import roadmap.measure.ReadmeBlock;
import roadmap.measure.Versions;
import roadmap.text.BagOfWords;
import roadmap.text.MailCleaner;
import roadmap.text.RegexTokenizer;
import roadmap.text.SparseVector;
import roadmap.text.TfIdf;
import roadmap.text.Vocabulary;

/**
 * TF-IDF vectorisation plus a logistic-regression fit on week 9's spam data: {@code roadmap.text}
 * ({@link RegexTokenizer#scikitLearn()}, {@link Vocabulary}, {@link BagOfWords}, {@link TfIdf})
 * and Tribuo against scikit-learn's {@code TfidfVectorizer} and {@code LogisticRegression}
 * ({@code lib/bench/text_bench.py}, Debian's python3-sklearn) on the same cleaned texts.
 *
 * <p>Both sides get the same strings: the training and test mails of the committed split, each
 * passed through {@link MailCleaner#clean} once, before any timing (cleaning is the course's
 * preprocessing, not part of either vectoriser). Timed per repetition: the vectorisation of the
 * training texts (tokenise, build the vocabulary, count, learn the idf, weight and normalise the
 * rows) and the fit (for Tribuo including the conversion of the rows to its examples); the test
 * accuracy is measured after each timed fit, untimed. Settings on both sides: token pattern
 * {@code (?u)\b\w\w+\b}, lower-case, every term kept (min count 1 = min_df 1, so the
 * vocabularies are equal and their sizes are printed to show it), smooth idf, l2 rows.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark -pl lib verify} (after the classical benchmark) or on its
 * own; it rewrites the README block between {@code <!-- text-benchmark:start -->} and
 * {@code <!-- text-benchmark:end -->}. Arguments ({@code --name value}): readme, out, python,
 * script, warmup (default 2), repeats (default 5), epochs (default 15, week 9's full mode).
 */
public final class TextBenchmark {

    static final ReadmeBlock BLOCK = new ReadmeBlock("text-benchmark");

    private TextBenchmark() {
    }

    /** One side's medians: vectorise and fit wall ms and CPU ms; mean test accuracy. */
    record Result(double vectoriseMs, double fitMs, double vectoriseCpuMs, double fitCpuMs, double accuracy,
                  int vocabulary, String version) {
        double totalMs() {
            return vectoriseMs + fitMs;
        }

        double totalCpuMs() {
            return vectoriseCpuMs + fitCpuMs;
        }
    }

    /** A logistic regression on the Java side and the key of its Python counterpart. */
    record Candidate(String ours, String refKey, String ref, Supplier<Trainer<Label>> trainer) {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --name value} pairs, see the class comment
     * @throws Exception when the data, the Python side or the README fails
     */
    public static void main(String[] args) throws Exception {
        JavaModels.quiet();
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path out = Path.of(opt.getOrDefault("out", "target/bench"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "2"));
        int repeats = Integer.parseInt(opt.getOrDefault("repeats", "5"));
        int epochs = Integer.parseInt(opt.getOrDefault("epochs", "15"));
        String python = opt.getOrDefault("python", "/usr/bin/python3");

        List<Mail> trainMails = TextDatasets.spamAssassin("train");
        List<Mail> testMails = TextDatasets.spamAssassin("test");
        List<String> train = cleaned(trainMails);
        List<String> test = cleaned(testMails);
        Files.createDirectories(out);
        Path trainFile = out.resolve("spam_train.tsv");
        Path testFile = out.resolve("spam_test.tsv");
        write(trainFile, trainMails, train);
        write(testFile, testMails, test);

        List<Candidate> candidates = List.of(
                new Candidate("Tribuo LinearSGDTrainer (log loss, AdaGrad η 0.5, " + epochs + " epochs, no penalty; week 9's)",
                        "lbfgs", "LogisticRegression(penalty=None, lbfgs, tol 1e-4, max_iter 100)",
                        () -> new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), epochs, -1, 1, 42L)),
                new Candidate("Tribuo LibLinear L2R_LR (C 1, eps 0.01)", "liblinear",
                        "LogisticRegression(C=1, liblinear, tol 0.01)",
                        () -> new LibLinearClassificationTrainer(
                                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), 1.0, 1000, 0.01)));

        Map<String, Result> reference = runPython(python, opt.getOrDefault("script", "bench/text_bench.py"),
                trainFile, testFile, warmup, repeats);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Measured on a %d-core machine shared with other jobs, JDK %s, Tribuo %s vs %s (Debian, Python %s);"
                        + " %d training / %d test mails (week 9's split, cleaned by `MailCleaner.clean`). Median of %d"
                        + " runs after %d warm-up runs. vectorise = tokenise, vocabulary, counts, idf, weighted l2 rows"
                        + " of the training mails; fit = the classifier's fit (Tribuo: with the conversion of the rows to"
                        + " its examples); wall and CPU ms (CPU = process CPU time, the JVM's JIT and GC threads"
                        + " included; on a loaded machine the CPU times are the steadier ones); ratios = ours / reference"
                        + " for vectorise + fit (target ≤ 1.5, ✗ marks a miss).%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature(),
                Versions.ofJar(org.tribuo.Model.class, "org.tribuo", "tribuo-core").orElse("?"),
                reference.values().iterator().next().version(), Versions.python(python), train.size(), test.size(),
                repeats, warmup));
        table.append("| ours | reference (scikit-learn) | vocabulary ours / ref | vectorise ms ours / ref"
                + " | vectorise CPU ms ours / ref | fit ms ours / ref | fit CPU ms ours / ref | ratio wall | ratio CPU"
                + " | accuracy ours | accuracy ref | Δ pp |\n"
                + "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Candidate c : candidates) {
            Result ours = measure(c, trainMails, train, testMails, test, warmup, repeats);
            Result ref = reference.get(c.refKey());
            System.err.printf(Locale.ROOT, "  java %s: vectorise %.1f ms, fit %.1f ms, accuracy %.4f%n",
                    c.ours(), ours.vectoriseMs(), ours.fitMs(), ours.accuracy());
            double ratio = ours.totalMs() / ref.totalMs();
            double cpuRatio = ours.totalCpuMs() / ref.totalCpuMs();
            double deltaPp = Math.round((ours.accuracy() - ref.accuracy()) * 10000) / 100.0 + 0.0;
            table.append(String.format(Locale.ROOT,
                    "| %s | %s | %,d / %,d | %.0f / %.0f | %.0f / %.0f | %.0f / %.0f | %.0f / %.0f | %.2f×%s | %.2f×%s"
                            + " | %.2f%% | %.2f%% | %+.2f%s |%n",
                    c.ours(), c.ref(), ours.vocabulary(), ref.vocabulary(), ours.vectoriseMs(), ref.vectoriseMs(),
                    ours.vectoriseCpuMs(), ref.vectoriseCpuMs(), ours.fitMs(), ref.fitMs(), ours.fitCpuMs(),
                    ref.fitCpuMs(), ratio, ratio <= 1.5 ? "" : " ✗", cpuRatio, cpuRatio <= 1.5 ? "" : " ✗",
                    ours.accuracy() * 100, ref.accuracy() * 100, deltaPp, Math.abs(deltaPp) <= 1.0 ? "" : " ✗"));
        }
        System.out.println(table);
        Files.writeString(out.resolve("text-benchmark.md"), table);
        if (opt.containsKey("readme")) {
            BLOCK.rewrite(Path.of(opt.get("readme")), table.toString().strip());
            System.err.println("updated " + opt.get("readme"));
        }
    }

    private static List<String> cleaned(List<Mail> mails) {
        List<String> texts = new ArrayList<>(mails.size());
        for (Mail m : mails) {
            texts.add(MailCleaner.clean(m.text()));
        }
        return texts;
    }

    /** label TAB text, with backslash, tab, CR and LF escaped (text_bench.py undoes it). */
    private static void write(Path file, List<Mail> mails, List<String> texts) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < mails.size(); i++) {
            String t = texts.get(i).replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
            sb.append(mails.get(i).label()).append('\t').append(t).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static Result measure(Candidate c, List<Mail> trainMails, List<String> train, List<Mail> testMails,
                                  List<String> test, int warmup, int repeats) {
        double[] vectorise = new double[repeats];
        double[] fit = new double[repeats];
        double[] vectoriseCpu = new double[repeats];
        double[] fitCpu = new double[repeats];
        double accuracy = 0;
        int vocabulary = 0;
        for (int i = -warmup; i < repeats; i++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            RegexTokenizer tokenizer = RegexTokenizer.scikitLearn();
            List<List<String>> tokens = tokenizer.tokenizeAll(train);
            Vocabulary vocab = Vocabulary.build(tokens);
            List<SparseVector> counts = BagOfWords.countsAll(tokens, vocab);
            TfIdf tfidf = TfIdf.fit(counts);
            List<SparseVector> x = tfidf.transform(counts);
            long t1 = System.nanoTime();
            long c1 = processCpuNanos();
            Model<Label> model = c.trainer().get().train(dataset(x, trainMails, vocab));
            long t2 = System.nanoTime();
            long c2 = processCpuNanos();
            List<SparseVector> testX = tfidf.transform(BagOfWords.countsAll(tokenizer.tokenizeAll(test), vocab));
            int correct = 0;
            for (int r = 0; r < testX.size(); r++) {
                String predicted = testX.get(r).nonZeros() == 0 ? "ham"
                        : model.predict(example(testX.get(r), vocab, "?")).getOutput().getLabel();
                correct += predicted.equals(testMails.get(r).label()) ? 1 : 0;
            }
            if (i >= 0) {
                vectorise[i] = (t1 - t0) / 1e6;
                fit[i] = (t2 - t1) / 1e6;
                vectoriseCpu[i] = (c1 - c0) / 1e6;
                fitCpu[i] = (c2 - c1) / 1e6;
                accuracy += (double) correct / testX.size() / repeats;
                vocabulary = vocab.size();
            }
        }
        return new Result(ClassicalBenchmark.median(vectorise), ClassicalBenchmark.median(fit),
                ClassicalBenchmark.median(vectoriseCpu), ClassicalBenchmark.median(fitCpu), accuracy, vocabulary, "");
    }

    private static MutableDataset<Label> dataset(List<SparseVector> rows, List<Mail> mails, Vocabulary vocab) {
        LabelFactory labels = new LabelFactory();
        List<org.tribuo.Example<Label>> examples = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).nonZeros() > 0) {
                examples.add(example(rows.get(i), vocab, mails.get(i).label()));
            }
        }
        return new MutableDataset<>(new ListDataSource<>(examples, labels,
                new SimpleDataSourceProvenance("spam mails", labels)));
    }

    private static ArrayExample<Label> example(SparseVector row, Vocabulary vocab, String label) {
        String[] names = new String[row.nonZeros()];
        double[] values = new double[row.nonZeros()];
        for (int k = 0; k < names.length; k++) {
            names[k] = vocab.term(row.index(k));
            values[k] = row.value(k);
        }
        return new ArrayExample<>(new Label(label), names, values);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Runs text_bench.py; lines: key, vectorise ms, fit ms, their CPU ms, accuracy, vocabulary, version. */
    private static Map<String, Result> runPython(String python, String script, Path train, Path test, int warmup,
                                                 int repeats) throws IOException, InterruptedException {
        List<String> cmd = List.of(python, script, "--train", train.toString(), "--test", test.toString(),
                "--warmup", Integer.toString(warmup), "--repeats", Integer.toString(repeats));
        System.err.println("running " + String.join(" ", cmd));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().put("OPENBLAS_NUM_THREADS", "1");
        Process p = pb.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the Python side failed (exit " + p.exitValue()
                    + "); needs Debian's python3-sklearn: apt-get install -y python3-sklearn");
        }
        Map<String, Result> results = new HashMap<>();
        for (String line : stdout.split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 8) {
                results.put(f[0], new Result(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        Integer.parseInt(f[6]), f[7]));
            }
        }
        if (!results.keySet().containsAll(List.of("lbfgs", "liblinear"))) {
            throw new IllegalStateException("text_bench.py printed " + results.keySet() + ":\n" + stdout);
        }
        return results;
    }
}

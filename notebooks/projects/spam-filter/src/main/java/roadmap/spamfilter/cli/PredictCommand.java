package roadmap.spamfilter.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import roadmap.spamfilter.model.Prediction;
import roadmap.spamfilter.model.SpamModel;

/** {@code predict}: labels texts given as arguments, as files, or on stdin. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Label texts: prints label, spam probability and the source of each, tab-separated.")
final class PredictCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "a model file from train")
    private Path model;

    @Option(names = "--file", paramLabel = "FILE", description = "a file holding one mail (repeatable)")
    private List<Path> files = new ArrayList<>();

    @Parameters(paramLabel = "TEXT", arity = "0..*",
            description = "texts to label; with no TEXT and no --file, the whole of stdin is one text")
    private List<String> texts = new ArrayList<>();

    @Override
    public Integer call() {
        SpamModel m = SpamModel.load(model);
        PrintWriter out = spec.commandLine().getOut();
        int n = 0;
        for (String t : texts) {
            print(out, m.predict(t), "arg" + (++n));
        }
        for (Path f : files) {
            try {
                print(out, m.predict(Files.readString(f, StandardCharsets.UTF_8)), f.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        if (texts.isEmpty() && files.isEmpty()) {
            print(out, m.predict(stdin()), "stdin");
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, Prediction p, String source) {
        out.printf(Locale.ROOT, "%s\t%.6f\t%s%n", p.label(), p.spamProbability(), source);
    }

    private static String stdin() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int k; (k = in.read(buf)) > 0; ) {
                sb.append(buf, 0, k);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stdin: " + e.getMessage(), e);
        }
    }
}

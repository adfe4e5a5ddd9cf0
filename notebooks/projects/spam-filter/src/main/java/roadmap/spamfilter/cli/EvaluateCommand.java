package roadmap.spamfilter.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import roadmap.spamfilter.config.SpamFilterConfig;
import roadmap.spamfilter.data.MailCorpus;
import roadmap.spamfilter.model.Evaluation;
import roadmap.spamfilter.model.SpamModel;

/** {@code evaluate}: metrics of a saved model on one split of the data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score a saved model on the test (or another) split of its data file.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "a model file from train")
    private Path model;

    @Option(names = "--data", paramLabel = "FILE",
            description = "the mail file; default: the one the model was trained on (from its provenance)")
    private Path data;

    @Option(names = "--split", defaultValue = "test", paramLabel = "SPLIT",
            description = "train, validation or test; default: ${DEFAULT-VALUE}")
    private String split;

    @Option(names = "--log-file", paramLabel = "FILE", defaultValue = "spam-filter.log.jsonl",
            description = "JSON-lines log (appended); default: ${DEFAULT-VALUE}")
    private Path logFile;

    @Override
    public Integer call() {
        LogSetup.configure(logFile, false);
        Logger log = LoggerFactory.getLogger(EvaluateCommand.class);
        SpamModel m = SpamModel.load(model);
        SpamFilterConfig cfg = SpamFilterConfig.fromMap(m.provenance().config(), model + " (provenance)");
        Path file = data != null ? data : cfg.dataFile();
        MailCorpus corpus = MailCorpus.load(file, "");
        RunStart.log(log, "evaluate", cfg, corpus);
        if (!corpus.sha256().equals(m.provenance().dataSha256())) {
            log.warn("{} is not the file the model was trained on (SHA-256 {} vs {})", file, corpus.sha256(),
                    m.provenance().dataSha256());
        }
        Evaluation e = Evaluation.of(m, corpus.split(split));
        log.atInfo().addKeyValue("split", split).addKeyValue("metrics", e.asMap()).log("evaluated on {} {} mails",
                e.mails(), split);
        Report.metrics(spec.commandLine().getOut(), split, e, m.threshold());
        return 0;
    }
}

package roadmap.spamfilter.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
import roadmap.spamfilter.model.SpamTrainer;

/** {@code train}: reads the configuration and data, trains, saves the model, reports validation metrics. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model from a configuration file and save it with its provenance.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "a .properties file (keys: see the README); default: the built-in settings")
    private Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "override one configuration key (repeatable), e.g. --set train.seed=7")
    private Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "where to write the model")
    private Path model;

    @Option(names = "--portable", paramLabel = "FILE",
            description = "also write the vocabulary, idf and weights as plain JSON for other languages")
    private Path portable;

    @Option(names = "--log-file", paramLabel = "FILE", defaultValue = "spam-filter.log.jsonl",
            description = "JSON-lines log (appended); default: ${DEFAULT-VALUE}")
    private Path logFile;

    @Option(names = {"-v", "--verbose"}, description = "debug logging")
    private boolean verbose;

    @Override
    public Integer call() {
        LogSetup.configure(logFile, verbose);
        Logger log = LoggerFactory.getLogger(TrainCommand.class);
        SpamFilterConfig cfg = config == null ? SpamFilterConfig.defaultConfig() : SpamFilterConfig.load(config);
        if (!overrides.isEmpty()) {
            cfg = SpamFilterConfig.fromMap(merged(cfg, overrides), config == null ? "--set" : config + " + --set");
        }
        MailCorpus corpus = MailCorpus.load(cfg.dataFile(), cfg.dataSha256());
        RunStart.log(log, "train", cfg, corpus);
        SpamModel m = SpamTrainer.train(cfg, corpus);
        m.save(model);
        log.info("model written to {} ({} terms)", model, m.features().terms().size());
        if (portable != null) {
            m.exportPortable(portable);
            log.info("portable model written to {}", portable);
        }
        Evaluation val = Evaluation.of(m, corpus.split("validation"));
        Report.metrics(spec.commandLine().getOut(), "validation", val, m.threshold());
        return 0;
    }

    private static Map<String, String> merged(SpamFilterConfig base, Map<String, String> overrides) {
        Map<String, String> m = new LinkedHashMap<>(base.asMap());
        m.putAll(overrides);   // an unknown key is reported by fromMap
        return m;
    }
}

package roadmap.spamfilter.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import roadmap.data.Mail;
import roadmap.spamfilter.config.SpamFilterConfig;
import roadmap.spamfilter.data.MailCorpus;
import roadmap.spamfilter.model.SpamModel;
import roadmap.spamfilter.model.SpamTrainer;

/** The model the server tests serve (trained once on 400 mails) and real mails to send it. */
final class TestModels {
    static final Path DATA = Path.of(System.getProperty("spamfilter.data", "notebooks/data/spam-assassin.jsonl.gz"));
    private static MailCorpus corpus;
    private static SpamModel model;

    private TestModels() {
    }

    static synchronized SpamModel model() {
        if (model == null) {
            SpamFilterConfig config = SpamFilterConfig.defaultConfig()
                    .with(Map.of("data.file", DATA.toString(), "data.trainLimit", "400"));
            model = SpamTrainer.train(config, corpus());
        }
        return model;
    }

    /** @param n how many @return test-split mails (raw, headers included) in a fixed shuffled order, cycled */
    static List<String> texts(int n) {
        List<Mail> test = new ArrayList<>(corpus().split("test"));
        Collections.shuffle(test, new Random(7));
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            texts.add(test.get(i % test.size()).text());
        }
        return texts;
    }

    private static synchronized MailCorpus corpus() {
        if (corpus == null) {
            corpus = MailCorpus.load(DATA, "");
        }
        return corpus;
    }
}

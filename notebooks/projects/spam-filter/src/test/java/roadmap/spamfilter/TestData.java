package roadmap.spamfilter;

import java.nio.file.Path;
import java.util.Map;
import roadmap.spamfilter.config.SpamFilterConfig;
import roadmap.spamfilter.data.MailCorpus;
import roadmap.spamfilter.model.SpamModel;
import roadmap.spamfilter.model.SpamTrainer;

/** The course's mail corpus and one small model, shared by the tests (loaded and trained once). */
public final class TestData {

    /** The data file: system property spamfilter.data (set by the build), else the repository's. */
    public static final Path DATA = Path.of(System.getProperty("spamfilter.data",
            "notebooks/data/spam-assassin.jsonl.gz"));

    /** Training mails of the small model: enough for a real filter, quick to train. */
    public static final int TRAIN_LIMIT = 400;

    private static MailCorpus corpus;
    private static SpamModel model;

    private TestData() {
    }

    /** @return the default configuration on {@link #DATA}, trained on {@link #TRAIN_LIMIT} mails */
    public static SpamFilterConfig smallConfig() {
        return SpamFilterConfig.defaultConfig().with(Map.of("data.file", DATA.toString(),
                "data.trainLimit", Integer.toString(TRAIN_LIMIT)));
    }

    /** @return the corpus */
    public static synchronized MailCorpus corpus() {
        if (corpus == null) {
            corpus = MailCorpus.load(DATA, "");
        }
        return corpus;
    }

    /** @return the small model */
    public static synchronized SpamModel model() {
        if (model == null) {
            model = SpamTrainer.train(smallConfig(), corpus());
        }
        return model;
    }
}

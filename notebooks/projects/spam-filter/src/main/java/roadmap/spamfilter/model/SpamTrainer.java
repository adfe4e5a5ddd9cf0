package roadmap.spamfilter.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import roadmap.data.Mail;
import roadmap.metrics.Confusion;
import roadmap.metrics.Thresholds;
import roadmap.spamfilter.config.SpamFilterConfig;
import roadmap.spamfilter.data.MailCorpus;
import roadmap.spamfilter.features.TextFeatures;
import roadmap.text.SparseVector;

/**
 * Trains a {@link SpamModel} as week 9 did: TF-IDF rows of the training mails, logistic
 * regression by SGD with AdaGrad (Tribuo's {@code LinearSGDTrainer}, log loss, one mail per
 * step, seeded shuffling), then the decision threshold on the validation mails. The same
 * configuration and data give the same model, bit for bit.
 */
public final class SpamTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(SpamTrainer.class);
    /** Tribuo reports through java.util.logging; its INFO lines are noise on a command line. */
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    static {
        TRIBUO_LOG.setLevel(Level.WARNING);
    }

    /** The seed of the training sample when data.trainLimit is set (independent of train.seed). */
    static final long SAMPLE_SEED = 20_02;

    private SpamTrainer() {
    }

    /**
     * @param config the settings
     * @param corpus the mails with their splits
     * @return the trained model, its provenance filled in (git commit of the working directory)
     */
    public static SpamModel train(SpamFilterConfig config, MailCorpus corpus) {
        return fit(config, corpus).model();
    }

    /** The model and the Tribuo model its weights were read from (for tests that compare the two). */
    record Fitted(SpamModel model, LinearSGDModel tribuo) {
    }

    /**
     * The mails a model is trained on: the train split, or with {@code data.trainLimit = N} a
     * fixed random sample of N of them (the same N mails whatever {@code train.seed} is).
     *
     * @param config the settings
     * @param corpus the mails
     * @return the training mails
     */
    public static List<Mail> trainingMails(SpamFilterConfig config, MailCorpus corpus) {
        List<Mail> train = corpus.split("train");
        if (config.trainLimit() > 0 && config.trainLimit() < train.size()) {
            // a fixed sample: the file lists ham before spam, so its first N mails would be all ham
            List<Mail> shuffled = new ArrayList<>(train);
            Collections.shuffle(shuffled, new Random(SAMPLE_SEED));
            train = shuffled.subList(0, config.trainLimit());
        }
        return train;
    }

    static Fitted fit(SpamFilterConfig config, MailCorpus corpus) {
        List<Mail> train = trainingMails(config, corpus);
        List<String> texts = new ArrayList<>(train.size());
        train.forEach(m -> texts.add(m.text()));
        List<List<String>> tokens = TextFeatures.tokenizeAll(texts, config);
        TextFeatures features = TextFeatures.fitTokens(tokens, config);
        LOG.info("vocabulary: {} terms from {} training mails", features.terms().size(), train.size());

        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("spam-filter training mails", labels), labels);
        long spam = 0;
        int empty = 0;
        List<String> terms = features.terms();
        for (int i = 0; i < train.size(); i++) {
            Mail m = train.get(i);
            spam += m.isSpam() ? 1 : 0;
            SparseVector x = features.transformTokens(tokens.get(i));
            if (x.nonZeros() == 0) {
                empty++;
                continue;
            }
            String[] names = new String[x.nonZeros()];
            double[] values = new double[x.nonZeros()];
            for (int k = 0; k < x.nonZeros(); k++) {
                names[k] = terms.get(x.index(k));
                values[k] = x.value(k);
            }
            data.add(new ArrayExample<>(new Label(m.label()), names, values));
        }
        LOG.info("training: {} mails with a known token ({} without), {} epochs, learning rate {}, seed {}",
                data.size(), empty, config.epochs(), config.learningRate(), config.seed());
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
                new AdaGrad(config.learningRate(), 0.1), config.epochs(), -1, 1, config.seed());
        LinearSGDModel tribuo = (LinearSGDModel) trainer.train(data);

        double[] w = new double[terms.size()];
        double bias = spamMinusHam(tribuo, terms, w);
        double prior = spam / (double) train.size();
        SpamModel draft = new SpamModel(features, w, bias, 0.5, prior, null);
        double threshold = chooseThreshold(draft, corpus.split("validation"), config.maxFalsePositiveRate());
        LOG.info("threshold {} keeps the validation false-positive rate at or below {}", threshold,
                config.maxFalsePositiveRate());
        Provenance provenance = new Provenance(config.dataFile().toString().replace('\\', '/'), corpus.sha256(),
                train.size(), config.asMap(), Provenance.libraryVersions(), Provenance.gitCommit(Path.of("")));
        return new Fitted(new SpamModel(features, w, bias, threshold, prior, provenance), tribuo);
    }

    /**
     * Two-class softmax equals the sigmoid of the logit difference: weights and bias of the
     * spam row minus those of the ham row.
     */
    private static double spamMinusHam(LinearSGDModel model, List<String> terms, double[] w) {
        DenseMatrix m = model.getWeightsCopy();
        ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
        int spam = outputs.getID(new Label("spam"));
        int ham = outputs.getID(new Label("ham"));
        if (spam < 0 || ham < 0) {
            throw new IllegalArgumentException("the training mails must contain both spam and ham");
        }
        ImmutableFeatureMap fmap = model.getFeatureIDMap();
        for (int j = 0; j < terms.size(); j++) {
            int id = fmap.getID(terms.get(j));
            w[j] = id < 0 ? 0 : m.get(spam, id) - m.get(ham, id);
        }
        int biasColumn = m.getDimension2Size() - 1;
        return m.get(spam, biasColumn) - m.get(ham, biasColumn);
    }

    /**
     * The threshold with the highest validation recall among those whose validation false
     * positive rate is at most {@code maxFpr} (the highest such threshold on ties).
     */
    static double chooseThreshold(SpamModel model, List<Mail> validation, double maxFpr) {
        double[] scores = new double[validation.size()];
        int[] y = new int[validation.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.spamProbability(validation.get(i).text());
            y[i] = validation.get(i).isSpam() ? 1 : 0;
        }
        Thresholds.Choice c = Thresholds.maximize(scores, y,
                (Confusion k) -> k.falsePositiveRate() <= maxFpr ? k.recall() : -1);
        return c.value() < 0 ? Math.nextUp(1.0) : c.threshold();
    }
}

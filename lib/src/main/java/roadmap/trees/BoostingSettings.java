package roadmap.trees;

import java.util.Locale;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;

/**
 * Named settings for Tribuo's {@link XGBoostClassificationTrainer}, whose full constructor takes
 * twelve positional arguments. Each method returns a modified copy:
 *
 * <pre>{@code
 * BoostingSettings boost = BoostingSettings.rounds(200).learningRate(0.1).maxDepth(3)
 *         .rowSample(0.8).seed(seed);
 * XGBoostModel<Label> model = boost.trainer().train(dataset);
 * }</pre>
 *
 * <p>Defaults are XGBoost's own (learning rate 0.3, depth 6, no split penalty, minimum child
 * weight 1, all rows and columns per tree, L2 penalty 1, no L1), one thread (reproducible and
 * fair on a shared machine) and a quiet log.
 *
 * @param rounds         boosting rounds, i.e. trees added ({@code num_round})
 * @param learningRate   shrinkage of each tree's contribution ({@code eta})
 * @param minSplitLoss   minimum loss reduction to make a split ({@code gamma})
 * @param maxDepth       maximum depth of each tree ({@code max_depth})
 * @param minChildWeight minimum sum of instance weight (Hessian) in a child
 * @param rowSample      fraction of rows sampled for each tree ({@code subsample})
 * @param columnSample   fraction of features sampled for each tree ({@code colsample_bytree})
 * @param l2             L2 penalty on leaf values ({@code lambda})
 * @param l1             L1 penalty on leaf values ({@code alpha})
 * @param threads        native threads ({@code nthread})
 * @param seed           random seed
 */
public record BoostingSettings(int rounds, double learningRate, double minSplitLoss, int maxDepth,
                               double minChildWeight, double rowSample, double columnSample,
                               double l2, double l1, int threads, long seed) {

    /** Validates the settings. */
    public BoostingSettings {
        boolean ok = rounds >= 1 && learningRate > 0 && minSplitLoss >= 0 && maxDepth >= 1
                && minChildWeight >= 0 && rowSample > 0 && rowSample <= 1 && columnSample > 0
                && columnSample <= 1 && l2 >= 0 && l1 >= 0 && threads >= 1;
        if (!ok) {
            throw new IllegalArgumentException("boosting settings out of range: " + text(rounds,
                    learningRate, maxDepth, rowSample, columnSample) + String.format(Locale.ROOT,
                    ", gamma %s, min child weight %s, lambda %s, alpha %s, threads %d",
                    minSplitLoss, minChildWeight, l2, l1, threads));
        }
    }

    /**
     * @param rounds boosting rounds
     * @return XGBoost's defaults with this many rounds, one thread, seed 0
     */
    public static BoostingSettings rounds(int rounds) {
        return new BoostingSettings(rounds, 0.3, 0, 6, 1, 1, 1, 1, 0, 1, 0);
    }

    /** @param n boosting rounds @return a copy with it */
    public BoostingSettings withRounds(int n) {
        return new BoostingSettings(n, learningRate, minSplitLoss, maxDepth, minChildWeight,
                rowSample, columnSample, l2, l1, threads, seed);
    }

    /** @param eta shrinkage per tree @return a copy with it */
    public BoostingSettings learningRate(double eta) {
        return new BoostingSettings(rounds, eta, minSplitLoss, maxDepth, minChildWeight,
                rowSample, columnSample, l2, l1, threads, seed);
    }

    /** @param gamma minimum loss reduction per split @return a copy with it */
    public BoostingSettings minSplitLoss(double gamma) {
        return new BoostingSettings(rounds, learningRate, gamma, maxDepth, minChildWeight,
                rowSample, columnSample, l2, l1, threads, seed);
    }

    /** @param depth maximum tree depth @return a copy with it */
    public BoostingSettings maxDepth(int depth) {
        return new BoostingSettings(rounds, learningRate, minSplitLoss, depth, minChildWeight,
                rowSample, columnSample, l2, l1, threads, seed);
    }

    /** @param weight minimum child weight @return a copy with it */
    public BoostingSettings minChildWeight(double weight) {
        return new BoostingSettings(rounds, learningRate, minSplitLoss, maxDepth, weight,
                rowSample, columnSample, l2, l1, threads, seed);
    }

    /** @param fraction rows sampled per tree @return a copy with it */
    public BoostingSettings rowSample(double fraction) {
        return new BoostingSettings(rounds, learningRate, minSplitLoss, maxDepth, minChildWeight,
                fraction, columnSample, l2, l1, threads, seed);
    }

    /** @param fraction features sampled per tree @return a copy with it */
    public BoostingSettings columnSample(double fraction) {
        return new BoostingSettings(rounds, learningRate, minSplitLoss, maxDepth, minChildWeight,
                rowSample, fraction, l2, l1, threads, seed);
    }

    /** @param lambda L2 penalty on leaf values @return a copy with it */
    public BoostingSettings l2(double lambda) {
        return new BoostingSettings(rounds, learningRate, minSplitLoss, maxDepth, minChildWeight,
                rowSample, columnSample, lambda, l1, threads, seed);
    }

    /** @param alpha L1 penalty on leaf values @return a copy with it */
    public BoostingSettings l1(double alpha) {
        return new BoostingSettings(rounds, learningRate, minSplitLoss, maxDepth, minChildWeight,
                rowSample, columnSample, l2, alpha, threads, seed);
    }

    /** @param n native threads @return a copy with it */
    public BoostingSettings threads(int n) {
        return new BoostingSettings(rounds, learningRate, minSplitLoss, maxDepth, minChildWeight,
                rowSample, columnSample, l2, l1, n, seed);
    }

    /** @param s random seed @return a copy with it */
    public BoostingSettings seed(long s) {
        return new BoostingSettings(rounds, learningRate, minSplitLoss, maxDepth, minChildWeight,
                rowSample, columnSample, l2, l1, threads, s);
    }

    /**
     * @return Tribuo's XGBoost classification trainer with these settings (gradient-boosted
     *         trees, quiet)
     */
    public XGBoostClassificationTrainer trainer() {
        return new XGBoostClassificationTrainer(rounds, learningRate, minSplitLoss, maxDepth,
                minChildWeight, rowSample, columnSample, l2, l1, threads, true, seed);
    }

    @Override
    public String toString() {
        return text(rounds, learningRate, maxDepth, rowSample, columnSample);
    }

    private static String text(int rounds, double eta, int depth, double rows, double cols) {
        return String.format(Locale.ROOT, "%d rounds, learning rate %s, depth %d, row sample %s,"
                + " column sample %s", rounds, eta, depth, rows, cols);
    }
}

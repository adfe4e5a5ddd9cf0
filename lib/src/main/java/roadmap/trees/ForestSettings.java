package roadmap.trees;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.LongStream;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;

/**
 * Named settings for Smile's {@link RandomForest}, whose full {@code fit} takes eleven positional
 * arguments. Each method returns a modified copy, so a base setting can be shared:
 *
 * <pre>{@code
 * ForestSettings forest = ForestSettings.trees(300).featuresPerSplit(5).maxLeaves(100).seed(seed);
 * RandomForest model = forest.fit(Formula.lhs("class"), train);
 * }</pre>
 *
 * <p>Defaults: Gini splits, at most 20 levels, at most 100 leaves, leaves of at least 1 row,
 * bootstrap samples as large as the data (sample fraction 1.0, drawn with replacement), all
 * classes weighted equally, {@code featuresPerSplit = 0} meaning Smile's default
 * {@code floor(sqrt(d))}. Tree {@code t} is grown with seed {@code seed + t}, so a forest of
 * 10 trees is the first 10 trees of a forest of 300 with the same seed.
 *
 * @param trees            number of trees
 * @param featuresPerSplit features tried at each split (0: floor(sqrt(d)))
 * @param rule             split criterion
 * @param maxDepth         maximum depth of a tree
 * @param maxLeaves        maximum number of leaves of a tree
 * @param minLeafSize      minimum rows in a leaf
 * @param sampleFraction   bootstrap sample size as a fraction of the rows (1.0: with
 *                         replacement; below 1: without)
 * @param seed             seed of the first tree
 */
public record ForestSettings(int trees, int featuresPerSplit, SplitRule rule, int maxDepth,
                             int maxLeaves, int minLeafSize, double sampleFraction, long seed) {

    /** Validates the settings. */
    public ForestSettings {
        if (trees < 1 || featuresPerSplit < 0 || maxDepth < 1 || maxLeaves < 2 || minLeafSize < 1) {
            throw new IllegalArgumentException("forest settings out of range: " + describe(trees,
                    featuresPerSplit, maxDepth, maxLeaves, minLeafSize, sampleFraction));
        }
        if (!(sampleFraction > 0 && sampleFraction <= 1) || rule == null) {
            throw new IllegalArgumentException("sample fraction must be in (0, 1] and a rule given");
        }
    }

    /**
     * @param trees number of trees
     * @return the default settings with this many trees and seed 0
     */
    public static ForestSettings trees(int trees) {
        return new ForestSettings(trees, 0, SplitRule.GINI, 20, 100, 1, 1.0, 0);
    }

    /** @param n number of trees @return a copy with it */
    public ForestSettings withTrees(int n) {
        return new ForestSettings(n, featuresPerSplit, rule, maxDepth, maxLeaves, minLeafSize, sampleFraction, seed);
    }

    /** @param m features tried per split (0: floor(sqrt(d))) @return a copy with it */
    public ForestSettings featuresPerSplit(int m) {
        return new ForestSettings(trees, m, rule, maxDepth, maxLeaves, minLeafSize, sampleFraction, seed);
    }

    /** @param r split criterion @return a copy with it */
    public ForestSettings rule(SplitRule r) {
        return new ForestSettings(trees, featuresPerSplit, r, maxDepth, maxLeaves, minLeafSize, sampleFraction, seed);
    }

    /** @param depth maximum tree depth @return a copy with it */
    public ForestSettings maxDepth(int depth) {
        return new ForestSettings(trees, featuresPerSplit, rule, depth, maxLeaves, minLeafSize, sampleFraction, seed);
    }

    /** @param leaves maximum leaves per tree @return a copy with it */
    public ForestSettings maxLeaves(int leaves) {
        return new ForestSettings(trees, featuresPerSplit, rule, maxDepth, leaves, minLeafSize, sampleFraction, seed);
    }

    /** @param rows minimum rows per leaf @return a copy with it */
    public ForestSettings minLeafSize(int rows) {
        return new ForestSettings(trees, featuresPerSplit, rule, maxDepth, maxLeaves, rows, sampleFraction, seed);
    }

    /** @param fraction bootstrap sample fraction @return a copy with it */
    public ForestSettings sampleFraction(double fraction) {
        return new ForestSettings(trees, featuresPerSplit, rule, maxDepth, maxLeaves, minLeafSize, fraction, seed);
    }

    /** @param s seed of the first tree @return a copy with it */
    public ForestSettings seed(long s) {
        return new ForestSettings(trees, featuresPerSplit, rule, maxDepth, maxLeaves, minLeafSize, sampleFraction, s);
    }

    /**
     * Grows the forest.
     *
     * @param formula the response, e.g. {@code Formula.lhs("class")}
     * @param data    training data with integer class labels 0..k-1 in the response column
     * @return the trained forest
     */
    public RandomForest fit(Formula formula, DataFrame data) {
        int classes = Arrays.stream(formula.y(data).toIntArray()).max().orElse(0) + 1;
        int[] equalWeights = new int[Math.max(classes, 2)];
        Arrays.fill(equalWeights, 1);
        return RandomForest.fit(formula, data, trees, featuresPerSplit, rule, maxDepth, maxLeaves,
                minLeafSize, sampleFraction, equalWeights, LongStream.range(seed, seed + trees));
    }

    @Override
    public String toString() {
        return describe(trees, featuresPerSplit, maxDepth, maxLeaves, minLeafSize, sampleFraction)
                + ", " + rule + ", seed " + seed;
    }

    private static String describe(int trees, int m, int depth, int leaves, int leaf, double frac) {
        return String.format(Locale.ROOT, "%d trees, %s features per split, depth <= %d, <= %d leaves,"
                + " leaf >= %d rows, sample %.2f", trees, m == 0 ? "sqrt(d)" : String.valueOf(m),
                depth, leaves, leaf, frac);
    }
}

package roadmap.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Row selections that rebalance a binary training set, and "balanced" class weights. Apply them
 * to training data only: validation and test data must keep the real class ratio, or their
 * metrics describe a world that does not exist.
 *
 * <p>The methods return row indices (use {@code LabeledData.select(indices)}); the result is
 * sorted ascending, so it does not depend on how a trainer orders its input.
 */
public final class Resampling {

    private Resampling() {
    }

    /**
     * Random oversampling: every row once, plus minority rows drawn with replacement until both
     * classes have as many rows as the majority class.
     *
     * @param labels labels, 0 or 1, both classes present
     * @param seed   random seed
     * @return row indices, sorted, of length {@code 2 * majorityCount}
     */
    public static int[] oversample(int[] labels, long seed) {
        int[][] byClass = byClass(labels);
        int[] minority = byClass[0].length <= byClass[1].length ? byClass[0] : byClass[1];
        int[] majority = minority == byClass[0] ? byClass[1] : byClass[0];
        Random rng = new Random(seed);
        int[] out = Arrays.copyOf(majority, 2 * majority.length);
        System.arraycopy(minority, 0, out, majority.length, minority.length);
        for (int k = majority.length + minority.length; k < out.length; k++) {
            out[k] = minority[rng.nextInt(minority.length)];
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * Random undersampling: every minority row and as many majority rows, drawn without
     * replacement.
     *
     * @param labels labels, 0 or 1, both classes present
     * @param seed   random seed
     * @return row indices, sorted, of length {@code 2 * minorityCount}
     */
    public static int[] undersample(int[] labels, long seed) {
        int[][] byClass = byClass(labels);
        int[] minority = byClass[0].length <= byClass[1].length ? byClass[0] : byClass[1];
        int[] majority = (minority == byClass[0] ? byClass[1] : byClass[0]).clone();
        Random rng = new Random(seed);
        for (int i = 0; i < minority.length; i++) { // partial Fisher-Yates shuffle
            int j = i + rng.nextInt(majority.length - i);
            int t = majority[i];
            majority[i] = majority[j];
            majority[j] = t;
        }
        int[] out = Arrays.copyOf(minority, 2 * minority.length);
        System.arraycopy(majority, 0, out, minority.length, minority.length);
        Arrays.sort(out);
        return out;
    }

    /**
     * "Balanced" class weights {@code n / (2 * n_c)} (scikit-learn's
     * {@code class_weight="balanced"}): each class then carries half of the total weight.
     *
     * @param labels labels, 0 or 1, both classes present
     * @return {@code {weight of class 0, weight of class 1}}
     */
    public static double[] balancedWeights(int[] labels) {
        int[][] byClass = byClass(labels);
        double n = labels.length;
        return new double[] {n / (2.0 * byClass[0].length), n / (2.0 * byClass[1].length)};
    }

    private static int[][] byClass(int[] labels) {
        List<Integer> neg = new ArrayList<>();
        List<Integer> pos = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            (Labels.positive(labels[i], i) ? pos : neg).add(i);
        }
        if (neg.isEmpty() || pos.isEmpty()) {
            throw new IllegalArgumentException("resampling needs both classes; found " + pos.size()
                    + " positives and " + neg.size() + " negatives");
        }
        return new int[][] {neg.stream().mapToInt(Integer::intValue).toArray(),
                pos.stream().mapToInt(Integer::intValue).toArray()};
    }
}

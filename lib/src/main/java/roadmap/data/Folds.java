package roadmap.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Stratified k-fold cross-validation: the rows are dealt into {@code k} folds so that every fold
 * keeps the class proportions of the whole; fold {@code i} is the test part of round {@code i}
 * and the other {@code k - 1} folds are its training part. Every row is tested exactly once.
 *
 * <pre>{@code
 * Folds folds = Folds.stratified(data.labels(), 5, seed);
 * for (int i = 0; i < folds.count(); i++) {
 *     LabeledData train = data.select(folds.train(i)), test = data.select(folds.test(i));
 *     ...
 * }
 * }</pre>
 *
 * <p>Rows of each class are shuffled with the seed, then dealt round-robin (continuing from
 * class to class), so fold sizes differ by at most one and each class's count per fold differs
 * by at most one. Index arrays are sorted ascending.
 */
public final class Folds {

    private final int[][] testRows;
    private final int rows;

    private Folds(int[][] testRows, int rows) {
        this.testRows = testRows;
        this.rows = rows;
    }

    /**
     * Deals the rows into {@code k} stratified folds.
     *
     * @param labels class label per row (any non-negative ints)
     * @param k      number of folds, at least 2 and at most the number of rows
     * @param seed   random seed of the shuffle
     * @return the folds
     * @throws IllegalArgumentException if {@code k} is out of range or a label is negative
     */
    public static Folds stratified(int[] labels, int k, long seed) {
        if (labels == null || k < 2 || k > labels.length) {
            throw new IllegalArgumentException("k-fold needs 2 <= k <= rows; got k=" + k + " for "
                    + (labels == null ? 0 : labels.length) + " rows");
        }
        int classes = 0;
        for (int y : labels) {
            if (y < 0) {
                throw new IllegalArgumentException("labels must be non-negative, got " + y);
            }
            classes = Math.max(classes, y + 1);
        }
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byClass.get(labels[i]).add(i);
        }
        Random rng = new Random(seed);
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        int next = 0;
        for (List<Integer> rowsOfClass : byClass) {
            java.util.Collections.shuffle(rowsOfClass, rng);
            for (int row : rowsOfClass) {
                folds.get(next).add(row);
                next = (next + 1) % k;
            }
        }
        int[][] test = new int[k][];
        for (int f = 0; f < k; f++) {
            test[f] = folds.get(f).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return new Folds(test, labels.length);
    }

    /** @return the number of folds k */
    public int count() {
        return testRows.length;
    }

    /**
     * @param fold fold number, 0 to {@code count() - 1}
     * @return the rows tested in this round, sorted
     */
    public int[] test(int fold) {
        return testRows[fold].clone();
    }

    /**
     * @param fold fold number, 0 to {@code count() - 1}
     * @return every row not in {@code test(fold)}, sorted
     */
    public int[] train(int fold) {
        boolean[] held = new boolean[rows];
        for (int r : testRows[fold]) {
            held[r] = true;
        }
        int[] out = new int[rows - testRows[fold].length];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            if (!held[r]) {
                out[n++] = r;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return count() + " stratified folds of sizes " + Arrays.toString(
                Arrays.stream(testRows).mapToInt(f -> f.length).toArray());
    }
}

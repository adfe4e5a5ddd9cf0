package roadmap.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Stratified k-fold cross-validation splits: the rows are dealt into {@code k} folds so that every
 * fold holds (within one row) the same share of each class, in a shuffled order fixed by a seed.
 * Fold {@code f} is the validation set of round {@code f}; the other {@code k − 1} folds are its
 * training set. Every row is validated exactly once.
 *
 * <pre>{@code
 * Folds folds = Folds.stratified(labels, 5, 42);
 * for (int f = 0; f < folds.count(); f++) {
 *     int[] train = folds.train(f), validation = folds.validation(f);
 *     ...
 * }
 * }</pre>
 */
public final class Folds {
    private final int[][] validation;
    private final int rows;

    private Folds(int[][] validation, int rows) {
        this.validation = validation;
        this.rows = rows;
    }

    /**
     * Deals the rows of each class, shuffled with {@code seed}, round-robin into {@code k} folds.
     *
     * @param labels the class of each row (any non-negative integers)
     * @param k      the number of folds, between 2 and the number of rows
     * @param seed   the shuffling seed: the same seed gives the same folds
     * @return the folds
     * @throws IllegalArgumentException when {@code k} is out of range or a label is negative
     */
    public static Folds stratified(int[] labels, int k, long seed) {
        if (k < 2 || k > labels.length) {
            throw new IllegalArgumentException("k-fold cross-validation needs 2 <= k <= " + labels.length
                    + " (the number of rows), got k = " + k);
        }
        int classes = Arrays.stream(labels).max().orElse(0) + 1;
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("label " + labels[i] + " of row " + i + " is negative");
            }
            byClass.get(labels[i]).add(i);
        }
        Random rng = new Random(seed);
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        int next = 0;                                   // continue the deal across classes
        for (List<Integer> rowsOfClass : byClass) {
            Collections.shuffle(rowsOfClass, rng);
            for (int row : rowsOfClass) {
                folds.get(next).add(row);
                next = (next + 1) % k;
            }
        }
        int[][] validation = new int[k][];
        for (int f = 0; f < k; f++) {
            validation[f] = folds.get(f).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return new Folds(validation, labels.length);
    }

    /** @return the number of folds k */
    public int count() {
        return validation.length;
    }

    /**
     * @param fold a fold number in [0, k)
     * @return the rows validated in round {@code fold}, ascending
     */
    public int[] validation(int fold) {
        return validation[fold].clone();
    }

    /**
     * @param fold a fold number in [0, k)
     * @return the rows trained on in round {@code fold} (every row not in that fold), ascending
     */
    public int[] train(int fold) {
        boolean[] held = new boolean[rows];
        for (int row : validation[fold]) {
            held[row] = true;
        }
        int[] train = new int[rows - validation[fold].length];
        int j = 0;
        for (int i = 0; i < rows; i++) {
            if (!held[i]) {
                train[j++] = i;
            }
        }
        return train;
    }

    /**
     * The rows of {@code x} at {@code rows}, in that order (the same arrays, not copies).
     *
     * @param x    the data
     * @param rows row numbers
     * @return the selected rows
     */
    public static double[][] select(double[][] x, int[] rows) {
        return Arrays.stream(rows).mapToObj(i -> x[i]).toArray(double[][]::new);
    }

    /**
     * The labels at {@code rows}, in that order.
     *
     * @param y    the labels
     * @param rows row numbers
     * @return the selected labels
     */
    public static int[] select(int[] y, int[] rows) {
        return Arrays.stream(rows).map(i -> y[i]).toArray();
    }
}

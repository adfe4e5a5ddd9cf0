package roadmap.recsys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Explicit-feedback ratings: a sparse users × items matrix stored as (user, item, value) triples.
 * Users are numbered 0..users−1 and items 0..items−1; a (user, item) pair appears at most once.
 */
public final class Ratings {

    private final int users;
    private final int items;
    private final int[] user;
    private final int[] item;
    private final double[] value;

    private Ratings(int users, int items, int[] user, int[] item, double[] value) {
        this.users = users;
        this.items = items;
        this.user = user;
        this.item = item;
        this.value = value;
    }

    /**
     * Ratings from parallel arrays (copied).
     *
     * @param users the number of users
     * @param items the number of items
     * @param user  the user of each rating
     * @param item  the item of each rating
     * @param value the rating values
     * @return the ratings
     * @throws IllegalArgumentException on mismatched lengths, indices out of range or duplicate pairs
     */
    public static Ratings of(int users, int items, int[] user, int[] item, double[] value) {
        if (users <= 0 || items <= 0) {
            throw new IllegalArgumentException("need at least one user and one item, got " + users + " x " + items);
        }
        if (user.length != item.length || user.length != value.length) {
            throw new IllegalArgumentException("user, item and value arrays differ in length: " + user.length + ", "
                    + item.length + ", " + value.length);
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int k = 0; k < user.length; k++) {
            if (user[k] < 0 || user[k] >= users || item[k] < 0 || item[k] >= items) {
                throw new IllegalArgumentException("rating " + k + " is for (user " + user[k] + ", item " + item[k]
                        + "), outside " + users + " x " + items);
            }
            if (!seen.add((long) user[k] * items + item[k])) {
                throw new IllegalArgumentException("user " + user[k] + " rates item " + item[k] + " twice");
            }
        }
        return new Ratings(users, items, user.clone(), item.clone(), value.clone());
    }

    /**
     * Every entry of a dense matrix as a rating (a fully observed matrix).
     *
     * @param matrix users × items values
     * @return the ratings, row by row
     */
    public static Ratings dense(double[][] matrix) {
        int m = matrix.length;
        int n = matrix[0].length;
        int[] u = new int[m * n];
        int[] i = new int[m * n];
        double[] v = new double[m * n];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                u[r * n + c] = r;
                i[r * n + c] = c;
                v[r * n + c] = matrix[r][c];
            }
        }
        return of(m, n, u, i, v);
    }

    /**
     * The number of users (rows).
     *
     * @return the number of users (rows)
     */
    public int users() {
        return users;
    }

    /**
     * The number of items (columns).
     *
     * @return the number of items (columns)
     */
    public int items() {
        return items;
    }

    /**
     * The number of observed ratings.
     *
     * @return the number of observed ratings
     */
    public int size() {
        return value.length;
    }

    /**
     * The user of rating k.
     *
     * @param k a rating index
     * @return its user
     */
    public int user(int k) {
        return user[k];
    }

    /**
     * The item of rating k.
     *
     * @param k a rating index
     * @return its item
     */
    public int item(int k) {
        return item[k];
    }

    /**
     * The value of rating k.
     *
     * @param k a rating index
     * @return its value
     */
    public double value(int k) {
        return value[k];
    }

    /**
     * All rating values (a copy).
     *
     * @return all rating values (a copy)
     */
    public double[] values() {
        return value.clone();
    }

    /**
     * The mean of all rating values.
     *
     * @return the mean of all rating values
     */
    public double mean() {
        double s = 0;
        for (double v : value) {
            s += v;
        }
        return s / value.length;
    }

    /**
     * For each user, the indices of its ratings.
     *
     * @return for each user, the indices of its ratings
     */
    public int[][] byUser() {
        return group(user, users);
    }

    /**
     * For each item, the indices of its ratings.
     *
     * @return for each item, the indices of its ratings
     */
    public int[][] byItem() {
        return group(item, items);
    }

    /**
     * The number of ratings of each user.
     *
     * @return the number of ratings of each user
     */
    public int[] userCounts() {
        return counts(user, users);
    }

    /**
     * The number of ratings of each item.
     *
     * @return the number of ratings of each item
     */
    public int[] itemCounts() {
        return counts(item, items);
    }

    /**
     * The same (user, item) pairs with new values, e.g. residuals after a baseline.
     *
     * @param newValues one value per rating, in this object's order
     * @return new ratings
     */
    public Ratings withValues(double[] newValues) {
        if (newValues.length != value.length) {
            throw new IllegalArgumentException("expected " + value.length + " values, got " + newValues.length);
        }
        return new Ratings(users, items, user, item, newValues.clone());
    }

    /**
     * A random split of the ratings into training and test sets (same users and items).
     *
     * @param testFraction the fraction of ratings held out, in (0, 1)
     * @param seed         the shuffling seed
     * @return the split
     */
    public Split split(double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        }
        int[] order = new int[value.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Random rng = new Random(seed);
        for (int k = order.length - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = order[k];
            order[k] = order[j];
            order[j] = t;
        }
        int nTest = (int) Math.round(testFraction * value.length);
        int[] test = Arrays.copyOfRange(order, 0, nTest);
        int[] train = Arrays.copyOfRange(order, nTest, order.length);
        Arrays.sort(test);
        Arrays.sort(train);
        return new Split(select(train), select(test));
    }

    /**
     * The ratings at the given indices.
     *
     * @param indices rating indices
     * @return a new Ratings with the same users and items
     */
    public Ratings select(int[] indices) {
        int[] u = new int[indices.length];
        int[] i = new int[indices.length];
        double[] v = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            u[k] = user[indices[k]];
            i[k] = item[indices[k]];
            v[k] = value[indices[k]];
        }
        return new Ratings(users, items, u, i, v);
    }

    /**
     * A training and a test set.
     *
     * @param train the ratings to fit on
     * @param test  the held-out ratings
     */
    public record Split(Ratings train, Ratings test) {
    }

    private static int[][] group(int[] key, int n) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            lists.add(new ArrayList<>());
        }
        for (int k = 0; k < key.length; k++) {
            lists.get(key[k]).add(k);
        }
        int[][] out = new int[n][];
        for (int k = 0; k < n; k++) {
            out[k] = lists.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private static int[] counts(int[] key, int n) {
        int[] c = new int[n];
        for (int k : key) {
            c[k]++;
        }
        return c;
    }

    @Override
    public String toString() {
        return String.format("%d ratings of %d users x %d items (density %.2f%%)", value.length, users, items,
                100.0 * value.length / ((double) users * items));
    }
}

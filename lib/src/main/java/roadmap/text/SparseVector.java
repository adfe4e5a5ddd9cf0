package roadmap.text;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable sparse vector of doubles: the non-zero entries of one row of a document-term
 * matrix, indices strictly increasing.
 */
public final class SparseVector {

    private final int dimension;
    private final int[] indices;
    private final double[] values;

    /**
     * Creates a vector (arrays are copied; zero values are dropped).
     *
     * @param dimension the number of columns
     * @param indices   column indices, strictly increasing, each in {@code [0, dimension)}
     * @param values    the values, one per index
     * @throws IllegalArgumentException when the arrays disagree or an index is out of order or range
     */
    public SparseVector(int dimension, int[] indices, double[] values) {
        if (indices.length != values.length) {
            throw new IllegalArgumentException(indices.length + " indices but " + values.length + " values");
        }
        int kept = 0;
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= dimension || (k > 0 && indices[k] <= indices[k - 1])) {
                throw new IllegalArgumentException("index " + indices[k] + " at position " + k
                        + " is out of range [0, " + dimension + ") or not increasing");
            }
            if (values[k] != 0) {
                kept++;
            }
        }
        this.dimension = dimension;
        this.indices = new int[kept];
        this.values = new double[kept];
        for (int k = 0, j = 0; k < indices.length; k++) {
            if (values[k] != 0) {
                this.indices[j] = indices[k];
                this.values[j++] = values[k];
            }
        }
    }

    /**
     * Builds a vector from column → value pairs.
     *
     * @param dimension the number of columns
     * @param entries   the entries (any order)
     * @return the vector
     */
    public static SparseVector of(int dimension, Map<Integer, Double> entries) {
        TreeMap<Integer, Double> sorted = new TreeMap<>(entries);
        int[] idx = new int[sorted.size()];
        double[] val = new double[sorted.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> e : sorted.entrySet()) {
            idx[k] = e.getKey();
            val[k++] = e.getValue();
        }
        return new SparseVector(dimension, idx, val);
    }

    /** @return the number of columns */
    public int dimension() {
        return dimension;
    }

    /** @return the number of non-zero entries */
    public int nonZeros() {
        return indices.length;
    }

    /**
     * The column index of the k-th non-zero entry.
     *
     * @param k position among the non-zeros
     * @return the column
     */
    public int index(int k) {
        return indices[k];
    }

    /**
     * The value of the k-th non-zero entry.
     *
     * @param k position among the non-zeros
     * @return the value
     */
    public double value(int k) {
        return values[k];
    }

    /**
     * The value in a column (0 when absent).
     *
     * @param column the column
     * @return the value
     */
    public double get(int column) {
        int k = Arrays.binarySearch(indices, column);
        return k >= 0 ? values[k] : 0;
    }

    /** @return the sum of the values */
    public double sum() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** @return the Euclidean (l2) norm */
    public double norm() {
        double s = 0;
        for (double v : values) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /**
     * The dot product with another sparse vector.
     *
     * @param other a vector of the same dimension
     * @return the dot product
     */
    public double dot(SparseVector other) {
        double s = 0;
        for (int a = 0, b = 0; a < indices.length && b < other.indices.length; ) {
            if (indices[a] == other.indices[b]) {
                s += values[a++] * other.values[b++];
            } else if (indices[a] < other.indices[b]) {
                a++;
            } else {
                b++;
            }
        }
        return s;
    }

    /**
     * The dense form.
     *
     * @return a new array of length {@link #dimension()}
     */
    public double[] toDense() {
        double[] d = new double[dimension];
        for (int k = 0; k < indices.length; k++) {
            d[indices[k]] = values[k];
        }
        return d;
    }

    /**
     * This vector scaled by a factor per column.
     *
     * @param weights one weight per column
     * @return a new vector
     */
    public SparseVector times(double[] weights) {
        double[] v = new double[values.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = values[k] * weights[indices[k]];
        }
        return new SparseVector(dimension, indices, v);
    }

    /**
     * This vector with a function applied to each non-zero value (zeros stay zero).
     *
     * @param f the function
     * @return a new vector
     */
    public SparseVector map(DoubleUnaryOperator f) {
        double[] v = new double[values.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = f.applyAsDouble(values[k]);
        }
        return new SparseVector(dimension, indices, v);
    }

    /**
     * This vector divided by its l2 norm; an all-zero vector is returned unchanged.
     *
     * @return a vector of norm 1, or the zero vector
     */
    public SparseVector l2Normalized() {
        double n = norm();
        if (n == 0) {
            return this;
        }
        double[] v = values.clone();
        for (int k = 0; k < v.length; k++) {
            v[k] /= n;
        }
        return new SparseVector(dimension, indices, v);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SparseVector[dim=").append(dimension).append(", {");
        for (int k = 0; k < Math.min(indices.length, 8); k++) {
            sb.append(k == 0 ? "" : ", ").append(indices[k]).append('=').append(values[k]);
        }
        return sb.append(indices.length > 8 ? ", …}]" : "}]").toString();
    }
}

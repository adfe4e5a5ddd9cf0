package roadmap.text;

import java.util.ArrayList;
import java.util.List;

/**
 * TF-IDF weighting of bag-of-words counts: {@code tfidf(d, t) = tf(d, t) * idf(t)}, each row
 * then divided by its l2 norm (optional). The term frequency tf is the count, or with
 * {@code sublinearTf} {@code 1 + ln(count)} (scikit-learn's {@code sublinear_tf=True}; Tribuo's
 * {@code IDFTransformation} computes {@code (1 + ln(count)) * ln(n / df)}, i.e. sublinear tf with
 * {@link Idf#TEXTBOOK} and no norm). The idf is learnt from training rows only
 * ({@link #fit}) and then applied to any rows ({@link #transform}).
 *
 * <p>With n training documents and df(t) of them containing term t:
 * <ul>
 *   <li>{@link Idf#SMOOTH}: {@code ln((1 + n) / (1 + df)) + 1} — scikit-learn's default
 *       ({@code smooth_idf=True}): as if one extra document contained every term once, so no
 *       division by zero;</li>
 *   <li>{@link Idf#RAW}: {@code ln(n / df) + 1} — scikit-learn's {@code smooth_idf=False};</li>
 *   <li>{@link Idf#TEXTBOOK}: {@code ln(n / df)} — a term in every document gets weight 0.</li>
 * </ul>
 * A column whose df is 0 (possible only with a vocabulary not built from these rows) gets idf 0
 * under RAW and TEXTBOOK. A row with no known term stays all zero after normalisation.
 */
public final class TfIdf {

    /** The idf formula. */
    public enum Idf {
        /** {@code ln((1 + n) / (1 + df)) + 1}. */
        SMOOTH,
        /** {@code ln(n / df) + 1}. */
        RAW,
        /** {@code ln(n / df)}. */
        TEXTBOOK
    }

    private final double[] idf;
    private final boolean sublinearTf;
    private final boolean l2;

    private TfIdf(double[] idf, boolean sublinearTf, boolean l2) {
        this.idf = idf;
        this.sublinearTf = sublinearTf;
        this.l2 = l2;
    }

    /**
     * Learns the idf of every column from training rows.
     *
     * @param counts  bag-of-words rows of the training documents (at least one)
     * @param formula which idf
     * @param l2      whether {@link #transform} divides each row by its l2 norm
     * @return the fitted weighting
     * @throws IllegalArgumentException when there are no rows or their dimensions differ
     */
    public static TfIdf fit(List<SparseVector> counts, Idf formula, boolean l2) {
        return fit(counts, formula, false, l2);
    }

    /**
     * Learns the idf of every column from training rows, with a choice of term frequency.
     *
     * @param counts      bag-of-words rows of the training documents (at least one)
     * @param formula     which idf
     * @param sublinearTf whether tf is {@code 1 + ln(count)} instead of the count
     * @param l2          whether {@link #transform} divides each row by its l2 norm
     * @return the fitted weighting
     * @throws IllegalArgumentException when there are no rows or their dimensions differ
     */
    public static TfIdf fit(List<SparseVector> counts, Idf formula, boolean sublinearTf, boolean l2) {
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("TF-IDF needs at least one training document");
        }
        int dim = counts.get(0).dimension();
        int[] df = new int[dim];
        for (SparseVector row : counts) {
            if (row.dimension() != dim) {
                throw new IllegalArgumentException("rows have dimensions " + dim + " and " + row.dimension());
            }
            for (int k = 0; k < row.nonZeros(); k++) {
                df[row.index(k)]++;
            }
        }
        int n = counts.size();
        double[] idf = new double[dim];
        for (int j = 0; j < dim; j++) {
            idf[j] = switch (formula) {
                case SMOOTH -> Math.log((1.0 + n) / (1.0 + df[j])) + 1;
                case RAW -> df[j] == 0 ? 0 : Math.log((double) n / df[j]) + 1;
                case TEXTBOOK -> df[j] == 0 ? 0 : Math.log((double) n / df[j]);
            };
        }
        return new TfIdf(idf, sublinearTf, l2);
    }

    /**
     * scikit-learn's defaults: smooth idf and l2-normalised rows.
     *
     * @param counts bag-of-words rows of the training documents
     * @return the fitted weighting
     */
    public static TfIdf fit(List<SparseVector> counts) {
        return fit(counts, Idf.SMOOTH, true);
    }

    /**
     * Rebuilds a fitted transform from its parts (e.g. read back from a saved model).
     *
     * @param idf         the idf weight of each column (copied)
     * @param sublinearTf whether counts c become 1 + ln c
     * @param l2          whether rows are scaled to unit Euclidean norm
     * @return the transform
     */
    public static TfIdf of(double[] idf, boolean sublinearTf, boolean l2) {
        return new TfIdf(idf.clone(), sublinearTf, l2);
    }

    /** @return whether counts c become 1 + ln c before weighting */
    public boolean sublinearTf() {
        return sublinearTf;
    }

    /** @return whether rows are scaled to unit Euclidean norm */
    public boolean l2() {
        return l2;
    }

    /**
     * The idf of a column.
     *
     * @param column the column
     * @return its weight
     */
    public double idf(int column) {
        return idf[column];
    }

    /** @return a copy of all idf weights */
    public double[] idf() {
        return idf.clone();
    }

    /**
     * Weights one row.
     *
     * @param counts a bag-of-words row of the fitted dimension
     * @return the TF-IDF row (l2-normalised if so fitted)
     * @throws IllegalArgumentException when the dimension differs
     */
    public SparseVector transform(SparseVector counts) {
        if (counts.dimension() != idf.length) {
            throw new IllegalArgumentException("row has dimension " + counts.dimension() + ", fitted on " + idf.length);
        }
        SparseVector tf = sublinearTf ? counts.map(c -> 1 + Math.log(c)) : counts;
        SparseVector w = tf.times(idf);
        return l2 ? w.l2Normalized() : w;
    }

    /**
     * Weights many rows.
     *
     * @param counts bag-of-words rows
     * @return one TF-IDF row each
     */
    public List<SparseVector> transform(List<SparseVector> counts) {
        List<SparseVector> out = new ArrayList<>(counts.size());
        for (SparseVector c : counts) {
            out.add(transform(c));
        }
        return out;
    }
}

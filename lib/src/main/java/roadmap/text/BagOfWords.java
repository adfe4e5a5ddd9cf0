package roadmap.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bag-of-words counts: one sparse row per document, the count of each vocabulary term in that
 * document. Tokens that are not in the vocabulary are ignored (an unseen word has no column).
 */
public final class BagOfWords {

    private BagOfWords() {
    }

    /**
     * The counts of one document.
     *
     * @param tokens     the document's tokens
     * @param vocabulary the columns
     * @return a sparse row of dimension {@code vocabulary.size()} (all zero when no token is known)
     */
    public static SparseVector counts(List<String> tokens, Vocabulary vocabulary) {
        // the known tokens' columns, sorted, then counted run by run (no boxing, no map)
        int[] columns = new int[tokens.size()];
        int known = 0;
        for (String t : tokens) {
            int j = vocabulary.indexOf(t);
            if (j >= 0) {
                columns[known++] = j;
            }
        }
        Arrays.sort(columns, 0, known);
        int distinct = 0;
        for (int k = 0; k < known; k++) {
            if (k == 0 || columns[k] != columns[k - 1]) {
                distinct++;
            }
        }
        int[] indices = new int[distinct];
        double[] values = new double[distinct];
        for (int k = 0, d = -1; k < known; k++) {
            if (k == 0 || columns[k] != columns[k - 1]) {
                indices[++d] = columns[k];
            }
            values[d]++;
        }
        return new SparseVector(vocabulary.size(), indices, values);
    }

    /**
     * The counts of many documents.
     *
     * @param documents  one token list per document
     * @param vocabulary the columns
     * @return one sparse row per document
     */
    public static List<SparseVector> countsAll(List<List<String>> documents, Vocabulary vocabulary) {
        List<SparseVector> out = new ArrayList<>(documents.size());
        for (List<String> d : documents) {
            out.add(counts(d, vocabulary));
        }
        return out;
    }

    /**
     * The fraction of a document's tokens that have no column (out-of-vocabulary rate).
     *
     * @param tokens     the document's tokens
     * @param vocabulary the columns
     * @return a number in [0, 1]; 0 for an empty document
     */
    public static double unknownRate(List<String> tokens, Vocabulary vocabulary) {
        if (tokens.isEmpty()) {
            return 0;
        }
        int unknown = 0;
        for (String t : tokens) {
            if (!vocabulary.contains(t)) {
                unknown++;
            }
        }
        return unknown / (double) tokens.size();
    }
}

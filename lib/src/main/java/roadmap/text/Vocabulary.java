package roadmap.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of terms, each with a column index: terms are kept when they occur at least
 * {@code minCount} times in the corpus, then only the {@code maxSize} most frequent are kept
 * (ties broken alphabetically; scikit-learn's {@code max_features} breaks ties in an order of its
 * own); columns are in
 * alphabetical order, as in scikit-learn's {@code CountVectorizer}. Corpus term counts and
 * document frequencies are remembered.
 */
public final class Vocabulary {

    private final List<String> terms;
    private final Map<String, Integer> index;
    private final long[] counts;
    private final int[] documentFrequencies;
    private final int documents;

    private Vocabulary(List<String> terms, long[] counts, int[] df, int documents) {
        this.terms = Collections.unmodifiableList(terms);
        this.index = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            index.put(terms.get(i), i);
        }
        this.counts = counts;
        this.documentFrequencies = df;
        this.documents = documents;
    }

    /**
     * Builds a vocabulary with every term of the corpus.
     *
     * @param documents one token list per document
     * @return the vocabulary
     */
    public static Vocabulary build(List<List<String>> documents) {
        return build(documents, 1, Integer.MAX_VALUE);
    }

    /**
     * Builds a vocabulary.
     *
     * @param documents one token list per document
     * @param minCount  keep a term only if it occurs at least this often in the whole corpus (&ge; 1)
     * @param maxSize   then keep at most this many, the most frequent (&ge; 1)
     * @return the vocabulary (empty when the corpus has no tokens)
     * @throws IllegalArgumentException when minCount or maxSize is below 1
     */
    public static Vocabulary build(List<List<String>> documents, int minCount, int maxSize) {
        if (minCount < 1 || maxSize < 1) {
            throw new IllegalArgumentException("minCount and maxSize must be >= 1, got " + minCount + ", " + maxSize);
        }
        // term -> {count, document frequency, 1 + index of the last document that counted it};
        // the last-document mark counts each term once per document without a set per document
        Map<String, long[]> stats = new HashMap<>();
        long docNumber = 0;
        for (List<String> doc : documents) {
            docNumber++;
            for (String t : doc) {
                long[] s = stats.get(t);
                if (s == null) {
                    s = new long[3];
                    stats.put(t, s);
                }
                s[0]++;
                if (s[2] != docNumber) {
                    s[2] = docNumber;
                    s[1]++;
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, long[]> e : stats.entrySet()) {
            if (e.getValue()[0] >= minCount) {
                kept.add(e.getKey());
            }
        }
        if (kept.size() > maxSize) {
            kept.sort((a, b) -> {
                int c = Long.compare(stats.get(b)[0], stats.get(a)[0]);
                return c != 0 ? c : a.compareTo(b);
            });
            kept = new ArrayList<>(kept.subList(0, maxSize));
        }
        Collections.sort(kept);
        long[] counts = new long[kept.size()];
        int[] df = new int[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            counts[i] = stats.get(kept.get(i))[0];
            df[i] = (int) stats.get(kept.get(i))[1];
        }
        return new Vocabulary(kept, counts, df, documents.size());
    }

    /**
     * Rebuilds a vocabulary from its terms alone (e.g. read back from a saved model): the column
     * of each term is its position; the training statistics are not known, so {@link #count},
     * {@link #documentFrequency} and {@link #documents} return 0.
     *
     * @param terms distinct terms in column order
     * @return the vocabulary
     * @throws IllegalArgumentException if a term is null or repeated
     */
    public static Vocabulary of(List<String> terms) {
        List<String> copy = new ArrayList<>(terms);
        if (new HashSet<>(copy).size() != copy.size() || copy.contains(null)) {
            throw new IllegalArgumentException("vocabulary terms must be distinct and non-null");
        }
        return new Vocabulary(copy, new long[copy.size()], new int[copy.size()], 0);
    }

    /** @return the number of terms (columns) */
    public int size() {
        return terms.size();
    }

    /** @return the terms in column order, unmodifiable */
    public List<String> terms() {
        return terms;
    }

    /**
     * The term of a column.
     *
     * @param column the column
     * @return the term
     */
    public String term(int column) {
        return terms.get(column);
    }

    /**
     * The column of a term.
     *
     * @param term a term
     * @return its column, or -1 when the term is not in the vocabulary
     */
    public int indexOf(String term) {
        Integer i = index.get(term);
        return i == null ? -1 : i;
    }

    /**
     * Whether a term is in the vocabulary.
     *
     * @param term a term
     * @return true when it has a column
     */
    public boolean contains(String term) {
        return index.containsKey(term);
    }

    /**
     * How often a term occurred in the corpus the vocabulary was built from.
     *
     * @param column the term's column
     * @return its total count
     */
    public long count(int column) {
        return counts[column];
    }

    /**
     * In how many documents a term occurred.
     *
     * @param column the term's column
     * @return its document frequency
     */
    public int documentFrequency(int column) {
        return documentFrequencies[column];
    }

    /** @return the number of documents the vocabulary was built from */
    public int documents() {
        return documents;
    }

    @Override
    public String toString() {
        return "Vocabulary[" + terms.size() + " terms from " + documents + " documents]";
    }
}

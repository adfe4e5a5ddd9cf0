package roadmap.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word n-grams: consecutive runs of n tokens joined by one space, as scikit-learn's
 * {@code ngram_range} builds them.
 */
public final class NGrams {

    private NGrams() {
    }

    /**
     * All n-grams for n from {@code minN} to {@code maxN}, the unigrams first, then the bigrams, …
     *
     * @param tokens the tokens of one text
     * @param minN   smallest n, at least 1
     * @param maxN   largest n, at least {@code minN}
     * @return the n-grams (a text shorter than n has no n-grams of that length)
     * @throws IllegalArgumentException when the range is invalid
     */
    public static List<String> of(List<String> tokens, int minN, int maxN) {
        if (minN < 1 || maxN < minN) {
            throw new IllegalArgumentException("n-gram range must satisfy 1 <= minN <= maxN, got " + minN + ".." + maxN);
        }
        List<String> out = new ArrayList<>();
        for (int n = minN; n <= maxN; n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                out.add(n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n)));
            }
        }
        return out;
    }
}

package roadmap.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * TF-IDF against scikit-learn. The figures below were printed by
 * {@code /usr/bin/python3 lib/src/test/resources/roadmap/text/sklearn_tfidf_reference.py}
 * (Debian python3-sklearn 1.2.1, numpy 1.24.2): {@code TfidfVectorizer()} with its defaults
 * (lower-case, token pattern {@code (?u)\b\w\w+\b}, smooth idf, l2 norm) and with
 * {@code smooth_idf=False} and with {@code sublinear_tf=True}, on the four texts of {@link #CORPUS}.
 */
class TfIdfTest {

    static final List<String> CORPUS = List.of(
            "Win a FREE prize now! Click now to claim your prize.",
            "Meeting moved to 3pm; the agenda is attached.",
            "Free pizza at the meeting, and the agenda is short.",
            "Claim your free trial: no card, no commitment, cancel now.");

    static final List<String> SKLEARN_VOCABULARY = List.of("3pm", "agenda", "and", "at", "attached", "cancel",
            "card", "claim", "click", "commitment", "free", "is", "meeting", "moved", "no", "now", "pizza", "prize",
            "short", "the", "to", "trial", "win", "your");

    private static final double A = 1.916290731874155;
    private static final double B = 1.5108256237659907;
    static final double[] SKLEARN_IDF_SMOOTH = {A, B, A, A, A, A, A, B, A, A, 1.2231435513142097, B, B, A, A, B, A,
        A, A, B, B, A, A, B};
    private static final double C = 2.386294361119891;
    private static final double D = 1.6931471805599454;
    static final double[] SKLEARN_IDF_RAW = {C, D, C, C, C, C, C, D, C, C, 1.2876820724517808, D, D, C, C, D, C,
        C, C, D, D, C, C, D};

    static final List<Map<Integer, Double>> SKLEARN_ROWS_SMOOTH = List.of(
            Map.of(7, 0.24036757871751793, 8, 0.30487579512402735, 10, 0.1945982707921563, 15, 0.48073515743503586,
                    17, 0.6097515902480547, 20, 0.24036757871751793, 22, 0.30487579512402735,
                    23, 0.24036757871751793),
            Map.of(0, 0.404624139215726, 1, 0.31901031892144127, 4, 0.404624139215726, 11, 0.31901031892144127,
                    12, 0.31901031892144127, 13, 0.404624139215726, 19, 0.31901031892144127,
                    20, 0.31901031892144127),
            Map.of(1, 0.2664014666668592, 2, 0.3378964809048373, 3, 0.3378964809048373, 10, 0.21567494678968074,
                    11, 0.2664014666668592, 12, 0.2664014666668592, 16, 0.3378964809048373,
                    18, 0.3378964809048373, 19, 0.5328029333337184),
            Map.of(5, 0.31200999937980123, 6, 0.31200999937980123, 7, 0.24599226729713755,
                    9, 0.31200999937980123, 10, 0.1991519409550725, 14, 0.6240199987596025,
                    15, 0.24599226729713755, 21, 0.31200999937980123, 23, 0.24599226729713755));

    static final Map<Integer, Double> SKLEARN_ROW3_RAW = Map.of(5, 0.31941411249979934, 6, 0.31941411249979934,
            7, 0.22663386077662576, 9, 0.31941411249979934, 10, 0.17236089271109975, 14, 0.6388282249995987,
            15, 0.22663386077662576, 21, 0.31941411249979934, 23, 0.22663386077662576);

    private static List<SparseVector> counts(Vocabulary[] out) {
        List<List<String>> docs = RegexTokenizer.scikitLearn().tokenizeAll(CORPUS);
        Vocabulary v = Vocabulary.build(docs);
        out[0] = v;
        return BagOfWords.countsAll(docs, v);
    }

    @Test
    void vocabularyAndSmoothIdfMatchScikitLearn() {
        Vocabulary[] v = new Vocabulary[1];
        List<SparseVector> counts = counts(v);
        assertEquals(SKLEARN_VOCABULARY, v[0].terms());
        TfIdf tfidf = TfIdf.fit(counts);
        assertArrayEquals(SKLEARN_IDF_SMOOTH, tfidf.idf(), 1e-12);
        List<SparseVector> rows = tfidf.transform(counts);
        for (int i = 0; i < rows.size(); i++) {
            assertRow(SKLEARN_ROWS_SMOOTH.get(i), rows.get(i), "row " + i);
        }
    }

    @Test
    void rawIdfMatchesScikitLearnWithoutSmoothing() {
        Vocabulary[] v = new Vocabulary[1];
        List<SparseVector> counts = counts(v);
        TfIdf tfidf = TfIdf.fit(counts, TfIdf.Idf.RAW, true);
        assertArrayEquals(SKLEARN_IDF_RAW, tfidf.idf(), 1e-12);
        assertRow(SKLEARN_ROW3_RAW, tfidf.transform(counts.get(3)), "row 3");
    }

    static final Map<Integer, Double> SKLEARN_ROW3_SUBLINEAR = Map.of(5, 0.33078985989048953,
            6, 0.33078985989048953, 7, 0.2607985250316045, 9, 0.33078985989048953, 10, 0.21113888265246486,
            14, 0.5600759186314018, 15, 0.2607985250316045, 21, 0.33078985989048953, 23, 0.2607985250316045);

    @Test
    void sublinearTfMatchesScikitLearn() {
        // TfidfVectorizer(sublinear_tf=True): row 3 has "no" twice, so tf = 1 + ln 2 there
        Vocabulary[] v = new Vocabulary[1];
        List<SparseVector> counts = counts(v);
        TfIdf tfidf = TfIdf.fit(counts, TfIdf.Idf.SMOOTH, true, true);
        assertRow(SKLEARN_ROW3_SUBLINEAR, tfidf.transform(counts.get(3)), "row 3");
    }

    @Test
    void textbookIdfGivesZeroToATermInEveryDocument() {
        List<List<String>> docs = List.of(List.of("a", "b"), List.of("a"), List.of("a", "c"));
        Vocabulary v = Vocabulary.build(docs);
        TfIdf t = TfIdf.fit(BagOfWords.countsAll(docs, v), TfIdf.Idf.TEXTBOOK, false);
        assertEquals(0.0, t.idf(v.indexOf("a")), 0);
        assertEquals(Math.log(3), t.idf(v.indexOf("b")), 1e-15);
    }

    @Test
    void rowsWithoutKnownWordsStayZeroAndWrongDimensionsAreRefused() {
        Vocabulary[] v = new Vocabulary[1];
        TfIdf tfidf = TfIdf.fit(counts(v));
        SparseVector empty = BagOfWords.counts(RegexTokenizer.scikitLearn().tokenize(""), v[0]);
        assertEquals(0, tfidf.transform(empty).nonZeros());
        SparseVector unknown = BagOfWords.counts(List.of("zebra", "quantum"), v[0]);
        assertEquals(0, tfidf.transform(unknown).nonZeros());
        assertThrows(IllegalArgumentException.class, () -> tfidf.transform(new SparseVector(3, new int[0],
                new double[0])));
        assertThrows(IllegalArgumentException.class, () -> TfIdf.fit(List.of()));
    }

    private static void assertRow(Map<Integer, Double> expected, SparseVector actual, String what) {
        assertEquals(expected.size(), actual.nonZeros(), what + " non-zeros");
        for (Map.Entry<Integer, Double> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), 1e-12, what + " column " + e.getKey());
        }
        assertEquals(1.0, actual.norm(), 1e-12, what + " l2 norm");
    }
}

package roadmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final List<List<String>> DOCS = RegexTokenizer.scikitLearn().tokenizeAll(TfIdfTest.CORPUS);

    @Test
    void maxSizeKeepsTheMostFrequentLikeScikitLearn() {
        // CountVectorizer(max_features=3) on the same corpus: ['free', 'now', 'the'] (see TfIdfTest)
        assertEquals(List.of("free", "now", "the"), Vocabulary.build(DOCS, 1, 3).terms());
        // ties at count 2 are broken alphabetically: agenda, claim come before is, meeting, ...
        assertEquals(List.of("agenda", "claim", "free", "now", "the"), Vocabulary.build(DOCS, 1, 5).terms());
    }

    @Test
    void minCountDropsRareTermsAndCountsAreKept() {
        Vocabulary v = Vocabulary.build(DOCS, 2, Integer.MAX_VALUE);
        assertEquals(List.of("agenda", "claim", "free", "is", "meeting", "no", "now", "prize", "the", "to", "your"),
                v.terms());
        assertEquals(2, v.count(v.indexOf("no")));
        assertEquals(1, v.documentFrequency(v.indexOf("no")));
        assertEquals(3, v.documentFrequency(v.indexOf("free")));
        assertEquals(-1, v.indexOf("pizza"));
        assertEquals(4, v.documents());
    }

    @Test
    void emptyCorpusAndBadLimits() {
        assertEquals(0, Vocabulary.build(List.of(List.of(), List.of())).size());
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.build(DOCS, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.build(DOCS, 1, 0));
    }

    @Test
    void bagOfWordsCountsAndUnknownRate() {
        Vocabulary v = Vocabulary.build(DOCS);
        SparseVector row = BagOfWords.counts(List.of("now", "now", "free", "zebra"), v);
        assertEquals(2.0, row.get(v.indexOf("now")));
        assertEquals(1.0, row.get(v.indexOf("free")));
        assertEquals(3.0, row.sum());
        assertEquals(0.25, BagOfWords.unknownRate(List.of("now", "now", "free", "zebra"), v));
        assertEquals(0.0, BagOfWords.unknownRate(List.of(), v));
    }

    @Test
    void nGramsAreJoinedRunsOfTokens() {
        assertEquals(List.of("free", "prize", "now", "free prize", "prize now"),
                NGrams.of(List.of("free", "prize", "now"), 1, 2));
        assertEquals(List.of(), NGrams.of(List.of("free"), 2, 3));
        assertThrows(IllegalArgumentException.class, () -> NGrams.of(List.of("a"), 2, 1));
    }
}

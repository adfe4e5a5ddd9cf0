package roadmap.spamfilter.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import roadmap.spamfilter.config.SpamFilterConfig;
import roadmap.text.SparseVector;

/** Invariants of bag of words and TF-IDF on random small corpora over a small alphabet of words. */
class TfIdfProperties {

    static final SpamFilterConfig PLAIN = SpamFilterConfig.defaultConfig()
            .with(Map.of("features.cleanMail", "false", "features.minCount", "1"));
    static final List<String> WORDS = List.of("free", "prize", "meeting", "agenda", "cheap", "click",
            "report", "lunch", "winner", "offer");

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(WORDS).list().ofMaxSize(12).map(w -> String.join(" ", w));
    }

    @Provide
    Arbitrary<List<String>> corpora() {
        return documents().list().ofMinSize(1).ofMaxSize(8);
    }

    @Property
    void aRowHasUnitNormOrIsEmpty(@ForAll("corpora") List<String> corpus, @ForAll("documents") String doc) {
        TextFeatures f = TextFeatures.fit(corpus, PLAIN);
        SparseVector x = f.transform(doc);
        if (x.nonZeros() > 0) {
            assertEquals(1.0, x.norm(), 1e-12);
        }
        for (int k = 0; k < x.nonZeros(); k++) {
            assertTrue(x.value(k) > 0);
        }
    }

    @Property
    void wordOrderDoesNotMatter(@ForAll("corpora") List<String> corpus, @ForAll("documents") String doc,
                                @ForAll long seed) {
        TextFeatures f = TextFeatures.fit(corpus, PLAIN);
        List<String> shuffled = new ArrayList<>(List.of(doc.split(" ")));
        Collections.shuffle(shuffled, new Random(seed));
        assertArrayEquals(f.transform(doc).toDense(), f.transform(String.join(" ", shuffled)).toDense());
    }

    @Property
    void idfIsScikitLearnsSmoothIdfFromDocumentCounts(@ForAll("corpora") List<String> corpus) {
        TextFeatures f = TextFeatures.fit(corpus, PLAIN);
        double[] idf = f.idf();
        int n = corpus.size();
        for (int j = 0; j < idf.length; j++) {
            String term = f.terms().get(j);
            long df = corpus.stream().filter(d -> List.of(d.split(" ")).contains(term)).count();
            assertEquals(Math.log((1.0 + n) / (1.0 + df)) + 1, idf[j], 1e-12, term);
        }
    }

    @Property
    void repeatingADocumentLeavesItsRowUnchanged(@ForAll("corpora") List<String> corpus,
                                                 @ForAll("documents") String doc) {
        TextFeatures f = TextFeatures.fit(corpus, PLAIN);
        assertArrayEquals(f.transform(doc).toDense(), f.transform(doc + " " + doc).toDense(), 1e-12);
    }
}

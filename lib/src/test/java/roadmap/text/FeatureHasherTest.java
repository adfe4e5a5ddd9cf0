package roadmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureHasherTest {

    @Test
    void murmur3MatchesScikitLearn() {
        // sklearn.utils.murmurhash3_32(t, seed=0, positive=False), printed by
        // lib/src/test/resources/roadmap/text/sklearn_tfidf_reference.py (scikit-learn 1.2.1)
        assertEquals(1363043438, FeatureHasher.murmur3("free"));
        assertEquals(209412905, FeatureHasher.murmur3("prize"));
        assertEquals(-321872637, FeatureHasher.murmur3("meeting"));
        assertEquals(-1736030173, FeatureHasher.murmur3("agenda"));
        assertEquals(0, FeatureHasher.murmur3(""));
        assertEquals(992511445, FeatureHasher.murmur3("naïve"));
        assertEquals(-1515949417, FeatureHasher.murmur3("日本語"));
        assertEquals(-1072685417, FeatureHasher.murmur3("spam filter"));
    }

    @Test
    void columnsAndSignsFollowTheHash() {
        FeatureHasher h = new FeatureHasher(16, true);
        assertEquals(Math.abs(-321872637) % 16, h.column("meeting"));
        SparseVector row = h.counts(List.of("meeting", "meeting", "free"));
        assertEquals(-2.0, row.get(h.column("meeting")), 0);   // negative hash: subtracted
        assertEquals(1.0, row.get(h.column("free")), 0);
        assertThrows(IllegalArgumentException.class, () -> new FeatureHasher(0, false));
    }

    @Test
    void collisionRateIsNearTheBirthdayEstimate() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            terms.add("term" + i);
        }
        FeatureHasher h = new FeatureHasher(1 << 14, false);
        // a term avoids all others with probability (1 - 1/m)^(n-1): expected rate 1 - e^(-1999/16384) = 0.115
        double expected = 1 - Math.exp(-1999.0 / (1 << 14));
        assertEquals(expected, h.collisionRate(terms), 0.03);
        assertEquals(1.0, new FeatureHasher(1, false).collisionRate(terms), 0);
        assertEquals(0.0, h.collisionRate(List.of()), 0);
        assertTrue(new FeatureHasher(1 << 20, false).collisionRate(terms) < 0.01);
    }
}

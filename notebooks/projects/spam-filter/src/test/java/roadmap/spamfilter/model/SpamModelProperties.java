package roadmap.spamfilter.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import roadmap.spamfilter.TestData;

/** For any text: a model read back from its bytes predicts exactly what the original predicts. */
@Tag("training")
class SpamModelProperties {

    private static final SpamModel BACK = SpamModel.fromBytes(TestData.model().toBytes(), "in memory");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("free", "money", "click", "here", "meeting", "tomorrow",
                "Subject:", "http://x.example", "<b>", "42", "the", "zzqx", "\n\n", "Привет");
        Arbitrary<String> mixed = words.list().ofMaxSize(30).map(w -> String.join(" ", w));
        return Arbitraries.oneOf(mixed, Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 300)
    void aReloadedModelPredictsTheSame(@ForAll("texts") String text) {
        Prediction a = TestData.model().predict(text);
        assertEquals(a, BACK.predict(text));
        assertTrue(a.spamProbability() >= 0 && a.spamProbability() <= 1);
    }
}

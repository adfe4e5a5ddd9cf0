package roadmap.spamfilter.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import roadmap.spamfilter.config.SpamFilterConfig;
import roadmap.text.TfIdf;
import roadmap.text.Vocabulary;

/** Invariants of the tokeniser (without mail cleaning), for any text jqwik can think of. */
class TokenizerProperties {

    static final SpamFilterConfig PLAIN = SpamFilterConfig.defaultConfig().with(Map.of("features.cleanMail", "false"));
    static final TextFeatures FEATURES = new TextFeatures(false, PLAIN.tokenPattern(), true,
            Vocabulary.of(List.of()), TfIdf.of(new double[0], false, true));
    static final Pattern TOKEN = Pattern.compile(PLAIN.tokenPattern(), Pattern.UNICODE_CHARACTER_CLASS);

    @Provide
    Arbitrary<String> texts() {
        // letters, digits, accents, CJK, punctuation and whitespace mixed
        return Arbitraries.strings().withChars("abcXYZ019éßЖ語_-'.,!? \t\n").ofMaxLength(40);
    }

    @Property
    void everyTokenIsAWholeMatchOfThePatternAndLowerCase(@ForAll("texts") String text) {
        for (String t : FEATURES.tokens(text)) {
            assertFalse(t.isEmpty());
            assertTrue(TOKEN.matcher(t).matches(), t);
            assertEquals(t.toLowerCase(Locale.ROOT), t);
        }
    }

    @Property
    void tokensOfTwoTextsJoinedByASpaceAreTheTokensOfEach(@ForAll("texts") String a, @ForAll("texts") String b) {
        List<String> both = new ArrayList<>(FEATURES.tokens(a));
        both.addAll(FEATURES.tokens(b));
        assertEquals(both, FEATURES.tokens(a + " " + b));
    }

    @Property
    void lowerCasingFirstDoesNotChangeTheTokens(@ForAll("texts") String text) {
        // (not upper-casing: "ß".toUpperCase() is "SS", whose tokens differ — jqwik found that)
        assertEquals(FEATURES.tokens(text), FEATURES.tokens(text.toLowerCase(Locale.ROOT)));
    }

    @Property
    void theTokensTogetherAreNoLongerThanTheText(@ForAll("texts") String text) {
        int chars = FEATURES.tokens(text).stream().mapToInt(String::length).sum();
        assertTrue(chars <= text.length());
    }
}

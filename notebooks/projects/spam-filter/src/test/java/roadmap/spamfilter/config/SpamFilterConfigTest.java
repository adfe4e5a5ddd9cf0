package roadmap.spamfilter.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpamFilterConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreWeekNinesSettings() {
        SpamFilterConfig c = SpamFilterConfig.defaultConfig();
        assertEquals("\\b\\w\\w+\\b", c.tokenPattern());
        assertEquals(2, c.minCount());
        assertEquals(5, c.epochs());
        assertEquals(0.5, c.learningRate());
        assertEquals(0.005, c.maxFalsePositiveRate());
        assertTrue(c.cleanMail() && c.lowercase() && !c.sublinearTf());
    }

    @Test
    void loadsAFileAndKeepsDefaultsForMissingKeys() throws IOException {
        Path f = write("train.epochs = 3\ntrain.seed=7\nfeatures.tokenPattern=\\\\p{L}+\n");
        SpamFilterConfig c = SpamFilterConfig.load(f);
        assertEquals(3, c.epochs());
        assertEquals(7L, c.seed());
        assertEquals("\\p{L}+", c.tokenPattern());
        assertEquals(2, c.minCount());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "train.epochs=ten                    | train.epochs = 'ten': not an integer",
        "train.epochs=0                      | train.epochs = '0': must be in 1..1000",
        "train.learningRate=-0.1             | train.learningRate = '-0.1': must be in (0, 10]",
        "train.learningRate=NaN              | train.learningRate = 'NaN': not a finite number",
        "features.cleanMail=yes              | features.cleanMail = 'yes': expected true or false",
        "features.minCount=0                 | features.minCount = '0': must be >= 1",
        "features.tokenPattern=[a-z          | features.tokenPattern = '[a-z': not a regular expression",
        "features.tokenPattern=a*            | features.tokenPattern = 'a*': matches the empty string",
        "threshold.maxFalsePositiveRate=1.5  | threshold.maxFalsePositiveRate = '1.5': must be in [0, 1]",
        "data.sha256=abc                     | data.sha256 = 'abc': expected 64 lower-case hex digits",
        "train.epoch=3                       | unknown key train.epoch",
    })
    void aBadValueIsReportedWithFileKeyAndValue(String line, String expected) throws IOException {
        Path f = write(line + "\n");
        ConfigException e = assertThrows(ConfigException.class, () -> SpamFilterConfig.load(f));
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path f = dir.resolve("nope.properties");
        ConfigException e = assertThrows(ConfigException.class, () -> SpamFilterConfig.load(f));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    }

    @Test
    void asMapRoundTrips() {
        SpamFilterConfig c = SpamFilterConfig.defaultConfig().with(Map.of("train.seed", "9", "features.minCount", "3"));
        assertEquals(c, SpamFilterConfig.fromMap(c.asMap(), "test"));
        assertEquals(SpamFilterConfig.KEYS.keySet(), c.asMap().keySet());
    }

    private Path write(String text) throws IOException {
        Path f = dir.resolve("spam.properties");
        Files.writeString(f, text);
        return f;
    }
}

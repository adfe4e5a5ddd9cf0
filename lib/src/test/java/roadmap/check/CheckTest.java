package roadmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CheckTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private PrintStream saved;

    @BeforeEach
    void capture() {
        saved = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(saved);
    }

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private void assertFails(Executable e, String... fragments) {
        AssertionError err = assertThrows(AssertionError.class, e);
        assertTrue(err.getMessage().startsWith("✘ "), err.getMessage());
        for (String f : fragments) {
            assertTrue(err.getMessage().contains(f), "'" + f + "' missing from: " + err.getMessage());
        }
        assertEquals("", printed(), "a failed check prints nothing");
    }

    @Test
    void closePassPrintsExactlyOneDeterministicLine() {
        Check.close(0.1 + 0.2, 0.3, 1e-9, "floating point adds up");
        assertEquals("✔ floating point adds up (actual=0.300000, expected=0.300000, tol=1e-09)\n",
                printed().replace("\r\n", "\n"));
    }

    @Test
    void closeFailureStatesExpectedActualAndTolerance() {
        assertFails(() -> Check.close(1.5, 1.0, 0.1, "close enough"), "✘ close enough", "expected 1.00000",
                "actual 1.50000", "0.1");
        assertFails(() -> Check.close(Double.NaN, 1.0, 0.1, "nan"), "✘ nan", "NaN");
    }

    @Test
    void closeArrays() {
        Check.close(new double[] {1, 2, 3}, new double[] {1, 2, 3.05}, 0.1, "vectors");
        assertTrue(printed().startsWith("✔ vectors (max |diff|=0.0500000 over 3 values"), printed());
        assertEquals(1, printed().lines().count());
    }

    @Test
    void closeArraysFailsOnLengthAndValue() {
        assertFails(() -> Check.close(new double[] {1, 2}, new double[] {1, 2, 3}, 0.1, "len"), "length 3",
                "length 2");
        assertFails(() -> Check.close(new double[] {1, 5}, new double[] {1, 2}, 0.1, "val"), "element [1]");
    }

    @Test
    void closeMatrices() {
        Check.close(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1, 2}, {3, 4}}, 0.0, "matrices");
        assertTrue(printed().startsWith("✔ matrices (max |diff|=0.00000 over 4 values"), printed());
        buffer.reset();
        assertFails(() -> Check.close(new double[][] {{1, 2}, {3, 9}}, new double[][] {{1, 2}, {3, 4}}, 0.5, "m"),
                "element [1][1]");
        assertFails(() -> Check.close(new double[][] {{1, 2}}, new double[][] {{1, 2}, {3, 4}}, 0.5, "rows"),
                "2 rows");
        assertFails(() -> Check.close(new double[][] {{1, 2}, {3}}, new double[][] {{1, 2}, {3, 4}}, 0.5, "ragged"),
                "row 1");
    }

    @Test
    void closeUpToSignAcceptsFlippedVector() {
        Check.closeUpToSign(new double[] {-0.6, -0.8}, new double[] {0.6, 0.8}, 1e-12, "eigenvector");
        assertTrue(printed().startsWith("✔ eigenvector"));
        buffer.reset();
        assertFails(() -> Check.closeUpToSign(new double[] {0.6, -0.8}, new double[] {0.6, 0.8}, 1e-3, "mixed"),
                "up to sign");
    }

    @Test
    void comparisons() {
        Check.isTrue(true, "true holds");
        Check.equal(3, 3L, "int and long");
        Check.equal(new int[] {1, 2}, new int[] {1, 2}, "arrays by content");
        Check.atLeast(0.95, 0.9, "accuracy");
        Check.atMost(0.1, 0.2, "loss");
        Check.between(0.5, 0.0, 1.0, "probability");
        String[] lines = printed().split("\n");
        assertEquals(6, lines.length);
        for (String l : lines) {
            assertTrue(l.startsWith("✔ "), l);
        }
        assertEquals("✔ true holds", lines[0].strip());
        assertEquals("✔ accuracy (actual=0.950000, min=0.900000)", lines[3].strip());
    }

    @Test
    void comparisonFailures() {
        assertFails(() -> Check.isTrue(false, "nope"), "✘ nope");
        assertFails(() -> Check.equal("a", "b", "strings"), "expected b", "actual a");
        assertFails(() -> Check.equal(3, 4L, "numbers"), "expected 4", "actual 3");
        assertFails(() -> Check.equal(3, 3.0, "int vs double"), "expected 3.00000", "actual 3");
        assertFails(() -> Check.atLeast(0.5, 0.9, "acc"), "at least 0.900000");
        assertFails(() -> Check.atMost(0.5, 0.1, "loss"), "at most 0.100000");
        assertFails(() -> Check.between(2, 0, 1, "p"), "[0.00000, 1.00000]");
        assertFails(() -> Check.atLeast(Double.NaN, 0, "nan"), "NaN");
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Check.isTrue(true, " "));
        assertThrows(IllegalArgumentException.class, () -> Check.close(1, 1, -1, "negative tol"));
        assertThrows(IllegalArgumentException.class, () -> Check.close(1, 1, Double.NaN, "nan tol"));
        assertThrows(IllegalArgumentException.class, () -> Check.between(0.5, 1, 0, "reversed"));
        assertEquals("", printed());
    }

    @Test
    void numbersIgnoreTheDefaultLocaleAndSignOfZero() {
        Locale savedLocale = java.util.Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1.50000", Check.num(1.5));
            assertEquals("0.00000", Check.num(-0.0));
        } finally {
            Locale.setDefault(savedLocale);
        }
    }
}

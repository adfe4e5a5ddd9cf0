package roadmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GradeTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void capture() {
        original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
    }

    private String out() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRightAnswerPrintsOneSolvedLineOnly() {
        assertTrue(Grade.attempt("Exercise 1", () -> Check.close(0.5, 0.5, 1e-9, "half")));
        assertEquals("✔ Exercise 1 — solved\n", out().replace("\r\n", "\n"));
    }

    @Test
    void aWrongAnswerSaysNotYetWithTheChecksMessageAndDoesNotThrow() {
        assertFalse(Grade.attempt("Exercise 2", "look at the validation curve",
                () -> Check.close(0.0, 0.5, 1e-9, "the chosen lambda")));
        String line = out().strip();
        assertTrue(line.startsWith("… not yet (Exercise 2): the chosen lambda"), line);
        assertTrue(line.contains("expected 0.500000"), line);
        assertTrue(line.endsWith("— hint: look at the validation curve"), line);
        assertFalse(line.contains("✔"), "no passed-claim line leaks out of a lenient grade: " + line);
    }

    @Test
    void aStubThatThrowsIsNotYetToo() {
        assertFalse(Grade.attempt("Exercise 3", () -> {
            throw new UnsupportedOperationException("TODO: write the update rule");
        }));
        assertEquals("… not yet (Exercise 3): UnsupportedOperationException: TODO: write the update rule",
                out().strip());
    }

    @Test
    void partialPassesAreNotPrintedInLenientMode() {
        assertFalse(Grade.attempt("Exercise 4", () -> {
            Check.isTrue(true, "first part");
            Check.isTrue(false, "second part");
        }));
        assertEquals("… not yet (Exercise 4): second part: the condition is false", out().strip());
    }

    @Test
    void strictPrintsTheChecksThenSolvedAndThrowsWhenWrong() {
        Grade.strict("Exercise 5", () -> Check.isTrue(true, "it holds"));
        assertEquals("✔ it holds\n✔ Exercise 5 — solved\n", out().replace("\r\n", "\n"));
        AssertionError e = assertThrows(AssertionError.class,
                () -> Grade.strict("Exercise 6", () -> Check.isTrue(false, "it holds")));
        assertEquals("✘ Exercise 6 is not solved: it holds: the condition is false", e.getMessage());
    }

    @Test
    void systemOutIsRestoredEvenWhenTheGraderThrowsAnError() {
        PrintStream before = System.out;
        Grade.attempt("Exercise 7", () -> {
            throw new StackOverflowError();
        });
        assertTrue(System.out == before, "System.out restored");
        assertTrue(out().contains("not yet (Exercise 7): StackOverflowError"), out());
    }

    @Test
    void anExerciseNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> Grade.attempt(" ", () -> { }));
    }
}

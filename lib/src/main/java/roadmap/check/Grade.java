package roadmap.check;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Graders for the notebooks' exercises. A grader is ordinary code that states what a correct
 * answer satisfies, usually with {@link Check} calls; {@code Grade} runs it in one of two ways:
 *
 * <ul>
 *   <li>{@link #attempt} right after the exercise: it never throws, so "Run All" goes on past an
 *       exercise the learner has not solved yet. It prints one line, {@code "✔ Exercise 1 —
 *       solved"} or {@code "… not yet (Exercise 1): <hint>"}, where the hint is the grader's own
 *       failure message (or the exception the learner's code threw).</li>
 *   <li>{@link #strict} in the notebook's Solutions appendix, after the worked answer: the same
 *       grader, whose {@link Check} lines are printed and whose failure is thrown, so a wrong
 *       solution fails the build.</li>
 * </ul>
 *
 * <p>The notebook harness relies on these exact line shapes: every {@code grade} cell must say
 * "not yet" on the exercise's stub, and every exercise must print "solved" in the appendix.
 */
public final class Grade {

    /** How {@link #attempt} starts the line for an exercise that is not solved yet. */
    public static final String NOT_YET = "… not yet";
    /** How a solved exercise's line ends, after its name. */
    public static final String SOLVED = " — solved";

    private Grade() {
    }

    /**
     * A grader: code that returns normally when the learner's answer is right and throws (usually
     * an {@link AssertionError} from {@link Check}) when it is not.
     */
    @FunctionalInterface
    public interface Grader {
        /**
         * Checks the learner's answer.
         *
         * @throws Exception when the answer is wrong or the learner's code fails
         */
        void run() throws Exception;
    }

    /**
     * Grades an exercise leniently: prints {@code "✔ <exercise> — solved"} or
     * {@code "… not yet (<exercise>): <hint>"} and never throws, whatever the grader throws.
     *
     * @param exercise the exercise's name as the notebook titles it, e.g. {@code "Exercise 2"}
     * @param grader   the grader
     * @return whether the exercise is solved
     */
    public static boolean attempt(String exercise, Grader grader) {
        return attempt(exercise, null, grader);
    }

    /**
     * Like {@link #attempt(String, Grader)}, with a hint printed after the grader's message when
     * the answer is not right yet.
     *
     * @param exercise the exercise's name, e.g. {@code "Exercise 2"}
     * @param hint     what to try next (may be null)
     * @param grader   the grader
     * @return whether the exercise is solved
     */
    public static boolean attempt(String exercise, String hint, Grader grader) {
        requireName(exercise);
        PrintStream original = System.out;
        ByteArrayOutputStream swallowed = new ByteArrayOutputStream();
        Throwable failure = null;
        try (PrintStream quiet = new PrintStream(swallowed, true, StandardCharsets.UTF_8)) {
            System.setOut(quiet);
            grader.run();
        } catch (Throwable t) {
            failure = t;
        } finally {
            System.setOut(original);
        }
        if (failure == null) {
            original.println("✔ " + exercise + SOLVED);
        } else {
            String why = describe(failure);
            original.println(NOT_YET + " (" + exercise + "): " + why
                    + (hint == null || hint.isBlank() ? "" : " — hint: " + hint.strip()));
        }
        original.flush();
        return failure == null;
    }

    /**
     * Grades an exercise strictly: runs the grader (its {@link Check} lines are printed) and then
     * prints {@code "✔ <exercise> — solved"}.
     *
     * @param exercise the exercise's name, e.g. {@code "Exercise 2"}
     * @param grader   the grader
     * @throws AssertionError when the grader fails, with the grader's message
     */
    public static void strict(String exercise, Grader grader) {
        requireName(exercise);
        try {
            grader.run();
        } catch (AssertionError e) {
            throw new AssertionError("✘ " + exercise + " is not solved: " + describe(e), e);
        } catch (Exception e) {
            throw new AssertionError("✘ " + exercise + " is not solved: " + describe(e), e);
        }
        System.out.println("✔ " + exercise + SOLVED);
        System.out.flush();
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        if (t instanceof AssertionError && message != null) {
            return message.startsWith("✘ ") ? message.substring(2) : message;
        }
        String name = t.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }

    private static void requireName(String exercise) {
        if (exercise == null || exercise.isBlank()) {
            throw new IllegalArgumentException("an exercise needs a name, e.g. \"Exercise 1\"");
        }
    }
}

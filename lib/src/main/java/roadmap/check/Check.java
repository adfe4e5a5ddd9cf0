package roadmap.check;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Assertions for the {@code check} cells of the notebooks.
 *
 * <p>Every method either prints exactly one line that starts with {@code "✔ "} to
 * {@link System#out} (the claim held) or throws an {@link AssertionError} whose message starts
 * with {@code "✘ "} and states what was expected and what was found. Numbers are formatted with a
 * fixed number of significant digits in {@link Locale#ROOT}, so the printed lines are identical
 * from run to run and between Jupyter front-ends.
 */
public final class Check {

    private Check() {
    }

    /**
     * Checks that a number is within {@code tol} of the expected value.
     *
     * @param actual   the value the notebook computed
     * @param expected the reference value
     * @param tol      the largest allowed absolute difference (finite, not negative)
     * @param claim    what the check proves, in words
     * @throws AssertionError when {@code |actual - expected| > tol} or {@code actual} is NaN
     */
    public static void close(double actual, double expected, double tol, String claim) {
        requireClaim(claim);
        requireTolerance(tol);
        double diff = Math.abs(actual - expected);
        if (!(diff <= tol)) {
            throw fail(claim, "expected " + num(expected) + " ± " + tol(tol) + ", actual " + num(actual)
                    + " (|diff|=" + num(diff) + ")");
        }
        pass(claim, "actual=" + num(actual) + ", expected=" + num(expected) + ", tol=" + tol(tol));
    }

    /**
     * Checks that two vectors have the same length and differ by at most {@code tol} in every
     * element.
     *
     * @param actual   the vector the notebook computed
     * @param expected the reference vector
     * @param tol      the largest allowed absolute elementwise difference
     * @param claim    what the check proves
     * @throws AssertionError on a length mismatch or when some element differs by more than tol
     */
    public static void close(double[] actual, double[] expected, double tol, String claim) {
        requireClaim(claim);
        requireTolerance(tol);
        requireArrays(actual, expected, claim);
        if (actual.length != expected.length) {
            throw fail(claim, "expected a vector of length " + expected.length + ", actual length "
                    + actual.length);
        }
        int worst = worstIndex(actual, expected, 1.0);
        double diff = worst < 0 ? 0.0 : Math.abs(actual[worst] - expected[worst]);
        if (!(diff <= tol)) {
            throw fail(claim, "element [" + worst + "]: expected " + num(expected[worst]) + " ± " + tol(tol)
                    + ", actual " + num(actual[worst]) + " (max |diff|=" + num(diff) + ")");
        }
        pass(claim, "max |diff|=" + num(diff) + " over " + actual.length + " values, tol=" + tol(tol));
    }

    /**
     * Checks that two matrices have the same shape and differ by at most {@code tol} in every
     * element.
     *
     * @param actual   the matrix the notebook computed
     * @param expected the reference matrix
     * @param tol      the largest allowed absolute elementwise difference
     * @param claim    what the check proves
     * @throws AssertionError on a shape mismatch or when some element differs by more than tol
     */
    public static void close(double[][] actual, double[][] expected, double tol, String claim) {
        requireClaim(claim);
        requireTolerance(tol);
        requireArrays(actual, expected, claim);
        if (actual.length != expected.length) {
            throw fail(claim, "expected " + expected.length + " rows, actual " + actual.length + " rows");
        }
        double worstDiff = 0.0;
        int worstRow = -1;
        int worstCol = -1;
        int count = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == null || expected[i] == null || actual[i].length != expected[i].length) {
                throw fail(claim, "row " + i + ": expected length "
                        + (expected[i] == null ? "null" : expected[i].length) + ", actual length "
                        + (actual[i] == null ? "null" : actual[i].length));
            }
            count += actual[i].length;
            int j = worstIndex(actual[i], expected[i], 1.0);
            if (j >= 0) {
                double d = Math.abs(actual[i][j] - expected[i][j]);
                if (worstRow < 0 || !(d <= worstDiff)) {
                    worstDiff = d;
                    worstRow = i;
                    worstCol = j;
                }
            }
        }
        if (!(worstDiff <= tol)) {
            throw fail(claim, "element [" + worstRow + "][" + worstCol + "]: expected "
                    + num(expected[worstRow][worstCol]) + " ± " + tol(tol) + ", actual "
                    + num(actual[worstRow][worstCol]) + " (max |diff|=" + num(worstDiff) + ")");
        }
        pass(claim, "max |diff|=" + num(worstDiff) + " over " + count + " values, tol=" + tol(tol));
    }

    /**
     * Checks that two vectors agree elementwise within {@code tol} after possibly flipping the
     * sign of one of them. Eigenvectors and singular vectors are only defined up to sign.
     *
     * @param actual   the vector the notebook computed
     * @param expected the reference vector
     * @param tol      the largest allowed absolute elementwise difference
     * @param claim    what the check proves
     * @throws AssertionError on a length mismatch or when neither {@code actual} nor
     *                        {@code -actual} is within tol of {@code expected}
     */
    public static void closeUpToSign(double[] actual, double[] expected, double tol, String claim) {
        requireClaim(claim);
        requireTolerance(tol);
        requireArrays(actual, expected, claim);
        if (actual.length != expected.length) {
            throw fail(claim, "expected a vector of length " + expected.length + ", actual length "
                    + actual.length);
        }
        double plus = maxDiff(actual, expected, 1.0);
        double minus = maxDiff(actual, expected, -1.0);
        double diff = Math.min(plus, minus);
        if (Double.isNaN(plus) || Double.isNaN(minus) || !(diff <= tol)) {
            throw fail(claim, "expected " + vec(expected) + " up to sign ± " + tol(tol) + ", actual "
                    + vec(actual) + " (max |diff| " + num(plus) + " as is, " + num(minus) + " flipped)");
        }
        pass(claim, "max |diff|=" + num(diff) + " up to sign over " + actual.length + " values, tol="
                + tol(tol));
    }

    /**
     * Checks that a condition holds.
     *
     * @param condition the condition
     * @param claim     what the condition means
     * @throws AssertionError when the condition is false
     */
    public static void isTrue(boolean condition, String claim) {
        requireClaim(claim);
        if (!condition) {
            throw fail(claim, "the condition is false");
        }
        pass(claim, null);
    }

    /**
     * Checks that two values are equal ({@link Objects#deepEquals}: arrays are compared by
     * content; integral numbers of different boxed types, e.g. {@code 3} and {@code 3L}, compare
     * by value).
     *
     * @param actual   the value the notebook computed
     * @param expected the reference value
     * @param claim    what the check proves
     * @throws AssertionError when the values differ
     */
    public static void equal(Object actual, Object expected, String claim) {
        requireClaim(claim);
        if (!Objects.deepEquals(actual, expected) && !(integral(actual) && integral(expected)
                && ((Number) actual).longValue() == ((Number) expected).longValue())) {
            throw fail(claim, "expected " + show(expected) + ", actual " + show(actual));
        }
        pass(claim, "value=" + show(actual));
    }

    /**
     * Checks that a number is at least {@code min}.
     *
     * @param actual the value the notebook computed
     * @param min    the smallest allowed value
     * @param claim  what the check proves
     * @throws AssertionError when {@code actual < min} or actual is NaN
     */
    public static void atLeast(double actual, double min, String claim) {
        requireClaim(claim);
        if (!(actual >= min)) {
            throw fail(claim, "expected at least " + num(min) + ", actual " + num(actual));
        }
        pass(claim, "actual=" + num(actual) + ", min=" + num(min));
    }

    /**
     * Checks that a number is at most {@code max}.
     *
     * @param actual the value the notebook computed
     * @param max    the largest allowed value
     * @param claim  what the check proves
     * @throws AssertionError when {@code actual > max} or actual is NaN
     */
    public static void atMost(double actual, double max, String claim) {
        requireClaim(claim);
        if (!(actual <= max)) {
            throw fail(claim, "expected at most " + num(max) + ", actual " + num(actual));
        }
        pass(claim, "actual=" + num(actual) + ", max=" + num(max));
    }

    /**
     * Checks that {@code lo <= actual <= hi}.
     *
     * @param actual the value the notebook computed
     * @param lo     the smallest allowed value
     * @param hi     the largest allowed value
     * @param claim  what the check proves
     * @throws AssertionError when actual lies outside {@code [lo, hi]} or is NaN
     * @throws IllegalArgumentException when {@code lo > hi}
     */
    public static void between(double actual, double lo, double hi, String claim) {
        requireClaim(claim);
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("Check.between: lo (" + num(lo) + ") must not exceed hi ("
                    + num(hi) + ") for claim: " + claim);
        }
        if (!(actual >= lo && actual <= hi)) {
            throw fail(claim, "expected a value in [" + num(lo) + ", " + num(hi) + "], actual " + num(actual));
        }
        pass(claim, "actual=" + num(actual) + ", range=[" + num(lo) + ", " + num(hi) + "]");
    }

    // ---- formatting and helpers -------------------------------------------------------------

    /** Formats a number with six significant digits, locale-independently. */
    static String num(double v) {
        if (v == 0.0) {
            v = 0.0; // print -0.0 as 0, so the line does not depend on the sign of a zero
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String tol(double t) {
        return String.format(Locale.ROOT, "%.1g", t);
    }

    private static String vec(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        int shown = Math.min(v.length, 6);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(num(v[i]));
        }
        return sb.append(v.length > shown ? ", …]" : "]").toString();
    }

    private static String show(Object o) {
        String s;
        if (o instanceof Double || o instanceof Float) {
            s = num(((Number) o).doubleValue());
        } else if (o instanceof double[]) {
            s = vec((double[]) o);
        } else if (o instanceof int[]) {
            s = Arrays.toString((int[]) o);
        } else if (o instanceof long[]) {
            s = Arrays.toString((long[]) o);
        } else if (o instanceof Object[]) {
            s = Arrays.deepToString((Object[]) o);
        } else {
            s = String.valueOf(o);
        }
        s = s.replace('\n', ' ').replace('\r', ' ');
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }

    private static boolean integral(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte;
    }

    private static int worstIndex(double[] a, double[] b, double sign) {
        int worst = -1;
        double worstDiff = 0.0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(sign * a[i] - b[i]);
            if (worst < 0 || !(d <= worstDiff)) {
                worst = i;
                worstDiff = d;
                if (Double.isNaN(d)) {
                    return i;
                }
            }
        }
        return worst;
    }

    private static double maxDiff(double[] a, double[] b, double sign) {
        int i = worstIndex(a, b, sign);
        return i < 0 ? 0.0 : Math.abs(sign * a[i] - b[i]);
    }

    private static void requireClaim(String claim) {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("a check needs a claim: say in words what it proves");
        }
    }

    private static void requireTolerance(double tol) {
        if (!(tol >= 0.0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tol);
        }
    }

    private static void requireArrays(Object actual, Object expected, String claim) {
        if (actual == null || expected == null) {
            throw fail(claim, "expected " + (expected == null ? "null" : "an array") + ", actual "
                    + (actual == null ? "null" : "an array"));
        }
    }

    private static AssertionError fail(String claim, String detail) {
        return new AssertionError("✘ " + claim + ": " + detail);
    }

    private static void pass(String claim, String detail) {
        PrintStream out = System.out;
        String oneLine = claim.replace('\n', ' ').replace('\r', ' ');
        out.println(detail == null ? "✔ " + oneLine : "✔ " + oneLine + " (" + detail + ")");
        out.flush();
    }
}

package roadmap.kernel.assist;

/**
 * Converts cursor positions between Jupyter's unit (Unicode code points, protocol 5.2+) and
 * Java's ({@code char} indices: a character outside the Basic Multilingual Plane, such as an
 * emoji, is two chars).
 */
public final class CodePoints {
    private CodePoints() {
    }

    /**
     * @param text      the text
     * @param codePoint a position in code points (clamped to the text)
     * @return the same position as a char index
     */
    public static int toCharIndex(String text, int codePoint) {
        int count = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(codePoint, count)));
    }

    /**
     * @param text      the text
     * @param charIndex a char index (clamped to the text)
     * @return the same position in code points
     */
    public static int fromCharIndex(String text, int charIndex) {
        return text.codePointCount(0, Math.max(0, Math.min(charIndex, text.length())));
    }
}

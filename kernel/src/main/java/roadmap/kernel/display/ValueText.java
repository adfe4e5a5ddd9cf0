package roadmap.kernel.display;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * The text of a cell's value, bounded: a list of thirty million elements is not turned into
 * ninety megabytes of text. Collections and maps that print the JDK's own way and arrays are
 * written element by element up to {@link #MAX_ELEMENTS}; any text is cut at
 * {@link #MAX_CHARS}. What was left out is said at the end.
 */
final class ValueText {
    /** Most elements of a collection, map or array shown. */
    static final int MAX_ELEMENTS = 10_000;
    /** Most characters of a value's text (or HTML) shown. */
    static final int MAX_CHARS = 200_000;
    private static final int NOTE_ROOM = 128;

    private ValueText() {
    }

    /**
     * @param value a non-null value
     * @return its text as {@code toString()} (or {@code Arrays.deepToString}) would give it, bounded
     */
    static String of(Object value) {
        if (value.getClass().isArray()) {
            return cut(array(value, 0));
        }
        if (value instanceof Collection && printsTheJdkWay(value, "java.util.AbstractCollection")
                && ((Collection<?>) value).size() > MAX_ELEMENTS) {
            return cut(collection((Collection<?>) value));
        }
        if (value instanceof Map && printsTheJdkWay(value, "java.util.AbstractMap") && ((Map<?, ?>) value).size() > MAX_ELEMENTS) {
            return cut(map((Map<?, ?>) value));
        }
        return cut(String.valueOf(value));
    }

    /**
     * @param text any text
     * @return the text, cut at {@link #MAX_CHARS} with a note saying how much was left out
     */
    static String cut(String text) {
        if (text.length() <= MAX_CHARS + NOTE_ROOM) {
            return text; // also leaves a text cut before unchanged
        }
        return text.substring(0, MAX_CHARS) + String.format("%n[value cut: %,d more characters not shown; a value shows at most %,d]",
                text.length() - MAX_CHARS, MAX_CHARS);
    }

    private static boolean printsTheJdkWay(Object value, String className) {
        try {
            return value.getClass().getMethod("toString").getDeclaringClass().getName().equals(className);
        } catch (NoSuchMethodException | RuntimeException e) {
            return false;
        }
    }

    private static String collection(Collection<?> values) {
        StringBuilder out = new StringBuilder("[");
        int shown = 0;
        for (Iterator<?> it = values.iterator(); it.hasNext() && shown < MAX_ELEMENTS; shown++) {
            Object element = it.next();
            out.append(shown == 0 ? "" : ", ").append(element == values ? "(this Collection)" : String.valueOf(element));
            if (out.length() > MAX_CHARS) {
                shown++;
                break;
            }
        }
        return out.append(more(values.size() - shown)).append(']').toString();
    }

    private static String map(Map<?, ?> values) {
        StringBuilder out = new StringBuilder("{");
        int shown = 0;
        for (Iterator<? extends Map.Entry<?, ?>> it = values.entrySet().iterator(); it.hasNext() && shown < MAX_ELEMENTS; shown++) {
            Map.Entry<?, ?> entry = it.next();
            out.append(shown == 0 ? "" : ", ").append(entry.getKey()).append('=').append(entry.getValue());
            if (out.length() > MAX_CHARS) {
                shown++;
                break;
            }
        }
        return out.append(more(values.size() - shown)).append('}').toString();
    }

    /** Like {@code Arrays.deepToString} (without its cycle check: a nested array repeats at most MAX_ELEMENTS deep). */
    private static String array(Object array, int depth) {
        int length = Array.getLength(array);
        StringBuilder out = new StringBuilder("[");
        int shown = 0;
        for (; shown < length && shown < MAX_ELEMENTS; shown++) {
            Object element = Array.get(array, shown);
            out.append(shown == 0 ? "" : ", ");
            if (element != null && element.getClass().isArray()) {
                out.append(element == array || depth > 100 ? "[...]" : array(element, depth + 1));
            } else {
                out.append(element);
            }
            if (out.length() > MAX_CHARS) {
                shown++;
                break;
            }
        }
        return out.append(more(length - shown)).append(']').toString();
    }

    private static String more(long notShown) {
        return notShown > 0 ? String.format(", … %,d more", notShown) : "";
    }
}

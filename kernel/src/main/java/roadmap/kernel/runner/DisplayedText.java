package roadmap.kernel.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stream text as a front-end finally shows it. A progress display rewrites its line with
 * {@code \r} while a cell runs, and those in-flight updates carry timings; saving them would make
 * committed notebooks differ on every run. On each line only the text after the last carriage
 * return is kept — the last update, which is what the learner sees when the cell has finished.
 */
final class DisplayedText {
    private DisplayedText() {
    }

    /** Replaces the text of every stream output in {@code outputs} by its displayed form. */
    static void applyTo(ArrayNode outputs) {
        for (JsonNode output : outputs) {
            if ("stream".equals(output.path("output_type").asText()) && output.path("text").isTextual()) {
                ((ObjectNode) output).put("text", of(output.path("text").asText()));
            }
        }
    }

    static String of(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end;
            while (contentEnd > start && text.charAt(contentEnd - 1) == '\r') {
                contentEnd--; // a trailing \r (or the \r of \r\n) overwrites nothing
            }
            int lastReturn = text.lastIndexOf('\r', contentEnd - 1);
            shown.append(text, lastReturn >= start ? lastReturn + 1 : start, contentEnd);
            if (newline < 0) {
                return shown.toString();
            }
            shown.append('\n');
            start = newline + 1;
        }
    }
}

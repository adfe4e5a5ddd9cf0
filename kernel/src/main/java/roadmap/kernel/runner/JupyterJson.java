package roadmap.kernel.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Serialises a JSON tree byte-for-byte the way Jupyter saves notebooks: Python's
 * {@code json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)} plus a trailing newline, so
 * that notebooks rewritten by the runner diff minimally against ones saved by JupyterLab.
 */
public final class JupyterJson {

    private JupyterJson() {
    }

    /**
     * @param node the tree
     * @return its text, keys sorted, one-space indentation, ending with a newline
     */
    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        writeValue(node, 0, out);
        return out.append('\n').toString();
    }

    /**
     * Splits text into lines keeping the line ends, like Python's {@code str.splitlines(True)},
     * which nbformat uses for multi-line strings when saving.
     *
     * @param text any text
     * @return its lines; empty for empty text
     */
    public static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                lines.add(text.substring(start, i + 2));
                i += 2;
                start = i;
            } else if (isLineBoundary(c)) {
                lines.add(text.substring(start, i + 1));
                i++;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean isLineBoundary(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static void writeValue(JsonNode node, int depth, StringBuilder out) {
        if (node.isObject()) {
            writeObject(node, depth, out);
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            Iterator<JsonNode> elements = node.elements();
            boolean first = true;
            while (elements.hasNext()) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(depth + 1, out);
                writeValue(elements.next(), depth + 1, out);
            }
            out.append('\n');
            indent(depth, out);
            out.append(']');
        } else if (node.isTextual()) {
            writeString(node.textValue(), out);
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            out.append(pythonFloat(node.doubleValue()));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isBinary()) {
            writeString(node.asText(), out);
        } else {
            out.append("null");
        }
    }

    private static void writeObject(JsonNode node, int depth, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        out.append('{');
        boolean first = true;
        for (String name : names) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(depth + 1, out);
            writeString(name, out);
            out.append(": ");
            writeValue(node.get(name), depth + 1, out);
        }
        out.append('\n');
        indent(depth, out);
        out.append('}');
    }

    private static void indent(int depth, StringBuilder out) {
        out.append(" ".repeat(depth));
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Python's repr of a float: shortest digits, exponent form outside [1e-4, 1e16). */
    static String pythonFloat(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = decimal.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}

package roadmap.track;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes and reads the flat {@code meta.yaml} files of MLflow's file store: one {@code key: value}
 * per line, keys sorted (as PyYAML's {@code safe_dump} writes them), values that are strings,
 * integers, {@code null} or the empty list {@code []}.
 */
final class Yaml {

    private static final Pattern PLAIN = Pattern.compile(
            "[A-Za-z0-9_/]([A-Za-z0-9_./+ -]*[A-Za-z0-9_./+-])?(:[A-Za-z0-9_./+-]+)*");
    // digit-led plain scalars PyYAML would resolve to a number, a date or a time: quote them
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[0-9_.:eE+-]+|0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "yes", "no", "on", "off", "null",
            "y", "n", "nan", "inf");

    private Yaml() {
    }

    static void write(Path file, Map<String, Object> values) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> e : new TreeMap<>(values).entrySet()) {
            out.append(e.getKey()).append(": ").append(scalar(e.getValue())).append('\n');
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, out, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            if (!list.isEmpty()) {
                throw new IllegalArgumentException("only the empty list is written to meta.yaml");
            }
            return "[]";
        }
        String s = v.toString();
        if (PLAIN.matcher(s).matches() && !NUMBER_LIKE.matcher(s).matches() && !KEYWORDS.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("control character in a meta.yaml value: " + s);
            }
        }
        return "'" + s.replace("'", "''") + "'";
    }

    static Map<String, Object> read(Path file) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            String key = colon < 0 && line.endsWith(":") ? line.substring(0, line.length() - 1)
                    : colon < 0 ? null : line.substring(0, colon);
            if (key == null || line.startsWith(" ") || line.startsWith("-")) {
                throw new IOException(file + ":" + lineNo + ": not a flat 'key: value' line: " + line);
            }
            String raw = colon < 0 ? "" : line.substring(colon + 2).trim();
            values.put(key, parse(raw));
        }
        return values;
    }

    private static Object parse(String raw) {
        if (raw.isEmpty() || raw.equals("null") || raw.equals("~")) {
            return null;
        }
        if (raw.equals("[]")) {
            return List.of();
        }
        if (raw.startsWith("'") && raw.endsWith("'") && raw.length() >= 2) {
            return raw.substring(1, raw.length() - 1).replace("''", "'");
        }
        if (raw.startsWith("\"") && raw.endsWith("\"") && raw.length() >= 2) {
            return raw.substring(1, raw.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (INTEGER.matcher(raw).matches()) {
            return Long.parseLong(raw);
        }
        return raw;
    }
}

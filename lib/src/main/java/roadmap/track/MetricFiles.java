package roadmap.track;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Formats and parses the lines of an MLflow metric file: {@code "timestamp value step"}. */
final class MetricFiles {

    private MetricFiles() {
    }

    /** Writes a value so that Python's {@code float()} reads it back exactly. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return Double.toString(value);
    }

    static double parseValue(String s) {
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf":
            case "infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf":
            case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(s);
        }
    }

    /** Reads a metric file; two-field lines (older MLflow) have step 0, as MLflow reads them. */
    static List<MetricPoint> read(Path file) throws IOException {
        List<MetricPoint> points = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.strip().split(" ");
            if (f.length != 2 && f.length != 3) {
                throw new IOException(file + ":" + lineNo + ": a metric line has 2 or 3 fields, got: " + line);
            }
            try {
                points.add(new MetricPoint(Long.parseLong(f[0]), parseValue(f[1]),
                        f.length == 3 ? Long.parseLong(f[2]) : 0));
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + lineNo + ": malformed metric line: " + line, e);
            }
        }
        return points;
    }
}

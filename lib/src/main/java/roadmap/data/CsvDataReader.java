package roadmap.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses the course's CSV files: a header row of column names, numeric feature columns, and a
 * last column named {@code class} (class names, classification) or {@code target} (numbers,
 * regression). Every error names the file and the line.
 */
final class CsvDataReader {

    private CsvDataReader() {
    }

    /**
     * Reads a CSV file into labeled data.
     *
     * @param file       the file to read
     * @param shown      how messages name the file
     * @param name       the dataset name
     * @param classNames the expected class names in label order, or null to take them in order of
     *                   first appearance (ignored for regression files)
     * @param expected   the manifest entry whose shape the file must have, or null
     * @return the data
     * @throws DatasetException when the file is malformed
     */
    static LabeledData read(Path file, String shown, String name, String[] classNames, ManifestEntry expected) {
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            records = parser.getRecords();
        } catch (IOException | RuntimeException e) {
            throw new DatasetException("cannot parse " + shown + " as CSV: " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new DatasetException(shown + " is empty: expected a header row");
        }
        CSVRecord header = records.get(0);
        int width = header.size();
        if (width < 2) {
            throw new DatasetException(shown + " line 1: expected at least one feature column and a class/target column");
        }
        String last = header.get(width - 1);
        boolean classification;
        if (last.equals("class")) {
            classification = true;
        } else if (last.equals("target")) {
            classification = false;
        } else {
            throw new DatasetException(shown + " line 1: the last column must be named 'class' or 'target', found '"
                    + last + "'");
        }
        if (expected != null && (records.size() - 1 != expected.rows() || width != expected.cols())) {
            throw new DatasetException(shown + ": MANIFEST says shape " + expected.shape() + ", the file has "
                    + (records.size() - 1) + "x" + width);
        }
        String[] featureNames = new String[width - 1];
        for (int j = 0; j < featureNames.length; j++) {
            featureNames[j] = header.get(j);
        }
        Map<String, Integer> classIndex = new LinkedHashMap<>();
        if (classification && classNames != null) {
            for (String c : classNames) {
                classIndex.put(c, classIndex.size());
            }
        }
        int n = records.size() - 1;
        double[][] features = new double[n][width - 1];
        int[] labels = new int[n];
        double[] targets = new double[n];
        for (int i = 0; i < n; i++) {
            CSVRecord r = records.get(i + 1);
            long line = r.getRecordNumber();
            if (r.size() != width) {
                throw new DatasetException(shown + " line " + line + ": expected " + width + " columns, found " + r.size());
            }
            for (int j = 0; j < width - 1; j++) {
                features[i][j] = number(r.get(j), shown, line, featureNames[j]);
            }
            String out = r.get(width - 1);
            if (!classification) {
                targets[i] = number(out, shown, line, "target");
            } else {
                Integer k = classIndex.get(out);
                if (k == null) {
                    if (classNames != null) {
                        throw new DatasetException(shown + " line " + line + ": unknown class '" + out + "', expected one of "
                                + String.join(", ", classNames));
                    }
                    k = classIndex.size();
                    classIndex.put(out, k);
                }
                labels[i] = k;
            }
        }
        if (classification) {
            return LabeledData.classification(name, featureNames, features, labels,
                    new ArrayList<>(classIndex.keySet()).toArray(new String[0]));
        }
        return LabeledData.regression(name, featureNames, features, targets);
    }

    private static double number(String text, String shown, long line, String column) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DatasetException(shown + " line " + line + ", column '" + column + "': '" + text
                + "' is not a finite number");
    }
}

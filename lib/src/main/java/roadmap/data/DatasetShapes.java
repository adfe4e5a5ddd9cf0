package roadmap.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Measures the shape of a MANIFEST entry from the file itself, so a setup check can compare it
 * with the shape MANIFEST records: rows x columns for CSV tables (label column included), height x
 * width for images, examples x values for IDX image and label files.
 */
public final class DatasetShapes {
    private DatasetShapes() {
    }

    /**
     * @param name a MANIFEST name (or file name)
     * @return the measured shape in MANIFEST's notation, or empty for files whose shape can only be
     *         read by loading them into a model (network weights); the file's hash is verified either way
     * @throws DatasetException if the file is missing, corrupt or its hash differs from MANIFEST
     */
    public static Optional<String> measure(String name) {
        Manifest manifest = Manifest.load();
        ManifestEntry entry = manifest.find(name);
        DatasetFile.verify(manifest, name);
        String file = entry.file();
        if (file.endsWith(".csv")) {
            return Optional.of(csvShape(DataDir.locate().resolve(file), file));
        }
        if (file.endsWith(".png")) {
            double[][] image = Datasets.image(entry.name());
            return Optional.of(image.length + "x" + image[0].length);
        }
        if (file.endsWith("-ubyte.gz")) {
            return Optional.of(ImageDatasets.measuredShape(entry.name()));
        }
        return Optional.empty();
    }

    /** Rows x header columns of any CSV (label column included); every row must have all columns. */
    private static String csvShape(Path path, String shown) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int columns = -1;
            long rows = 0;
            for (CSVRecord r : CSVFormat.DEFAULT.parse(in)) {
                if (columns < 0) {
                    columns = r.size();
                } else if (r.size() != columns) {
                    throw new DatasetException(DataDir.display(shown) + " line " + r.getRecordNumber() + ": "
                            + r.size() + " fields, the header has " + columns);
                } else {
                    rows++;
                }
            }
            return rows + "x" + Math.max(columns, 0);
        } catch (IOException e) {
            throw new DatasetException(DataDir.display(shown) + ": cannot read: " + e.getMessage());
        }
    }
}

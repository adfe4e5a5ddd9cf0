package roadmap.data;

import java.util.Optional;

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
            LabeledData table = Datasets.table(entry.name());
            return Optional.of(table.rows() + "x" + (table.cols() + 1));
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
}

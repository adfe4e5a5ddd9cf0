package roadmap.data;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Loads the datasets listed in one manifest, verifying each file's SHA-256 before parsing it.
 * {@link Datasets} uses the manifest of the located data directory; tests and tools can bind a
 * loader to any directory with {@link #of(Path)}.
 */
public final class DatasetLoader {

    private final Manifest manifest;

    private DatasetLoader(Manifest manifest) {
        this.manifest = manifest;
    }

    /**
     * A loader for a data directory.
     *
     * @param dataDir a directory containing MANIFEST
     * @return the loader
     * @throws DatasetException when MANIFEST is missing or malformed
     */
    public static DatasetLoader of(Path dataDir) {
        return new DatasetLoader(Manifest.load(dataDir));
    }

    /**
     * A loader for a parsed manifest.
     *
     * @param manifest the manifest
     * @return the loader
     */
    public static DatasetLoader of(Manifest manifest) {
        return new DatasetLoader(manifest);
    }

    /**
     * The manifest this loader reads.
     *
     * @return the manifest
     */
    public Manifest manifest() {
        return manifest;
    }

    /**
     * Loads a CSV dataset. Its last column decides the kind: {@code class} (classification, class
     * names in order of first appearance) or {@code target} (regression).
     *
     * @param nameOrFile the dataset name or file name in MANIFEST
     * @return the data
     * @throws DatasetException when the file is missing, corrupt or malformed
     */
    public LabeledData table(String nameOrFile) {
        return table(nameOrFile, null);
    }

    /**
     * Loads a classification CSV dataset whose class names must be exactly the given ones; label
     * {@code i} means {@code classNames[i]}.
     *
     * @param nameOrFile the dataset name or file name in MANIFEST
     * @param classNames the class names in label order, or null for order of first appearance
     * @return the data
     * @throws DatasetException when the file is missing, corrupt or malformed, or holds an unknown class
     */
    public LabeledData table(String nameOrFile, String[] classNames) {
        ManifestEntry entry = manifest.find(nameOrFile);
        Path file = DatasetFile.verify(manifest, entry.name());
        return CsvDataReader.read(file, DataDir.display(entry.file()), entry.name(), classNames, entry);
    }

    /**
     * Loads an image file as an 8-bit grayscale image.
     *
     * @param nameOrFile the dataset name or file name in MANIFEST, e.g. {@code china-gray.png}
     * @return a {@link BufferedImage#TYPE_BYTE_GRAY} image
     * @throws DatasetException when the file is missing, corrupt or not an image
     */
    public BufferedImage bufferedImage(String nameOrFile) {
        ManifestEntry entry = manifest.find(nameOrFile);
        Path file = DatasetFile.verify(manifest, entry.name());
        String shown = DataDir.display(entry.file());
        BufferedImage img;
        try {
            img = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new DatasetException("cannot read image " + shown + ": " + e.getMessage(), e);
        }
        if (img == null) {
            throw new DatasetException(shown + " is not an image format this JVM can read");
        }
        if (img.getHeight() != entry.rows() || img.getWidth() != entry.cols()) {
            throw new DatasetException(shown + ": MANIFEST says shape " + entry.shape() + " (height x width), the image is "
                    + img.getHeight() + "x" + img.getWidth());
        }
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return img;
        }
        BufferedImage gray = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return gray;
    }

    /**
     * Loads an image file as a matrix of gray levels in {@code [0, 1]} (0 black, 1 white).
     *
     * @param nameOrFile the dataset name or file name in MANIFEST
     * @return height x width values
     * @throws DatasetException when the file is missing, corrupt or not an image
     */
    public double[][] image(String nameOrFile) {
        BufferedImage img = bufferedImage(nameOrFile);
        Raster raster = img.getRaster();
        double[][] out = new double[img.getHeight()][img.getWidth()];
        for (int y = 0; y < out.length; y++) {
            for (int x = 0; x < out[y].length; x++) {
                out[y][x] = raster.getSample(x, y, 0) / 255.0;
            }
        }
        return out;
    }
}

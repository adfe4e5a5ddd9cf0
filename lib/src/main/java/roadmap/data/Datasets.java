package roadmap.data;

import java.awt.image.BufferedImage;

/**
 * The course datasets, loaded from the data directory found by {@link DataDir#locate()} after
 * their SHA-256 has been checked against MANIFEST.
 *
 * <p>Class labels follow scikit-learn's numbering (e.g. breast cancer: 0 = malignant, 1 = benign).
 */
public final class Datasets {

    private static final String[] WINE = {"class_0", "class_1", "class_2"};
    private static final String[] IRIS = {"setosa", "versicolor", "virginica"};
    private static final String[] BREAST_CANCER = {"malignant", "benign"};
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private Datasets() {
    }

    private static DatasetLoader loader() {
        return DatasetLoader.of(Manifest.load());
    }

    /**
     * UCI Wine: 178 wines, 13 chemical measurements, 3 cultivars {@code class_0..class_2}.
     *
     * @return classification data, 178 x 13
     */
    public static LabeledData wine() {
        return loader().table("wine", WINE);
    }

    /**
     * UCI Iris: 150 flowers, 4 measurements in cm, 3 species.
     *
     * @return classification data, 150 x 4
     */
    public static LabeledData iris() {
        return loader().table("iris", IRIS);
    }

    /**
     * UCI Breast Cancer Wisconsin (Diagnostic): 569 tumours, 30 features,
     * classes {@code malignant} (0) and {@code benign} (1).
     *
     * @return classification data, 569 x 30
     */
    public static LabeledData breastCancer() {
        return loader().table("breast_cancer", BREAST_CANCER);
    }

    /**
     * UCI handwritten digits: 1797 images of 8x8 pixels with values 0..16 (row-major, feature
     * {@code pixel_r_c}), classes {@code "0".."9"}.
     *
     * @return classification data, 1797 x 64
     */
    public static LabeledData digits() {
        return loader().table("digits", DIGITS);
    }

    /**
     * Diabetes (Efron et al. 2004), raw (unscaled) values: 442 patients, 10 baseline variables
     * (age, sex, bmi, bp, s1..s6), target = disease progression after one year.
     *
     * @return regression data, 442 x 10
     */
    public static LabeledData diabetes() {
        return loader().table("diabetes");
    }

    /**
     * Any CSV dataset listed in MANIFEST (classes in order of first appearance).
     *
     * @param nameOrFile the dataset name or file name
     * @return the data
     */
    public static LabeledData table(String nameOrFile) {
        return loader().table(nameOrFile);
    }

    /**
     * A grayscale image as gray levels in {@code [0, 1]}, indexed {@code [row][column]}.
     *
     * @param nameOrFile e.g. {@code china-gray.png}
     * @return height x width values
     */
    public static double[][] image(String nameOrFile) {
        return loader().image(nameOrFile);
    }

    /**
     * A grayscale image as an 8-bit {@link BufferedImage}.
     *
     * @param nameOrFile e.g. {@code china-gray.png}
     * @return the image
     */
    public static BufferedImage bufferedImage(String nameOrFile) {
        return loader().bufferedImage(nameOrFile);
    }
}

package roadmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import roadmap.data.LabeledData;
import smile.data.DataFrame;

/**
 * One dataset split into standardised training and test parts, in every form the Java libraries
 * need (arrays, Tribuo datasets, Smile data frames). Everything here is built before any timing
 * starts, just as the Python side builds its NumPy arrays before timing {@code fit()}.
 *
 * @param name       dataset name, as in {@code notebooks/data/MANIFEST}
 * @param classNames class names indexed by label
 * @param xTrain     standardised training features
 * @param yTrain     training labels
 * @param xTest      standardised test features (scaled with the training rows' statistics)
 * @param yTest      test labels
 * @param tribuoTrain the training rows as a Tribuo dataset
 * @param tribuoTest  the test rows as a Tribuo dataset
 * @param smileTrain  the training rows as a Smile data frame (label column {@code class})
 * @param smileTest   the test rows as a Smile data frame
 */
record BenchData(String name, String[] classNames, double[][] xTrain, int[] yTrain, double[][] xTest, int[] yTest,
                 MutableDataset<Label> tribuoTrain, MutableDataset<Label> tribuoTest,
                 DataFrame smileTrain, DataFrame smileTest) {

    /**
     * Makes a stratified split: each class's rows are shuffled with {@code seed} and the first
     * {@code trainFraction} of them (rounded) go to training. Both index lists come back sorted.
     *
     * @param labels        one class index per row
     * @param trainFraction fraction of each class used for training
     * @param seed          shuffle seed
     * @return {@code [trainIndices, testIndices]}
     */
    static int[][] stratifiedSplit(int[] labels, double trainFraction, long seed) {
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int c : IntStream.of(labels).distinct().sorted().toArray()) {
            List<Integer> rows = new ArrayList<>(IntStream.range(0, labels.length).filter(i -> labels[i] == c).boxed().toList());
            java.util.Collections.shuffle(rows, random);
            int nTrain = (int) Math.round(rows.size() * trainFraction);
            train.addAll(rows.subList(0, nTrain));
            test.addAll(rows.subList(nTrain, rows.size()));
        }
        return new int[][] {train.stream().mapToInt(Integer::intValue).sorted().toArray(),
                test.stream().mapToInt(Integer::intValue).sorted().toArray()};
    }

    /**
     * Writes a split file read by the Python side: line 1 the training row indices, line 2 the
     * test row indices, comma separated, 0-based rows of the CSV file (header excluded).
     *
     * @param file  where to write
     * @param split {@code [trainIndices, testIndices]}
     * @throws IOException when the file cannot be written
     */
    static void writeSplit(Path file, int[][] split) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, Arrays.stream(split)
                .map(rows -> IntStream.of(rows).mapToObj(Integer::toString).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n")));
    }

    /**
     * Selects the split's rows and standardises every feature with the training rows' mean and
     * population standard deviation (a constant column is divided by 1).
     *
     * @param data  the whole dataset
     * @param split {@code [trainIndices, testIndices]}
     * @return the prepared data
     */
    static BenchData prepare(LabeledData data, int[][] split) {
        LabeledData train = data.select(split[0]);
        LabeledData test = data.select(split[1]);
        double[][] xTrain = train.features();
        double[][] xTest = test.features();
        for (int j = 0; j < data.cols(); j++) {
            final int col = j;
            double mean = Arrays.stream(xTrain).mapToDouble(r -> r[col]).average().orElse(0);
            double var = Arrays.stream(xTrain).mapToDouble(r -> (r[col] - mean) * (r[col] - mean)).average().orElse(0);
            double sd = var > 0 ? Math.sqrt(var) : 1.0;
            for (double[] r : xTrain) {
                r[col] = (r[col] - mean) / sd;
            }
            for (double[] r : xTest) {
                r[col] = (r[col] - mean) / sd;
            }
        }
        String[] names = data.featureNames();
        String[] classes = data.classNames();
        LabeledData scaledTrain = LabeledData.classification(data.name(), names, xTrain, train.labels(), classes);
        LabeledData scaledTest = LabeledData.classification(data.name(), names, xTest, test.labels(), classes);
        return new BenchData(data.name(), classes, xTrain, train.labels(), xTest, test.labels(),
                scaledTrain.toTribuoClassification(), scaledTest.toTribuoClassification(),
                scaledTrain.toSmile(), scaledTest.toSmile());
    }

    /**
     * Number of features.
     *
     * @return the column count of {@link #xTrain()}
     */
    int features() {
        return xTrain[0].length;
    }
}

package roadmap.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import smile.data.DataFrame;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;

/**
 * An immutable table of numeric features with either a class label per row (classification) or
 * a numeric target per row (regression). Accessors return copies, so callers may modify them.
 */
public final class LabeledData {

    private static final OffsetDateTime FIXED_TIME = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final String name;
    private final String[] featureNames;
    private final double[][] features;
    private final int[] labels;
    private final String[] classNames;
    private final double[] targets;

    private LabeledData(String name, String[] featureNames, double[][] features, int[] labels,
                        String[] classNames, double[] targets) {
        this.name = name;
        this.featureNames = featureNames;
        this.features = features;
        this.labels = labels;
        this.classNames = classNames;
        this.targets = targets;
    }

    /**
     * Creates classification data (the arrays are copied).
     *
     * @param name         a short name used in {@link #toString()} and provenance
     * @param featureNames one name per feature column
     * @param features     rows x features
     * @param labels       one class index per row, each in {@code [0, classNames.length)}
     * @param classNames   the class names, indexed by label
     * @return the data
     * @throws IllegalArgumentException when the shapes disagree or a label is out of range
     */
    public static LabeledData classification(String name, String[] featureNames, double[][] features,
                                             int[] labels, String[] classNames) {
        validate(name, featureNames, features, labels.length);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.length) {
                throw new IllegalArgumentException(name + ": label " + labels[i] + " of row " + i
                        + " is outside [0, " + classNames.length + ")");
            }
        }
        return new LabeledData(name, featureNames.clone(), deepCopy(features), labels.clone(),
                classNames.clone(), null);
    }

    /**
     * Creates regression data (the arrays are copied).
     *
     * @param name         a short name
     * @param featureNames one name per feature column
     * @param features     rows x features
     * @param targets      one target value per row
     * @return the data
     * @throws IllegalArgumentException when the shapes disagree
     */
    public static LabeledData regression(String name, String[] featureNames, double[][] features,
                                         double[] targets) {
        validate(name, featureNames, features, targets.length);
        return new LabeledData(name, featureNames.clone(), deepCopy(features), null, null, targets.clone());
    }

    private static void validate(String name, String[] featureNames, double[][] features, int outputs) {
        if (features.length != outputs) {
            throw new IllegalArgumentException(name + ": " + features.length + " feature rows but " + outputs
                    + " labels/targets");
        }
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != featureNames.length) {
                throw new IllegalArgumentException(name + ": row " + i + " has " + features[i].length
                        + " features, expected " + featureNames.length);
            }
        }
    }

    /**
     * The data's short name.
     *
     * @return e.g. {@code wine}
     */
    public String name() {
        return name;
    }

    /**
     * Number of rows (examples).
     *
     * @return the row count
     */
    public int rows() {
        return features.length;
    }

    /**
     * Number of feature columns (the label/target is not counted).
     *
     * @return the feature count
     */
    public int cols() {
        return featureNames.length;
    }

    /**
     * Whether rows carry class labels (otherwise numeric targets).
     *
     * @return true for classification data
     */
    public boolean isClassification() {
        return labels != null;
    }

    /**
     * A copy of the feature matrix.
     *
     * @return rows x cols
     */
    public double[][] features() {
        return deepCopy(features);
    }

    /**
     * A copy of one feature column.
     *
     * @param col the column index
     * @return one value per row
     */
    public double[] column(int col) {
        double[] out = new double[features.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = features[i][col];
        }
        return out;
    }

    /**
     * A copy of one feature column, by name.
     *
     * @param featureName a name from {@link #featureNames()}
     * @return one value per row
     * @throws IllegalArgumentException when there is no such feature
     */
    public double[] column(String featureName) {
        for (int j = 0; j < featureNames.length; j++) {
            if (featureNames[j].equals(featureName)) {
                return column(j);
            }
        }
        throw new IllegalArgumentException(name + " has no feature '" + featureName + "'; features: "
                + String.join(", ", featureNames));
    }

    /**
     * A copy of the feature names.
     *
     * @return one name per column
     */
    public String[] featureNames() {
        return featureNames.clone();
    }

    /**
     * A copy of the class labels.
     *
     * @return one class index per row
     * @throws IllegalStateException for regression data
     */
    public int[] labels() {
        requireClassification();
        return labels.clone();
    }

    /**
     * A copy of the class names.
     *
     * @return the names, indexed by label
     * @throws IllegalStateException for regression data
     */
    public String[] classNames() {
        requireClassification();
        return classNames.clone();
    }

    /**
     * A copy of the regression targets.
     *
     * @return one value per row
     * @throws IllegalStateException for classification data
     */
    public double[] targets() {
        if (targets == null) {
            throw new IllegalStateException(name + " is classification data: use labels(), not targets()");
        }
        return targets.clone();
    }

    /**
     * The first {@code n} rows (or all rows when there are fewer).
     *
     * @param n how many rows, at least 0
     * @return a new LabeledData
     */
    public LabeledData head(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("head(n) needs n >= 0, got " + n);
        }
        int[] idx = new int[Math.min(n, rows())];
        Arrays.setAll(idx, i -> i);
        return select(idx);
    }

    /**
     * The given rows, in the given order.
     *
     * @param rowIndices row indices (may repeat)
     * @return a new LabeledData
     */
    public LabeledData select(int[] rowIndices) {
        double[][] f = new double[rowIndices.length][];
        for (int i = 0; i < rowIndices.length; i++) {
            f[i] = features[rowIndices[i]].clone();
        }
        if (labels != null) {
            int[] l = new int[rowIndices.length];
            Arrays.setAll(l, i -> labels[rowIndices[i]]);
            return new LabeledData(name, featureNames, f, l, classNames, null);
        }
        double[] t = new double[rowIndices.length];
        Arrays.setAll(t, i -> targets[rowIndices[i]]);
        return new LabeledData(name, featureNames, f, null, null, t);
    }

    /**
     * The rows in a random order determined by the seed (Fisher–Yates with
     * {@link java.util.Random}, identical on every JVM).
     *
     * @param seed the random seed
     * @return a new LabeledData
     */
    public LabeledData shuffle(long seed) {
        return select(permutation(rows(), seed));
    }

    /**
     * Shuffles the rows with the seed and splits them into a training and a test part.
     *
     * @param trainFraction the fraction of rows for training, strictly between 0 and 1
     *                      (rounded; both parts keep at least one row)
     * @param seed          the random seed
     * @return the train/test pair
     * @throws IllegalArgumentException when the fraction is not in (0, 1) or there are fewer than 2 rows
     */
    public TrainTest split(double trainFraction, long seed) {
        if (!(trainFraction > 0.0 && trainFraction < 1.0)) {
            throw new IllegalArgumentException("trainFraction must be strictly between 0 and 1, got " + trainFraction);
        }
        if (rows() < 2) {
            throw new IllegalArgumentException(name + " has " + rows() + " rows; a split needs at least 2");
        }
        int[] perm = permutation(rows(), seed);
        int nTrain = (int) Math.max(1, Math.min(rows() - 1, Math.round(rows() * trainFraction)));
        return new TrainTest(select(Arrays.copyOfRange(perm, 0, nTrain)),
                select(Arrays.copyOfRange(perm, nTrain, perm.length)));
    }

    /**
     * Like {@link #split(double, long)} but keeps each class's share equal in both parts: every
     * class is shuffled and split separately, then the parts are shuffled again.
     *
     * @param trainFraction the fraction of each class for training, strictly between 0 and 1
     * @param seed          the random seed
     * @return the train/test pair
     * @throws IllegalStateException for regression data
     */
    public TrainTest stratifiedSplit(double trainFraction, long seed) {
        requireClassification();
        if (!(trainFraction > 0.0 && trainFraction < 1.0)) {
            throw new IllegalArgumentException("trainFraction must be strictly between 0 and 1, got " + trainFraction);
        }
        int[] perm = permutation(rows(), seed);
        int[] train = new int[rows()];
        int[] test = new int[rows()];
        int nTrain = 0;
        int nTest = 0;
        for (int c = 0; c < classNames.length; c++) {
            int count = 0;
            for (int i : perm) {
                if (labels[i] == c) {
                    count++;
                }
            }
            long keep = Math.round(count * trainFraction);
            int seen = 0;
            for (int i : perm) {
                if (labels[i] == c) {
                    if (seen++ < keep) {
                        train[nTrain++] = i;
                    } else {
                        test[nTest++] = i;
                    }
                }
            }
        }
        int[] trainIdx = Arrays.copyOf(train, nTrain);
        int[] testIdx = Arrays.copyOf(test, nTest);
        int[] p1 = permutation(nTrain, seed + 1);
        int[] p2 = permutation(nTest, seed + 2);
        int[] trainShuffled = new int[nTrain];
        int[] testShuffled = new int[nTest];
        Arrays.setAll(trainShuffled, i -> trainIdx[p1[i]]);
        Arrays.setAll(testShuffled, i -> testIdx[p2[i]]);
        return new TrainTest(select(trainShuffled), select(testShuffled));
    }

    /**
     * The number of rows of each class.
     *
     * @return counts indexed by label
     * @throws IllegalStateException for regression data
     */
    public int[] classCounts() {
        requireClassification();
        int[] counts = new int[classNames.length];
        for (int l : labels) {
            counts[l]++;
        }
        return counts;
    }

    static int[] permutation(int n, long seed) {
        int[] perm = new int[n];
        Arrays.setAll(perm, i -> i);
        Random rng = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
        }
        return perm;
    }

    /**
     * Converts classification data to a Tribuo dataset (one {@link ArrayExample} per row, the
     * label being the class name).
     *
     * @return a new mutable Tribuo dataset
     * @throws IllegalStateException for regression data
     */
    public MutableDataset<Label> toTribuoClassification() {
        requireClassification();
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> ds = new MutableDataset<>(
                new SimpleDataSourceProvenance(name, FIXED_TIME, factory), factory);
        for (int i = 0; i < features.length; i++) {
            ds.add(new ArrayExample<>(new Label(classNames[labels[i]]), featureNames, features[i]));
        }
        return ds;
    }

    /**
     * Converts regression data to a Tribuo dataset whose single output dimension is named
     * {@code target}.
     *
     * @return a new mutable Tribuo dataset
     * @throws IllegalStateException for classification data
     */
    public MutableDataset<Regressor> toTribuoRegression() {
        if (targets == null) {
            throw new IllegalStateException(name + " is classification data: use toTribuoClassification()");
        }
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> ds = new MutableDataset<>(
                new SimpleDataSourceProvenance(name, FIXED_TIME, factory), factory);
        for (int i = 0; i < features.length; i++) {
            ds.add(new ArrayExample<>(new Regressor("target", targets[i]), featureNames, features[i]));
        }
        return ds;
    }

    /**
     * Converts to a Smile data frame: one double column per feature plus an int column
     * {@code class} (classification) or a double column {@code target} (regression) at the end.
     *
     * @return a new data frame
     */
    public DataFrame toSmile() {
        DataFrame df = DataFrame.of(deepCopy(features), featureNames.clone());
        return labels != null ? df.merge(IntVector.of("class", labels.clone()))
                : df.merge(DoubleVector.of("target", targets.clone()));
    }

    /**
     * A one-line summary, e.g. {@code wine: 178 rows x 13 features, 3 classes [class_0, class_1, class_2]}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        String out = labels != null
                ? classNames.length + " classes " + Arrays.toString(classNames)
                : "numeric target";
        return name + ": " + rows() + " rows x " + cols() + " features, " + out;
    }

    /**
     * An HTML preview: the summary and the first five rows (the kernel renders this as text/html).
     *
     * @return an HTML fragment
     */
    public String toHtml() {
        StringBuilder sb = new StringBuilder("<div><p>").append(escape(toString())).append("</p><table><thead><tr>");
        for (String f : featureNames) {
            sb.append("<th>").append(escape(f)).append("</th>");
        }
        sb.append("<th>").append(labels != null ? "class" : "target").append("</th></tr></thead><tbody>");
        for (int i = 0; i < Math.min(5, rows()); i++) {
            sb.append("<tr>");
            for (double v : features[i]) {
                sb.append("<td>").append(format(v)).append("</td>");
            }
            sb.append("<td>").append(labels != null ? escape(classNames[labels[i]]) : format(targets[i]))
                    .append("</td></tr>");
        }
        return sb.append("</tbody></table></div>").toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+(?=$|e)", "");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void requireClassification() {
        if (labels == null) {
            throw new IllegalStateException(name + " is regression data: use targets(), not labels()/classNames()");
        }
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}

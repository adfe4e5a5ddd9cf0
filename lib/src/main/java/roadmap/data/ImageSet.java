package roadmap.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Sampler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * An immutable set of equally sized grayscale images with integer class labels.
 *
 * <p>Pixels are floats in {@code [0, 1]}, each image a row-major {@code float[height * width]}.
 * Accessors return copies, so a notebook cannot change a cached dataset by accident.
 * {@link #toDjlDataset} turns the set into a DJL {@link ArrayDataset} of shape
 * {@code (n, 1, height, width)} with float labels, ready for {@code roadmap.dl.Fit}.
 */
public final class ImageSet {

    private final float[][] images;
    private final int[] labels;
    private final int height;
    private final int width;
    private final List<String> classNames;

    /**
     * Creates an image set (the arrays are copied).
     *
     * @param images     one row-major {@code float[height * width]} per image
     * @param labels     one class index in {@code [0, classNames.size())} per image
     * @param height     image height in pixels
     * @param width      image width in pixels
     * @param classNames class names in label order
     * @throws IllegalArgumentException when sizes disagree or a label is out of range
     */
    public ImageSet(float[][] images, int[] labels, int height, int width, List<String> classNames) {
        if (images.length != labels.length) {
            throw new IllegalArgumentException(images.length + " images but " + labels.length + " labels");
        }
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + height + "x" + width);
        }
        this.images = new float[images.length][];
        for (int i = 0; i < images.length; i++) {
            if (images[i].length != height * width) {
                throw new IllegalArgumentException("image " + i + " has " + images[i].length + " pixels, expected "
                        + height + "x" + width);
            }
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException("label " + labels[i] + " of image " + i + " is not in [0, "
                        + classNames.size() + ")");
            }
            this.images[i] = images[i].clone();
        }
        this.labels = labels.clone();
        this.height = height;
        this.width = width;
        this.classNames = List.copyOf(classNames);
    }

    /** Shares arrays the caller guarantees it will not touch again. */
    private ImageSet(float[][] images, int[] labels, int height, int width, List<String> classNames, boolean own) {
        this.images = images;
        this.labels = labels;
        this.height = height;
        this.width = width;
        this.classNames = classNames;
    }

    /** @return the number of images */
    public int size() {
        return images.length;
    }

    /** @return image height in pixels */
    public int height() {
        return height;
    }

    /** @return image width in pixels */
    public int width() {
        return width;
    }

    /** @return the class names in label order */
    public List<String> classNames() {
        return classNames;
    }

    /** @return the number of classes */
    public int numClasses() {
        return classNames.size();
    }

    /** @return a copy of all images, {@code [size()][height * width]}, pixels in [0, 1] */
    public float[][] images() {
        float[][] copy = new float[images.length][];
        for (int i = 0; i < images.length; i++) {
            copy[i] = images[i].clone();
        }
        return copy;
    }

    /**
     * One image.
     *
     * @param i index in {@code [0, size())}
     * @return a copy of its row-major pixels
     */
    public float[] image(int i) {
        return images[i].clone();
    }

    /**
     * One image as a {@code [height][width]} matrix, the form {@code roadmap.plot.Images.toImage}
     * and {@code Images.grid} draw.
     *
     * @param i index in {@code [0, size())}
     * @return the pixels as doubles in [0, 1]
     */
    public double[][] matrix(int i) {
        double[][] m = new double[height][width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                m[r][c] = images[i][r * width + c];
            }
        }
        return m;
    }

    /** @return a copy of the labels */
    public int[] labels() {
        return labels.clone();
    }

    /**
     * One label.
     *
     * @param i index in {@code [0, size())}
     * @return its class index
     */
    public int label(int i) {
        return labels[i];
    }

    /** @return how many images each class has, indexed by label */
    public int[] classCounts() {
        int[] counts = new int[classNames.size()];
        for (int y : labels) {
            counts[y]++;
        }
        return counts;
    }

    /**
     * The images {@code from} (inclusive) to {@code to} (exclusive), in order.
     *
     * @param from first index
     * @param to   one past the last index
     * @return a new set
     */
    public ImageSet slice(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") is not within [0, " + size() + "]");
        }
        return new ImageSet(Arrays.copyOfRange(images, from, to), Arrays.copyOfRange(labels, from, to),
                height, width, classNames, true);
    }

    /**
     * A stratified random subset: each class keeps its share of {@code n} (largest-remainder
     * rounding), images chosen with {@code new Random(seed)}, returned in their original order.
     *
     * @param n    subset size in {@code [0, size()]}
     * @param seed random seed; the same seed gives the same subset
     * @return a new set of exactly {@code n} images
     */
    public ImageSet subset(int n, long seed) {
        if (n < 0 || n > size()) {
            throw new IllegalArgumentException("subset size " + n + " is not within [0, " + size() + "]");
        }
        int k = classNames.size();
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byClass.get(labels[i]).add(i);
        }
        int[] take = new int[k];
        double[] remainder = new double[k];
        int assigned = 0;
        for (int c = 0; c < k; c++) {
            double exact = (double) n * byClass.get(c).size() / size();
            take[c] = (int) Math.floor(exact);
            remainder[c] = exact - take[c];
            assigned += take[c];
        }
        while (assigned < n) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                if (take[c] < byClass.get(c).size() && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            take[best]++;
            remainder[best] = -1;
            assigned++;
        }
        Random rng = new Random(seed);
        boolean[] chosen = new boolean[size()];
        for (int c = 0; c < k; c++) {
            List<Integer> idx = byClass.get(c);
            java.util.Collections.shuffle(idx, rng);
            for (int j = 0; j < take[c]; j++) {
                chosen[idx.get(j)] = true;
            }
        }
        float[][] img = new float[n][];
        int[] lab = new int[n];
        for (int i = 0, o = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                img[o] = images[i];
                lab[o++] = labels[i];
            }
        }
        return new ImageSet(img, lab, height, width, classNames, true);
    }

    /**
     * All images as one array of shape {@code (size, 1, height, width)}, float32.
     *
     * @param manager the manager that will own the array
     * @return the images
     */
    public NDArray toImagesArray(NDManager manager) {
        float[] flat = new float[size() * height * width];
        for (int i = 0; i < images.length; i++) {
            System.arraycopy(images[i], 0, flat, i * height * width, height * width);
        }
        return manager.create(flat, new Shape(size(), 1, height, width));
    }

    /**
     * The labels as one float32 array of shape {@code (size)}.
     *
     * @param manager the manager that will own the array
     * @return the labels
     */
    public NDArray toLabelsArray(NDManager manager) {
        float[] y = new float[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        return manager.create(y, new Shape(labels.length));
    }

    /**
     * A DJL dataset of this set: data {@code (n, 1, height, width)} float32, labels {@code (n)}.
     * When {@code shuffle} is set, each pass over the data (each epoch) draws a new order from
     * {@code new Random(seed + epoch)}, so training is reproducible without global state.
     *
     * @param manager   the manager that owns the arrays (close it when done)
     * @param batchSize examples per batch
     * @param shuffle   whether to shuffle every epoch
     * @param seed      the shuffle seed
     * @return the dataset
     */
    public ArrayDataset toDjlDataset(NDManager manager, int batchSize, boolean shuffle, long seed) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        return new ArrayDataset.Builder()
                .setData(toImagesArray(manager))
                .optLabels(toLabelsArray(manager))
                .setSampling(new SeededSampler(batchSize, shuffle, seed))
                .build();
    }

    @Override
    public String toString() {
        return "ImageSet[" + size() + " images " + height + "x" + width + ", " + numClasses() + " classes "
                + classNames + "]";
    }

    /** Batches in order, or in a fresh seeded order per epoch; keeps the last, smaller batch. */
    static final class SeededSampler implements Sampler {
        private final int batchSize;
        private final boolean shuffle;
        private final long seed;
        private int epoch;

        SeededSampler(int batchSize, boolean shuffle, long seed) {
            this.batchSize = batchSize;
            this.shuffle = shuffle;
            this.seed = seed;
        }

        @Override
        public Iterator<List<Long>> sample(RandomAccessDataset dataset) {
            int n = Math.toIntExact(dataset.size());
            List<Long> order = new ArrayList<>(n);
            for (long i = 0; i < n; i++) {
                order.add(i);
            }
            if (shuffle) {
                java.util.Collections.shuffle(order, new Random(seed + epoch++));
            }
            List<List<Long>> batches = new ArrayList<>();
            for (int i = 0; i < n; i += batchSize) {
                batches.add(List.copyOf(order.subList(i, Math.min(n, i + batchSize))));
            }
            return batches.iterator();
        }

        @Override
        public int getBatchSize() {
            return batchSize;
        }
    }
}

package roadmap.dl;

import java.util.Random;
import roadmap.data.ImageSet;

/**
 * Data augmentation for grayscale images: label-preserving changes (mirror flips, shifts, small
 * rotations) that give a network more varied training examples than the data set holds.
 *
 * <p>Images are row-major {@code float[height * width]} arrays with pixels in {@code [0, 1]} (the
 * form of {@link ImageSet#image(int)}); every method returns a new array and leaves its input
 * alone. Pixels that move in from outside the image are 0 (black background, as in MNIST and
 * Fashion-MNIST).
 *
 * <p>The static methods are the deterministic transforms; an instance draws random ones:
 *
 * <pre>{@code
 * Augment aug = Augment.of(true, 2, 10);        // mirror half the time, shift <= 2 px, rotate <= 10 degrees
 * float[] seen = aug.apply(img, 28, 28, new Random(42));
 * ImageSet bigger = aug.expand(train, 2, 42);   // the originals plus 2 augmented copies of each
 * }</pre>
 *
 * <p>Which changes preserve the label depends on the data: a mirrored shoe is still a shoe, a
 * mirrored 2 is not a 2 (use {@code flips = false} for digits).
 */
public final class Augment {

    private final boolean flips;
    private final int maxShift;
    private final double maxDegrees;

    private Augment(boolean flips, int maxShift, double maxDegrees) {
        this.flips = flips;
        this.maxShift = maxShift;
        this.maxDegrees = maxDegrees;
    }

    /**
     * A random augmentation: each call of {@link #apply} mirrors left-right with probability 1/2
     * (when {@code flips}), rotates by an angle drawn uniformly from
     * {@code [-maxDegrees, maxDegrees]}, then shifts by whole pixels drawn uniformly from
     * {@code [-maxShift, maxShift]} in each direction.
     *
     * @param flips      whether to mirror left-right half of the time
     * @param maxShift   the largest shift in pixels, at least 0
     * @param maxDegrees the largest rotation in degrees, in {@code [0, 180]}
     * @return the augmentation
     * @throws IllegalArgumentException on a negative shift or an angle outside [0, 180]
     */
    public static Augment of(boolean flips, int maxShift, double maxDegrees) {
        if (maxShift < 0) {
            throw new IllegalArgumentException("maxShift must be >= 0, got " + maxShift);
        }
        if (!(maxDegrees >= 0 && maxDegrees <= 180)) {
            throw new IllegalArgumentException("maxDegrees must be in [0, 180], got " + maxDegrees);
        }
        return new Augment(flips, maxShift, maxDegrees);
    }

    /**
     * Applies one random draw of this augmentation.
     *
     * @param image  row-major pixels
     * @param height image height
     * @param width  image width
     * @param rng    the random source (seed it for reproducible results)
     * @return the augmented image
     */
    public float[] apply(float[] image, int height, int width, Random rng) {
        check(image, height, width);
        float[] out = image;
        if (flips && rng.nextBoolean()) {
            out = flipHorizontal(out, height, width);
        }
        if (maxDegrees > 0) {
            out = rotate(out, height, width, (2 * rng.nextDouble() - 1) * maxDegrees);
        }
        if (maxShift > 0) {
            int dy = rng.nextInt(2 * maxShift + 1) - maxShift;
            int dx = rng.nextInt(2 * maxShift + 1) - maxShift;
            out = shift(out, height, width, dy, dx);
        }
        return out == image ? image.clone() : out;
    }

    /**
     * A larger training set: every original image (first, in order) followed by {@code copies}
     * augmented versions of each, labels carried over. Drawn with {@code new Random(seed)}.
     *
     * @param set    the images
     * @param copies augmented copies per image, at least 0
     * @param seed   the random seed
     * @return a set of {@code set.size() * (1 + copies)} images
     */
    public ImageSet expand(ImageSet set, int copies, long seed) {
        if (copies < 0) {
            throw new IllegalArgumentException("copies must be >= 0, got " + copies);
        }
        Random rng = new Random(seed);
        int n = set.size();
        float[][] images = new float[n * (1 + copies)][];
        int[] labels = new int[images.length];
        for (int i = 0; i < n; i++) {
            images[i] = set.image(i);
            labels[i] = set.label(i);
        }
        for (int c = 0; c < copies; c++) {
            for (int i = 0; i < n; i++) {
                int o = n * (1 + c) + i;
                images[o] = apply(images[i], set.height(), set.width(), rng);
                labels[o] = labels[i];
            }
        }
        return new ImageSet(images, labels, set.height(), set.width(), set.classNames());
    }

    /**
     * Mirrors left-right: pixel {@code (r, c)} moves to {@code (r, width - 1 - c)}.
     *
     * @param image  row-major pixels
     * @param height image height
     * @param width  image width
     * @return the mirrored image
     */
    public static float[] flipHorizontal(float[] image, int height, int width) {
        check(image, height, width);
        float[] out = new float[image.length];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                out[r * width + c] = image[r * width + (width - 1 - c)];
            }
        }
        return out;
    }

    /**
     * Mirrors top-bottom: pixel {@code (r, c)} moves to {@code (height - 1 - r, c)}.
     *
     * @param image  row-major pixels
     * @param height image height
     * @param width  image width
     * @return the mirrored image
     */
    public static float[] flipVertical(float[] image, int height, int width) {
        check(image, height, width);
        float[] out = new float[image.length];
        for (int r = 0; r < height; r++) {
            System.arraycopy(image, (height - 1 - r) * width, out, r * width, width);
        }
        return out;
    }

    /**
     * Shifts by whole pixels: pixel {@code (r, c)} moves to {@code (r + dy, c + dx)}; what leaves the
     * frame is lost, what enters is 0.
     *
     * @param image  row-major pixels
     * @param height image height
     * @param width  image width
     * @param dy     rows down (negative: up)
     * @param dx     columns right (negative: left)
     * @return the shifted image
     */
    public static float[] shift(float[] image, int height, int width, int dy, int dx) {
        check(image, height, width);
        float[] out = new float[image.length];
        for (int r = 0; r < height; r++) {
            int from = r - dy;
            if (from < 0 || from >= height) {
                continue;
            }
            for (int c = 0; c < width; c++) {
                int fc = c - dx;
                if (fc >= 0 && fc < width) {
                    out[r * width + c] = image[from * width + fc];
                }
            }
        }
        return out;
    }

    /**
     * Rotates about the image centre {@code ((height-1)/2, (width-1)/2)}, counter-clockwise as seen
     * on screen for positive angles, with bilinear interpolation: each output pixel looks up the
     * point the inverse rotation sends it to and blends its four neighbours; points outside the
     * frame count as 0. Multiples of 90 degrees on a square image move pixels exactly.
     *
     * @param image   row-major pixels
     * @param height  image height
     * @param width   image width
     * @param degrees the angle in degrees
     * @return the rotated image
     */
    public static float[] rotate(float[] image, int height, int width, double degrees) {
        check(image, height, width);
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        // snap tiny rounding errors so multiples of 90 degrees stay exact
        cos = Math.abs(cos) < 1e-12 ? 0 : cos;
        sin = Math.abs(sin) < 1e-12 ? 0 : sin;
        double cy = (height - 1) / 2.0;
        double cx = (width - 1) / 2.0;
        float[] out = new float[image.length];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                // screen coordinates: x right, y up = -(row); inverse rotation of the output point
                double x = c - cx;
                double y = cy - r;
                double sx = cos * x + sin * y;
                double sy = -sin * x + cos * y;
                out[r * width + c] = (float) sample(image, height, width, cy - sy, sx + cx);
            }
        }
        return out;
    }

    /** Bilinear sample at fractional (row, col); 0 outside. */
    private static double sample(float[] image, int height, int width, double row, double col) {
        int r0 = (int) Math.floor(row);
        int c0 = (int) Math.floor(col);
        double fr = row - r0;
        double fc = col - c0;
        double v = 0;
        for (int dr = 0; dr <= 1; dr++) {
            for (int dc = 0; dc <= 1; dc++) {
                double w = (dr == 0 ? 1 - fr : fr) * (dc == 0 ? 1 - fc : fc);
                int rr = r0 + dr;
                int cc = c0 + dc;
                if (w != 0 && rr >= 0 && rr < height && cc >= 0 && cc < width) {
                    v += w * image[rr * width + cc];
                }
            }
        }
        return v;
    }

    /**
     * The centre of mass of the pixel intensities, {@code (row, column)}: the intensity-weighted
     * mean position. A shift by {@code (dy, dx)} that loses no ink moves it by exactly {@code (dy, dx)}.
     *
     * @param image  row-major pixels (not all 0)
     * @param height image height
     * @param width  image width
     * @return {@code {row, column}}
     * @throws IllegalArgumentException when the image is all 0
     */
    public static double[] centreOfMass(float[] image, int height, int width) {
        check(image, height, width);
        double total = 0;
        double rows = 0;
        double cols = 0;
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                double v = image[r * width + c];
                total += v;
                rows += v * r;
                cols += v * c;
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("an all-zero image has no centre of mass");
        }
        return new double[] {rows / total, cols / total};
    }

    private static void check(float[] image, int height, int width) {
        if (height <= 0 || width <= 0 || image == null || image.length != height * width) {
            throw new IllegalArgumentException("expected " + height + "x" + width + " pixels, got "
                    + (image == null ? "null" : image.length));
        }
    }

    @Override
    public String toString() {
        return "Augment[flips=" + flips + ", maxShift=" + maxShift + ", maxDegrees=" + maxDegrees + "]";
    }
}

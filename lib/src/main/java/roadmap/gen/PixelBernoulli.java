package roadmap.gen;

/**
 * The simplest generative model of binary images and the baseline a VAE must beat: every pixel
 * an independent Bernoulli variable with its own probability, estimated from training images
 * (with add-one smoothing, so no probability is exactly 0 or 1). Its log-likelihood is exact.
 */
public final class PixelBernoulli {

    private final double[] p;

    private PixelBernoulli(double[] p) {
        this.p = p;
    }

    /**
     * Sets each pixel's probability to {@code (ones + 1) / (images + 2)}.
     *
     * @param images binary training images (0/1 values), all the same length
     * @return the fitted model
     */
    public static PixelBernoulli fit(float[][] images) {
        if (images == null || images.length == 0) {
            throw new IllegalArgumentException("no images");
        }
        int d = images[0].length;
        double[] ones = new double[d];
        for (float[] image : images) {
            if (image.length != d) {
                throw new IllegalArgumentException("images of different sizes: " + image.length + " and " + d);
            }
            for (int j = 0; j < d; j++) {
                ones[j] += image[j];
            }
        }
        for (int j = 0; j < d; j++) {
            ones[j] = (ones[j] + 1) / (images.length + 2.0);
        }
        return new PixelBernoulli(ones);
    }

    /** @return each pixel's probability of being 1 (a copy) */
    public double[] probabilities() {
        return p.clone();
    }

    /**
     * The mean log-likelihood of images, {@code Σ_j x_j log p_j + (1 − x_j) log(1 − p_j)}, in nats
     * per image.
     *
     * @param images binary images
     * @return the mean log-likelihood (≤ 0)
     */
    public double logLikelihood(float[][] images) {
        double total = 0;
        for (float[] image : images) {
            if (image.length != p.length) {
                throw new IllegalArgumentException("image has " + image.length + " pixels, the model " + p.length);
            }
            for (int j = 0; j < p.length; j++) {
                total += image[j] * Math.log(p[j]) + (1 - image[j]) * Math.log1p(-p[j]);
            }
        }
        return total / images.length;
    }

    /**
     * Thresholds gray images into binary ones: 1 where the value is above {@code threshold}.
     *
     * @param images    gray images with values in [0, 1]
     * @param threshold e.g. 0.5
     * @return new 0/1 images
     */
    public static float[][] binarize(float[][] images, double threshold) {
        float[][] out = new float[images.length][];
        for (int i = 0; i < images.length; i++) {
            out[i] = new float[images[i].length];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = images[i][j] > threshold ? 1f : 0f;
            }
        }
        return out;
    }
}

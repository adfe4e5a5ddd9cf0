package roadmap.stats;

/**
 * An equal-width histogram normalised as a density (bar heights integrate to the fraction of
 * samples inside the range), ready to be drawn over a probability density function.
 */
public final class Histogram {

    private final double lo;
    private final double width;
    private final int[] counts;
    private final int total;

    private Histogram(double lo, double width, int[] counts, int total) {
        this.lo = lo;
        this.width = width;
        this.counts = counts;
        this.total = total;
    }

    /**
     * Counts the samples in {@code bins} equal bins over {@code [lo, hi)}; samples outside are
     * counted in the total only, so the density's integral is the fraction inside.
     *
     * @param samples the data
     * @param lo      left edge
     * @param hi      right edge, greater than {@code lo}
     * @param bins    the number of bins, at least 1
     * @return the histogram
     */
    public static Histogram of(double[] samples, double lo, double hi, int bins) {
        if (!(hi > lo) || bins < 1 || samples.length == 0) {
            throw new IllegalArgumentException("need hi > lo, bins >= 1 and samples, got lo=" + lo
                    + ", hi=" + hi + ", bins=" + bins + ", " + samples.length + " samples");
        }
        double width = (hi - lo) / bins;
        int[] counts = new int[bins];
        for (double s : samples) {
            if (s >= lo && s < hi) {
                counts[Math.min((int) ((s - lo) / width), bins - 1)]++;
            }
        }
        return new Histogram(lo, width, counts, samples.length);
    }

    /** @return the count in each bin */
    public int[] counts() {
        return counts.clone();
    }

    /** @return the centre of each bin */
    public double[] centers() {
        double[] c = new double[counts.length];
        for (int b = 0; b < c.length; b++) {
            c[b] = lo + (b + 0.5) * width;
        }
        return c;
    }

    /** @return the density in each bin: {@code count / (total · width)} */
    public double[] density() {
        double[] d = new double[counts.length];
        for (int b = 0; b < d.length; b++) {
            d[b] = counts[b] / (total * width);
        }
        return d;
    }

    /** @return the bin width */
    public double binWidth() {
        return width;
    }

    /** @return {@code Σ density · width}: the fraction of samples inside the range */
    public double integral() {
        double s = 0;
        for (double d : density()) {
            s += d * width;
        }
        return s;
    }

    /** @return x coordinates of the histogram outline as a step line (two points per bin) */
    public double[] stepX() {
        double[] x = new double[2 * counts.length];
        for (int b = 0; b < counts.length; b++) {
            x[2 * b] = lo + b * width;
            x[2 * b + 1] = lo + (b + 1) * width;
        }
        return x;
    }

    /** @return y coordinates matching {@link #stepX()}: each bin's density, twice */
    public double[] stepY() {
        double[] d = density();
        double[] y = new double[2 * d.length];
        for (int b = 0; b < d.length; b++) {
            y[2 * b] = d[b];
            y[2 * b + 1] = d[b];
        }
        return y;
    }
}

package roadmap.stats;

import java.util.Arrays;

/**
 * Calibration (reliability) bins of a binary classifier: the predicted probabilities of class 1
 * are grouped into equal-width bins over [0, 1]; in each bin the mean predicted probability is
 * compared with the observed fraction of positives. A calibrated model has the two equal in
 * every bin (its points lie on the diagonal of the reliability diagram).
 */
public final class Calibration {

    private final int[] counts;
    private final double[] meanPredicted;
    private final double[] fractionPositive;
    private final int n;

    private Calibration(int[] counts, double[] meanPredicted, double[] fractionPositive, int n) {
        this.counts = counts;
        this.meanPredicted = meanPredicted;
        this.fractionPositive = fractionPositive;
        this.n = n;
    }

    /**
     * Bins predictions into {@code bins} equal-width intervals {@code [k/bins, (k+1)/bins)};
     * the last interval includes 1.
     *
     * @param y         labels, each 0 or 1
     * @param pPositive predicted probabilities of class 1
     * @param bins      the number of bins, at least 1
     * @return the calibration table
     */
    public static Calibration of(int[] y, double[] pPositive, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        if (y.length != pPositive.length || y.length == 0) {
            throw new IllegalArgumentException("need equally many labels and probabilities, got "
                    + y.length + " and " + pPositive.length);
        }
        int[] counts = new int[bins];
        double[] sumP = new double[bins];
        double[] sumY = new double[bins];
        for (int i = 0; i < y.length; i++) {
            double p = pPositive[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("not a probability: " + p);
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("binary labels must be 0 or 1, got " + y[i]);
            }
            int b = Math.min((int) (p * bins), bins - 1);
            counts[b]++;
            sumP[b] += p;
            sumY[b] += y[i];
        }
        double[] meanP = new double[bins];
        double[] frac = new double[bins];
        for (int b = 0; b < bins; b++) {
            meanP[b] = counts[b] == 0 ? Double.NaN : sumP[b] / counts[b];
            frac[b] = counts[b] == 0 ? Double.NaN : sumY[b] / counts[b];
        }
        return new Calibration(counts, meanP, frac, y.length);
    }

    /** @return the number of predictions in each bin */
    public int[] counts() {
        return counts.clone();
    }

    /** @return the mean predicted probability in each bin ({@code NaN} for an empty bin) */
    public double[] meanPredicted() {
        return meanPredicted.clone();
    }

    /** @return the observed fraction of positives in each bin ({@code NaN} for an empty bin) */
    public double[] fractionPositive() {
        return fractionPositive.clone();
    }

    /** @return the mean predicted probability of the non-empty bins, in bin order (for plotting) */
    public double[] meanPredictedNonEmpty() {
        return nonEmpty(meanPredicted);
    }

    /** @return the fraction of positives of the non-empty bins, in bin order (for plotting) */
    public double[] fractionPositiveNonEmpty() {
        return nonEmpty(fractionPositive);
    }

    /**
     * Expected calibration error {@code Σ_b (n_b / n) |p̄_b − ȳ_b|}: the mean distance from the
     * diagonal, weighted by how many predictions each bin holds.
     *
     * @return the ECE, in [0, 1]
     */
    public double expectedCalibrationError() {
        double ece = 0;
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] > 0) {
                ece += (double) counts[b] / n * Math.abs(meanPredicted[b] - fractionPositive[b]);
            }
        }
        return ece;
    }

    private double[] nonEmpty(double[] values) {
        return java.util.stream.IntStream.range(0, counts.length).filter(b -> counts[b] > 0)
                .mapToDouble(b -> values[b]).toArray();
    }

    @Override
    public String toString() {
        return "Calibration" + Arrays.toString(counts) + ", ECE=" + expectedCalibrationError();
    }
}

package roadmap.metrics;

import java.util.Arrays;
import java.util.Locale;

/**
 * One score measured several times (over cross-validation folds, repeated shuffles, seeds):
 * the values, their mean and their sample standard deviation. {@link #toString()} prints
 * {@code "0.951 ± 0.012"}, the form a scoreboard shows.
 *
 * <p>The standard deviation describes how much one measurement varies; the standard error
 * {@code sd / sqrt(n)} describes how well the mean is known. Two means closer than about two
 * standard errors of their difference cannot be told apart by these measurements.
 *
 * @param values the measurements (at least one), in the order taken
 */
public record Spread(double[] values) {

    /**
     * @param values the measurements, at least one, all finite
     */
    public Spread {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("a spread needs at least one value");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a spread needs finite values, got " + v);
            }
        }
        values = values.clone();
    }

    /**
     * @param values the measurements
     * @return their spread
     */
    public static Spread of(double... values) {
        return new Spread(values);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return the number of measurements */
    public int n() {
        return values.length;
    }

    /** @return the arithmetic mean */
    public double mean() {
        return Arrays.stream(values).sum() / values.length;
    }

    /** @return the sample standard deviation (divisor n - 1; 0 for a single value) */
    public double sd() {
        if (values.length < 2) {
            return 0;
        }
        double m = mean();
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    /** @return the standard error of the mean, {@code sd / sqrt(n)} */
    public double standardError() {
        return sd() / Math.sqrt(values.length);
    }

    /**
     * The element-wise difference {@code this - other} of two paired spreads (the same folds or
     * shuffles): its mean is the mean difference, its sd the spread of the paired differences.
     *
     * @param other measurements paired with these, as many
     * @return the paired differences
     */
    public Spread minus(Spread other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("paired spreads need as many values: "
                    + values.length + " vs " + other.values.length);
        }
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i] - other.values[i];
        }
        return new Spread(d);
    }

    /** @return {@code "mean ± sd"} with three decimals */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f ± %.3f", mean(), sd());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spread s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}

package roadmap.metrics;

/**
 * A curve traced by sweeping the decision threshold from high to low: point {@code i} is
 * {@code (x[i], y[i])} obtained with threshold {@code thresholds[i]}. The first point uses
 * threshold {@code +Infinity} (nothing predicted positive).
 *
 * <p>For a ROC curve x is the false positive rate and y the true positive rate; for a
 * precision-recall curve x is recall and y precision. x never decreases along the curve.
 *
 * @param x          x coordinates
 * @param y          y coordinates
 * @param thresholds the threshold of each point
 */
public record Curve(double[] x, double[] y, double[] thresholds) {

    /**
     * Validates the lengths.
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public Curve {
        if (x.length != y.length || x.length != thresholds.length) {
            throw new IllegalArgumentException("x, y and thresholds must have the same length");
        }
    }

    /** @return the number of points */
    public int size() {
        return x.length;
    }

    /** @return the area under the curve by the trapezoid rule, {@link Curves#trapezoid} */
    public double area() {
        return Curves.trapezoid(x, y);
    }
}

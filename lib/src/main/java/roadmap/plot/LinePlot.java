package roadmap.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds a line/scatter chart series by series; obtain one from
 * {@link Plots#line(String, String, String)}.
 *
 * <p>What every chart gets without asking: tick labels with a number of decimals that suits the
 * axis range ("0.05", "121,145", "1.5e6"), logarithmic axes labelled in powers of ten ("10⁻³"),
 * one colour per series name across all charts of a notebook ({@link SeriesColors}), a marker
 * on every point of a line with at most {@value #FEW_POINTS} points, and a dashed line plus
 * "(same as …)" in the legend for a series identical to an earlier one, so it cannot hide.
 */
public final class LinePlot {

    /** Lines with at most this many points get a marker on every point. */
    public static final int FEW_POINTS = 12;

    private static final Marker[] MARKERS = {
        SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_UP,
        SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS
    };

    private record Series(String name, double[] x, double[] y, boolean scatter) {
    }

    private record PointLabels(String series, String[] labels) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<PointLabels> pointLabels = new ArrayList<>();
    private int width = Style.WIDTH;
    private int height = Style.HEIGHT;
    private boolean logY;
    private boolean logX;
    private Boolean markers;

    LinePlot(String title, String xLabel, String yLabel) {
        this.title = Style.require(title, "title");
        this.xLabel = Style.require(xLabel, "x-axis label");
        this.yLabel = Style.require(yLabel, "y-axis label");
    }

    /**
     * Adds a line through the points (x[i], y[i]).
     *
     * @param name the legend entry (unique within the chart)
     * @param x    x values
     * @param y    y values, as many as x
     * @return this builder
     * @throws IllegalArgumentException on a logarithmic axis, when a value is zero or negative
     */
    public LinePlot series(String name, double[] x, double[] y) {
        return add(name, x, y, false);
    }

    /**
     * Adds a line through (1, y[0]), (2, y[1]), …
     *
     * @param name the legend entry
     * @param y    y values
     * @return this builder
     */
    public LinePlot series(String name, double[] y) {
        if (y == null) {
            throw new IllegalArgumentException("series '" + name + "': y must not be null");
        }
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        return add(name, x, y, false);
    }

    /**
     * Adds unconnected points (x[i], y[i]).
     *
     * @param name the legend entry
     * @param x    x values
     * @param y    y values, as many as x
     * @return this builder
     */
    public LinePlot scatter(String name, double[] x, double[] y) {
        return add(name, x, y, true);
    }

    /**
     * Uses a logarithmic y axis, labelled in powers of ten. Every y value must be positive: a zero
     * or negative value (already added or added later) is an {@link IllegalArgumentException}
     * naming the series, the point and the value.
     *
     * @return this builder
     */
    public LinePlot logY() {
        for (Series s : series) {
            requirePositive(s.name(), s.y(), "y");
        }
        this.logY = true;
        return this;
    }

    /**
     * Uses a logarithmic x axis, labelled in powers of ten, e.g. for a sweep over 1, 10, 100, 1000
     * trees or a regularisation strength. Every x value must be positive.
     *
     * <pre>{@code Plots.line("Forest size", "trees", "accuracy").series("forest", trees, acc).logX().build()}</pre>
     *
     * @return this builder
     */
    public LinePlot logX() {
        for (Series s : series) {
            requirePositive(s.name(), s.x(), "x");
        }
        this.logX = true;
        return this;
    }

    /**
     * Draws a marker on every point of every line (by default only lines with at most
     * {@value #FEW_POINTS} points have markers).
     *
     * <pre>{@code Plots.line("Accuracy", "training images", "accuracy").series("cnn", n, acc).markers(true)}</pre>
     *
     * @param on true for markers on every line, false for no markers on lines
     * @return this builder
     */
    public LinePlot markers(boolean on) {
        this.markers = on;
        return this;
    }

    /**
     * Writes a short text next to each point of a series, e.g. the number of examples behind each
     * point of a reliability diagram.
     *
     * <pre>{@code plot.pointLabels("forest", new String[] {"n=12", "n=40", "n=3"})}</pre>
     *
     * @param seriesName a series already added
     * @param labels     one label per point of that series (null or empty for none)
     * @return this builder
     */
    public LinePlot pointLabels(String seriesName, String[] labels) {
        Series s = find(seriesName);
        if (labels == null || labels.length != s.x().length) {
            throw new IllegalArgumentException("pointLabels: series '" + seriesName + "' has " + s.x().length
                    + " points but " + (labels == null ? 0 : labels.length) + " labels were given");
        }
        pointLabels.add(new PointLabels(seriesName, labels.clone()));
        return this;
    }

    /**
     * Writes "n=…" next to each point of a series: how many examples each point summarises (the
     * bin counts of a reliability diagram or a binned curve).
     *
     * <pre>{@code plot.series(name, cal.meanPredictedNonEmpty(), cal.fractionPositiveNonEmpty())
     *     .counts(name, IntStream.of(cal.counts()).filter(c -> c > 0).toArray())}</pre>
     *
     * @param seriesName a series already added
     * @param counts     one count per point of that series
     * @return this builder
     */
    public LinePlot counts(String seriesName, int[] counts) {
        if (counts == null) {
            throw new IllegalArgumentException("counts: no counts given for series '" + seriesName + "'");
        }
        String[] labels = new String[counts.length];
        for (int i = 0; i < counts.length; i++) {
            labels[i] = "n=" + counts[i];
        }
        return pointLabels(seriesName, labels);
    }

    /**
     * Changes the image size from the default 640x420.
     *
     * @param width  pixels, at least 100
     * @param height pixels, at least 100
     * @return this builder
     */
    public LinePlot size(int width, int height) {
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("chart size must be at least 100x100, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        return this;
    }

    private Series find(String name) {
        for (Series s : series) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("chart '" + title + "' has no series '" + name + "'");
    }

    private LinePlot add(String name, double[] x, double[] y, boolean scatter) {
        Style.require(name, "series name");
        Style.sameLength(x, y, "series '" + name + "'");
        for (Series s : series) {
            if (s.name().equals(name)) {
                throw new IllegalArgumentException("series name '" + name + "' is used twice");
            }
        }
        if (logY) {
            requirePositive(name, y, "y");
        }
        if (logX) {
            requirePositive(name, x, "x");
        }
        series.add(new Series(name, x.clone(), y.clone(), scatter));
        return this;
    }

    private void requirePositive(String name, double[] values, String axis) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) && !Double.isNaN(values[i])) {
                throw new IllegalArgumentException("chart '" + title + "': series '" + name + "' has " + axis + "["
                        + i + "] = " + values[i] + ", but a logarithmic " + axis
                        + " axis needs values > 0 (a gap f - f* can round below 0 once converged: clamp it,"
                        + " e.g. Math.max(gap, 1e-16), or use a linear axis)");
            }
        }
    }

    /**
     * Builds the chart.
     *
     * @return an XChart chart (a notebook cell returning it shows it as an image)
     * @throws IllegalStateException when no series was added
     */
    public XYChart build() {
        if (series.isEmpty()) {
            throw new IllegalStateException("chart '" + title + "' has no series");
        }
        List<String> legend = new ArrayList<>();
        List<String> sameAs = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String twin = null;
            for (int j = 0; j < i && twin == null; j++) {
                Series t = series.get(j);
                if (Arrays.equals(s.x(), t.x()) && Arrays.equals(s.y(), t.y())) {
                    twin = t.name();
                }
            }
            sameAs.add(twin);
            legend.add(twin == null ? s.name() : s.name() + " (same as " + twin + ")");
        }
        boolean showLegend = series.size() > 1;
        int fitted = Style.widthFittingTitle(width, title, legend, showLegend);
        XYChart chart = new XYChartBuilder().width(fitted).height(height).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        Style.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(showLegend);
        chart.getStyler().setMarkerSize(7);
        List<Color> colors = SeriesColors.forChart(series.stream().map(Series::name).toList());
        double[] xRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] yRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double[] xs = logX ? log10(s.x()) : s.x();
            double[] ys = logY ? log10(s.y()) : s.y();
            extend(xRange, xs);
            extend(yRange, ys);
            XYSeries xy = chart.addSeries(s.name(), xs, ys);
            Color color = colors.get(i);
            xy.setLineColor(color);
            xy.setMarkerColor(color);
            xy.setFillColor(color);
            if (sameAs.get(i) != null) {
                xy.setLabel(legend.get(i));
            }
            Marker marker = MARKERS[i % MARKERS.length];
            if (s.scatter()) {
                xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                xy.setMarker(marker);
            } else {
                xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                boolean few = s.x().length <= FEW_POINTS;
                xy.setMarker(markers == null ? (few ? marker : SeriesMarkers.NONE)
                        : markers ? marker : SeriesMarkers.NONE);
                if (sameAs.get(i) != null) {
                    // drawn over its twin: dashed, so the twin shows through the gaps
                    xy.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                            new float[] {7f, 7f}, 0f));
                }
            }
        }
        addPointLabels(chart);
        axes(chart, xRange, yRange, fitted);
        return chart;
    }

    private void addPointLabels(XYChart chart) {
        for (PointLabels p : pointLabels) {
            Series s = find(p.series());
            for (int k = 0; k < p.labels().length; k++) {
                String text = p.labels()[k];
                if (text == null || text.isEmpty() || !Double.isFinite(s.x()[k]) || !Double.isFinite(s.y()[k])) {
                    continue;
                }
                double x = logX ? Math.log10(s.x()[k]) : s.x()[k];
                double y = logY ? Math.log10(s.y()[k]) : s.y()[k];
                chart.addAnnotation(new PointLabel(text, x, y));
            }
        }
        chart.getStyler().setAnnotationTextFont(Style.TICKS.deriveFont(10f));
        chart.getStyler().setAnnotationTextFontColor(new Color(60, 60, 60));
    }

    /** A text drawn just above and right of its data point, so it does not cover the marker. */
    private static final class PointLabel extends AnnotationText {
        PointLabel(String text, double x, double y) {
            super(text, x, y, false);
        }

        @Override
        public void paint(java.awt.Graphics2D g) {
            java.awt.geom.AffineTransform saved = g.getTransform();
            g.translate(14, -10);
            super.paint(g);
            g.setTransform(saved);
        }
    }

    /**
     * Tick labels: a format chosen from each axis's range, powers of ten on log axes. XChart puts
     * ticks on the data values themselves when they are equally spaced (1, 4, 7, … epochs;
     * "-0.710526315789474" on a lambda grid); an invisible point off that grid makes it choose
     * round steps instead.
     */
    private void axes(XYChart chart, double[] xRange, double[] yRange, int chartWidth) {
        var styler = chart.getStyler();
        styler.setxAxisTickLabelsFormattingFunction(logX ? Ticks.powersOfTen() : Ticks.linear(xRange[0], xRange[1]));
        styler.setyAxisTickLabelsFormattingFunction(logY ? Ticks.powersOfTen() : Ticks.linear(yRange[0], yRange[1]));
        if (logY && yRange[1] - yRange[0] >= 1) {
            // about one tick per decade, fewer when decades are crowded
            int plotHeight = height - 110;
            styler.setYAxisTickMarkSpacingHint(Math.max(40, (int) (plotHeight / (yRange[1] - yRange[0]) * 0.9)));
        }
        if (logX && xRange[1] - xRange[0] >= 1) {
            int plotWidth = chartWidth - 200;
            styler.setXAxisTickMarkSpacingHint(Math.max(60, (int) (plotWidth / (xRange[1] - xRange[0]) * 0.9)));
        }
        if (xRange[0] < xRange[1] && yRange[0] < yRange[1]) {
            XYSeries decoy = chart.addSeries("\u200b", new double[] {offGrid(xRange)}, new double[] {offGrid(yRange)});
            decoy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            decoy.setMarker(SeriesMarkers.NONE);
            decoy.setShowInLegend(false);
            decoy.setLineColor(new Color(0, 0, 0, 0));
        }
    }

    private double offGrid(double[] range) {
        return range[0] + (range[1] - range[0]) * (Math.sqrt(2) - 1);
    }

    private static void extend(double[] range, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                range[0] = Math.min(range[0], v);
                range[1] = Math.max(range[1], v);
            }
        }
    }

    private static double[] log10(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.log10(values[i]);
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LinePlot['%s', %d series]", title, series.size());
    }
}

package roadmap.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds a line/scatter chart series by series; obtain one from
 * {@link Plots#line(String, String, String)}.
 */
public final class LinePlot {

    private record Series(String name, double[] x, double[] y, boolean scatter) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private int width = Style.WIDTH;
    private int height = Style.HEIGHT;
    private boolean logY;

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
     * Uses a logarithmic y axis (all y values must be positive).
     *
     * @return this builder
     */
    public LinePlot logY() {
        this.logY = true;
        return this;
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

    private LinePlot add(String name, double[] x, double[] y, boolean scatter) {
        Style.require(name, "series name");
        Style.sameLength(x, y, "series '" + name + "'");
        for (Series s : series) {
            if (s.name().equals(name)) {
                throw new IllegalArgumentException("series name '" + name + "' is used twice");
            }
        }
        series.add(new Series(name, x.clone(), y.clone(), scatter));
        return this;
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
        int fitted = Style.widthFittingTitle(width, title, series.stream().map(Series::name).toList(), series.size() > 1);
        XYChart chart = new XYChartBuilder().width(fitted).height(height).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        Style.apply(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setLegendVisible(series.size() > 1);
        chart.getStyler().setMarkerSize(6);
        for (Series s : series) {
            XYSeries xy = chart.addSeries(s.name(), s.x(), s.y());
            if (s.scatter()) {
                xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                xy.setMarker(SeriesMarkers.CIRCLE);
            } else {
                xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                xy.setMarker(SeriesMarkers.NONE);
            }
        }
        return chart;
    }
}

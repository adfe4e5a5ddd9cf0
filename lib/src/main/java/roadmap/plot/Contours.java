package roadmap.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A contour plot of a function of two variables {@code f(x, y)} (level curves traced by marching
 * squares on a grid), with optional paths drawn over it — e.g. the steps of an optimiser on its
 * loss surface. XChart has no contour chart, so each level is drawn as line segments in grey.
 *
 * <pre>{@code
 * Contours c = Contours.of("Gradient descent", "w1", "w2", (x, y) -> x * x + 10 * y * y, -3, 3, -2, 2);
 * c.path("lr = 0.05", xs, ys);
 * c.build()
 * }</pre>
 */
public final class Contours {

    private record Path(String name, double[] x, double[] y) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final DoubleBinaryOperator f;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final List<Path> paths = new ArrayList<>();
    private double[] levels;
    private int levelCount = 12;
    private int grid = 150;
    private int width = Style.WIDTH;
    private int height = Style.HEIGHT;

    private Contours(String title, String xLabel, String yLabel, DoubleBinaryOperator f,
                     double xMin, double xMax, double yMin, double yMax) {
        this.title = Style.require(title, "title");
        this.xLabel = Style.require(xLabel, "x-axis label");
        this.yLabel = Style.require(yLabel, "y-axis label");
        if (f == null) {
            throw new IllegalArgumentException("a contour plot needs a function");
        }
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("contour ranges must satisfy xMin < xMax and yMin < yMax, got ["
                    + xMin + ", " + xMax + "] x [" + yMin + ", " + yMax + "]");
        }
        this.f = f;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /**
     * Starts a contour plot of f over the rectangle [xMin, xMax] x [yMin, yMax].
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param f      the function (x, y) ↦ f(x, y)
     * @param xMin   left edge
     * @param xMax   right edge
     * @param yMin   bottom edge
     * @param yMax   top edge
     * @return the builder
     */
    public static Contours of(String title, String xLabel, String yLabel, DoubleBinaryOperator f,
                              double xMin, double xMax, double yMin, double yMax) {
        return new Contours(title, xLabel, yLabel, f, xMin, xMax, yMin, yMax);
    }

    /**
     * Draws these levels (default: 12 levels from the grid minimum, spaced quadratically so that the
     * ellipses of a quadratic bowl are evenly spaced).
     *
     * @param values the f values to trace
     * @return this builder
     */
    public Contours levels(double... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("give at least one contour level");
        }
        this.levels = values.clone();
        return this;
    }

    /**
     * Draws this many automatic levels instead of 12.
     *
     * @param count at least 1
     * @return this builder
     */
    public Contours levelCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("level count must be >= 1, got " + count);
        }
        this.levelCount = count;
        this.levels = null;
        return this;
    }

    /**
     * Adds a path (a line with a marker at every point), e.g. an optimiser's trajectory.
     *
     * @param name the legend entry
     * @param x    x coordinates
     * @param y    y coordinates, as many as x
     * @return this builder
     */
    public Contours path(String name, double[] x, double[] y) {
        Style.require(name, "path name");
        Style.sameLength(x, y, "path '" + name + "'");
        for (Path p : paths) {
            if (p.name().equals(name)) {
                throw new IllegalArgumentException("path name '" + name + "' is used twice");
            }
        }
        paths.add(new Path(name, x.clone(), y.clone()));
        return this;
    }

    /**
     * Changes the image size from the default 640x420.
     *
     * @param width  pixels, at least 100
     * @param height pixels, at least 100
     * @return this builder
     */
    public Contours size(int width, int height) {
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("chart size must be at least 100x100, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        return this;
    }

    /**
     * Traces one level on the grid: line segments separated by NaN (which XChart draws as gaps).
     *
     * @param level the level
     * @return {xs, ys} with NaN between segments, both empty if the level is not crossed
     */
    double[][] trace(double[][] z, double[] gx, double[] gy, double level) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i + 1 < gx.length; i++) {
            for (int j = 0; j + 1 < gy.length; j++) {
                double a = z[i][j];
                double b = z[i + 1][j];
                double c = z[i + 1][j + 1];
                double d = z[i][j + 1];
                List<double[]> cross = new ArrayList<>(4);
                edge(cross, gx[i], gy[j], a, gx[i + 1], gy[j], b, level);
                edge(cross, gx[i + 1], gy[j], b, gx[i + 1], gy[j + 1], c, level);
                edge(cross, gx[i + 1], gy[j + 1], c, gx[i], gy[j + 1], d, level);
                edge(cross, gx[i], gy[j + 1], d, gx[i], gy[j], a, level);
                if (cross.size() == 2 || cross.size() == 4) {
                    pts.add(cross.get(0));
                    pts.add(cross.get(1));
                    pts.add(null);
                    if (cross.size() == 4) {
                        pts.add(cross.get(2));
                        pts.add(cross.get(3));
                        pts.add(null);
                    }
                }
            }
        }
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int k = 0; k < xs.length; k++) {
            double[] p = pts.get(k);
            xs[k] = p == null ? Double.NaN : p[0];
            ys[k] = p == null ? Double.NaN : p[1];
        }
        return new double[][] {xs, ys};
    }

    private static void edge(List<double[]> out, double x0, double y0, double v0, double x1, double y1, double v1,
                             double level) {
        boolean below0 = v0 < level;
        boolean below1 = v1 < level;
        if (below0 != below1) {
            double t = (level - v0) / (v1 - v0);
            out.add(new double[] {x0 + t * (x1 - x0), y0 + t * (y1 - y0)});
        }
    }

    /**
     * Builds the chart: grey level curves, then the paths in the palette colours.
     *
     * @return the chart
     */
    public XYChart build() {
        double[] gx = new double[grid + 1];
        double[] gy = new double[grid + 1];
        for (int k = 0; k <= grid; k++) {
            gx[k] = xMin + (xMax - xMin) * k / grid;
            gy[k] = yMin + (yMax - yMin) * k / grid;
        }
        double[][] z = new double[grid + 1][grid + 1];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= grid; i++) {
            for (int j = 0; j <= grid; j++) {
                double v = f.applyAsDouble(gx[i], gy[j]);
                z[i][j] = v;
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double[] ls = levels;
        if (ls == null) {
            ls = new double[levelCount];
            for (int k = 0; k < levelCount; k++) {
                double s = (k + 1.0) / (levelCount + 1.0);
                ls[k] = lo + (hi - lo) * s * s;
            }
        }
        List<String> legend = new ArrayList<>(List.of("contours of f"));
        paths.forEach(p -> legend.add(p.name()));
        int fitted = Style.widthFittingTitle(width, title, legend, !paths.isEmpty());
        XYChart chart = new XYChartBuilder().width(fitted).height(height).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        Style.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(!paths.isEmpty());
        chart.getStyler().setMarkerSize(5);
        chart.getStyler().setXAxisMin(xMin);
        chart.getStyler().setXAxisMax(xMax);
        chart.getStyler().setYAxisMin(yMin);
        chart.getStyler().setYAxisMax(yMax);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(Ticks.linear(xMin, xMax));
        chart.getStyler().setyAxisTickLabelsFormattingFunction(Ticks.linear(yMin, yMax));
        Color grey = new Color(170, 170, 170);
        boolean first = true;
        double[] sorted = ls.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < sorted.length; k++) {
            double[][] seg = trace(z, gx, gy, sorted[k]);
            if (seg[0].length == 0) {
                continue;
            }
            XYSeries s = chart.addSeries("level " + k, seg[0], seg[1]);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(grey);
            s.setLineStyle(new BasicStroke(1f));
            s.setShowInLegend(first && !paths.isEmpty());
            if (first) {
                s.setLabel("contours of f");
            }
            first = false;
        }
        int c = 0;
        List<Color> colors = SeriesColors.forChart(paths.stream().map(Path::name).toList());
        for (Path p : paths) {
            XYSeries s = chart.addSeries(p.name(), p.x(), p.y());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.CIRCLE);
            Color col = colors.get(c++);
            s.setLineColor(col);
            s.setMarkerColor(col);
            s.setLineStyle(new BasicStroke(1.8f));
        }
        return chart;
    }
}

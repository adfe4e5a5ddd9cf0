package roadmap.plot;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Chart helpers on XChart. Every chart needs a title and axis labels (null or blank is an
 * {@link IllegalArgumentException}); charts are 640x420 pixels unless stated otherwise, render
 * off-screen and never touch the network. A notebook cell whose value is a chart shows it as PNG.
 */
public final class Plots {

    /** Default chart width in pixels. */
    public static final int WIDTH = Style.WIDTH;
    /** Default chart height in pixels. */
    public static final int HEIGHT = Style.HEIGHT;

    private Plots() {
    }

    /**
     * Starts a line chart; add series with {@link LinePlot#series(String, double[], double[])},
     * then call {@link LinePlot#build()}.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @return the builder
     */
    public static LinePlot line(String title, String xLabel, String yLabel) {
        return new LinePlot(title, xLabel, yLabel);
    }

    /**
     * Plots training curves against the epoch (1, 2, …), one line per entry, y label "loss".
     *
     * @param title  the chart title
     * @param curves name → value per epoch (iteration order is legend order)
     * @return the chart
     */
    public static XYChart lossCurves(String title, Map<String, double[]> curves) {
        return lossCurves(title, "loss", curves);
    }

    /**
     * Plots curves against the epoch (1, 2, …), one line per entry.
     *
     * @param title  the chart title
     * @param yLabel the y-axis label, e.g. "accuracy"
     * @param curves name → value per epoch
     * @return the chart
     */
    public static XYChart lossCurves(String title, String yLabel, Map<String, double[]> curves) {
        LinePlot plot = line(title, "epoch", yLabel);
        if (curves == null || curves.isEmpty()) {
            throw new IllegalArgumentException("lossCurves needs at least one curve");
        }
        curves.forEach(plot::series);
        return plot.build();
    }

    /**
     * A scatter plot of one point set.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param x      x values
     * @param y      y values
     * @return the chart
     */
    public static XYChart scatter(String title, String xLabel, String yLabel, double[] x, double[] y) {
        return line(title, xLabel, yLabel).scatter("points", x, y).build();
    }

    /**
     * A scatter plot with one colour per class, e.g. a 2-D PCA projection.
     *
     * @param title      the chart title
     * @param xLabel     the x-axis label
     * @param yLabel     the y-axis label
     * @param x          x values
     * @param y          y values
     * @param labels     the class index of each point
     * @param classNames the class names, indexed by label (legend entries)
     * @return the chart
     */
    public static XYChart scatterByClass(String title, String xLabel, String yLabel, double[] x, double[] y,
                                         int[] labels, String[] classNames) {
        Style.sameLength(x, y, "scatterByClass");
        if (labels == null || labels.length != x.length) {
            throw new IllegalArgumentException("scatterByClass: " + x.length + " points but "
                    + (labels == null ? 0 : labels.length) + " labels");
        }
        LinePlot plot = line(title, xLabel, yLabel);
        for (int c = 0; c < classNames.length; c++) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] < 0 || labels[i] >= classNames.length) {
                    throw new IllegalArgumentException("scatterByClass: label " + labels[i] + " of point " + i
                            + " is outside [0, " + classNames.length + ")");
                }
                if (labels[i] == c) {
                    idx.add(i);
                }
            }
            double[] xs = new double[idx.size()];
            double[] ys = new double[idx.size()];
            for (int k = 0; k < xs.length; k++) {
                xs[k] = x[idx.get(k)];
                ys[k] = y[idx.get(k)];
            }
            if (xs.length > 0) {
                plot.scatter(classNames[c], xs, ys);
            }
        }
        XYChart chart = plot.build();
        chart.getStyler().setLegendVisible(true);
        return chart;
    }

    /**
     * A histogram with equal-width bins between the smallest and largest value; y label "count".
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param values the data (at least one finite value)
     * @param bins   the number of bins, at least 1
     * @return the chart (bars labelled by bin centre)
     */
    public static CategoryChart histogram(String title, String xLabel, double[] values, int bins) {
        Style.require(title, "title");
        Style.require(xLabel, "x-axis label");
        if (bins < 1) {
            throw new IllegalArgumentException("histogram needs at least 1 bin, got " + bins);
        }
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("histogram needs at least one value");
        }
        List<Double> data = new ArrayList<>(values.length);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("histogram values must be finite, found " + v);
            }
            data.add(v);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        Histogram h = new Histogram(data, bins, min, max);
        int width = Style.widthFittingTitle(WIDTH, title, List.of(), false);
        CategoryChart chart = new CategoryChartBuilder().width(width).height(HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle("count").build();
        Style.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.96);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(Ticks.linear(0, maxCount(h.getyAxisData())));
        double binWidth = (max - min) / bins;
        // labels with the decimals the bin width needs, on every k-th bin so that they never touch
        java.util.function.Function<Double, String> format = Ticks.linear(min, min + binWidth * 15);
        List<String> shown = new ArrayList<>();
        for (double c : h.getxAxisData()) {
            shown.add(format.apply(c));
        }
        double slot = (width - 110.0) / bins;
        int every = (int) Math.ceil((Style.widestTickLabel(shown) + 10) / slot);
        List<String> centres = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            // unlabelled bins need distinct (invisible) category names
            centres.add(i % every == 0 ? shown.get(i) : "\u200b".repeat(i + 1));
        }
        chart.addSeries("count", centres, h.getyAxisData());
        return chart;
    }

    private static double maxCount(List<Double> counts) {
        double m = 1;
        for (Double c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    /**
     * A bar chart of one value per category.
     *
     * @param title      the chart title
     * @param xLabel     the x-axis label
     * @param yLabel     the y-axis label
     * @param categories the bar labels
     * @param values     one value per category
     * @return the chart
     */
    public static CategoryChart bar(String title, String xLabel, String yLabel, String[] categories, double[] values) {
        Style.require(title, "title");
        Style.require(xLabel, "x-axis label");
        Style.require(yLabel, "y-axis label");
        if (categories == null || values == null || categories.length != values.length || values.length == 0) {
            throw new IllegalArgumentException("bar chart needs as many values as categories (and at least one)");
        }
        Map<String, double[]> one = new java.util.LinkedHashMap<>();
        one.put(yLabel, values);
        return bars(title, xLabel, yLabel, categories, one, false);
    }

    /**
     * A grouped bar chart: for each category, one bar per group side by side, each group in its
     * own colour (the same colour as a line of that name in the notebook's other charts) and
     * named in the legend. Use it for a table of results, e.g. train and test accuracy per model.
     *
     * <pre>{@code
     * Map<String, double[]> groups = new LinkedHashMap<>();
     * groups.put("train", new double[] {0.99, 0.93});
     * groups.put("validation", new double[] {0.78, 0.85});
     * Plots.groupedBars("Accuracy per recipe", "recipe", "accuracy", new String[] {"none", "dropout"}, groups)
     * }</pre>
     *
     * @param title      the chart title
     * @param xLabel     the x-axis label
     * @param yLabel     the y-axis label
     * @param categories the category labels along x (long ones are rotated or shortened)
     * @param groups     group name → one value per category (iteration order is bar order)
     * @return the chart
     */
    public static CategoryChart groupedBars(String title, String xLabel, String yLabel, String[] categories,
                                            Map<String, double[]> groups) {
        Style.require(title, "title");
        Style.require(xLabel, "x-axis label");
        Style.require(yLabel, "y-axis label");
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("groupedBars needs at least one group");
        }
        if (categories == null || categories.length == 0) {
            throw new IllegalArgumentException("groupedBars needs at least one category");
        }
        groups.forEach((name, values) -> {
            Style.require(name, "group name");
            if (values == null || values.length != categories.length) {
                throw new IllegalArgumentException("groupedBars: group '" + name + "' has "
                        + (values == null ? 0 : values.length) + " values for " + categories.length + " categories");
            }
        });
        return bars(title, xLabel, yLabel, categories, groups, true);
    }

    private static CategoryChart bars(String title, String xLabel, String yLabel, String[] categories,
                                      Map<String, double[]> groups, boolean legend) {
        List<String> names = new ArrayList<>(groups.keySet());
        int width = Style.widthFittingTitle(WIDTH, title, names, legend);
        CategoryChart chart = new CategoryChartBuilder().width(width).height(HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        Style.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(legend);
        List<String> labels = categoryLabels(categories);
        double plotWidth = width - 110.0 - (legend ? legendWidth(names) : 0);
        chart.getStyler().setXAxisLabelRotation(Style.categoryLabelRotation(labels, plotWidth));
        double lo = 0;
        double hi = 0;
        for (double[] values : groups.values()) {
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("bar chart '" + title + "': value " + v + " is not finite");
                }
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        chart.getStyler().setyAxisTickLabelsFormattingFunction(Ticks.linear(lo, hi));
        List<java.awt.Color> colors = legend ? SeriesColors.forChart(names) : List.of(Style.PALETTE[0]);
        int k = 0;
        for (Map.Entry<String, double[]> e : groups.entrySet()) {
            List<Double> ys = new ArrayList<>();
            for (double v : e.getValue()) {
                ys.add(v);
            }
            chart.addSeries(e.getKey(), labels, ys).setFillColor(colors.get(k++));
        }
        return chart;
    }

    private static double legendWidth(List<String> names) {
        return Style.widestTickLabel(names) + 60;
    }

    /** Category labels shortened to 28 characters (and made distinct if shortening merged two). */
    private static List<String> categoryLabels(String[] categories) {
        List<String> out = new ArrayList<>();
        for (String c : categories) {
            String label = Style.abbreviate(c == null ? "" : c, 28);
            while (out.contains(label)) {
                label = label + "\u200b";
            }
            out.add(label);
        }
        return out;
    }

    /**
     * A heat map of a matrix: cell (i, j) is drawn in row i (row 0 at the top) and column j.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label (columns)
     * @param yLabel the y-axis label (rows)
     * @param values a rectangular matrix with at least one element
     * @return the chart
     */
    public static HeatMapChart heatmap(String title, String xLabel, String yLabel, double[][] values) {
        int rows = values == null ? 0 : values.length;
        int cols = rows == 0 ? 0 : values[0].length;
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            xs.add(Integer.toString(j));
        }
        for (int i = 0; i < rows; i++) {
            ys.add(Integer.toString(i));
        }
        return heat(title, xLabel, yLabel, values, xs, ys, false);
    }

    /**
     * A confusion matrix: rows are true classes (first class at the top), columns predicted
     * classes, each cell labelled with its count.
     *
     * @param title      the chart title
     * @param counts     counts[true][predicted]
     * @param classNames the class names
     * @return the chart
     */
    public static HeatMapChart confusionMatrix(String title, int[][] counts, String[] classNames) {
        if (counts == null || classNames == null || counts.length != classNames.length) {
            throw new IllegalArgumentException("confusion matrix needs one row per class");
        }
        double[][] values = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != classNames.length) {
                throw new IllegalArgumentException("confusion matrix row " + i + " has " + counts[i].length
                        + " columns, expected " + classNames.length);
            }
            values[i] = new double[counts[i].length];
            for (int j = 0; j < counts[i].length; j++) {
                values[i][j] = counts[i][j];
            }
        }
        return heat(title, "predicted class", "true class", values, List.of(classNames), List.of(classNames), true);
    }

    /**
     * A confusion matrix counted from true and predicted labels.
     *
     * @param title      the chart title
     * @param actual     the true class index of each example
     * @param predicted  the predicted class index of each example
     * @param classNames the class names, indexed by label
     * @return the chart
     */
    public static HeatMapChart confusionMatrix(String title, int[] actual, int[] predicted, String[] classNames) {
        if (actual == null || predicted == null || actual.length != predicted.length) {
            throw new IllegalArgumentException("confusion matrix needs as many predictions as true labels");
        }
        int k = classNames.length;
        int[][] counts = new int[k][k];
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] < 0 || actual[i] >= k || predicted[i] < 0 || predicted[i] >= k) {
                throw new IllegalArgumentException("confusion matrix: label pair (" + actual[i] + ", " + predicted[i]
                        + ") at " + i + " is outside [0, " + k + ")");
            }
            counts[actual[i]][predicted[i]]++;
        }
        return confusionMatrix(title, counts, classNames);
    }

    private static HeatMapChart heat(String title, String xLabel, String yLabel, double[][] values,
                                     List<String> xs, List<String> ys, boolean showValues) {
        Style.require(title, "title");
        Style.require(xLabel, "x-axis label");
        Style.require(yLabel, "y-axis label");
        if (values == null || values.length == 0 || values[0].length == 0) {
            throw new IllegalArgumentException("heat map needs a non-empty matrix");
        }
        int rows = values.length;
        int cols = values[0].length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if (values[i].length != cols) {
                throw new IllegalArgumentException("heat map matrix is ragged at row " + i);
            }
            for (int j = 0; j < cols; j++) {
                double v = values[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("heat map value [" + i + "][" + j + "] is " + v);
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
                cells.add(new Number[] {j, rows - 1 - i, v});
            }
        }
        if (min == max) {
            max = min + 1.0;
        }
        List<String> yTopDown = new ArrayList<>(ys);
        Collections.reverse(yTopDown);
        int width = Style.widthFittingTitle(WIDTH, title, List.of("0000.0"), true);
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        Style.apply(chart.getStyler());
        chart.getStyler().setMin(min);
        chart.getStyler().setMax(max);
        chart.getStyler().setRangeColors(new Color[] {
            new Color(247, 251, 255), new Color(158, 202, 225), new Color(66, 146, 198)});
        chart.getStyler().setShowValue(showValues);
        chart.getStyler().setValueFont(Style.TICKS.deriveFont(Font.BOLD, 13f));
        chart.getStyler().setValueFontColor(Color.BLACK);
        chart.getStyler().setHeatMapValueDecimalPattern("#0");
        if (showValues) {
            chart.getStyler().setDecimalPattern("#0");
        }
        chart.getStyler().setLegendVisible(true);
        List<String> xShort = new ArrayList<>();
        for (String x : xs) {
            xShort.add(Style.abbreviate(x, 14));
        }
        List<String> yShort = new ArrayList<>();
        for (String y : yTopDown) {
            yShort.add(Style.abbreviate(y, 14));
        }
        chart.getStyler().setXAxisLabelRotation(Style.categoryLabelRotation(xShort, width - 230.0));
        chart.addSeries("values", xShort, yShort, cells);
        return chart;
    }

    /**
     * Shows what a 2x2 matrix does to the plane: the unit grid and unit circle before (grey) and
     * after (blue) the transformation, the basis vectors e1, e2 and their images A·e1, A·e2.
     * The chart is 560x560 with equal axis ranges, so angles and lengths are not distorted.
     *
     * @param title    the chart title
     * @param matrix   a 2x2 matrix A, row-major
     * @return the chart
     */
    public static XYChart transform(String title, double[][] matrix) {
        return TransformPlot.draw(title, matrix);
    }

    /**
     * Renders a chart to PNG bytes (what the kernel sends to the notebook).
     *
     * @param chart any XChart chart
     * @return the PNG file contents
     */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart '" + chart.getTitle() + "' as PNG", e);
        }
    }

    static void hideFromLegend(XYSeries s) {
        s.setShowInLegend(false);
        s.setMarker(SeriesMarkers.NONE);
    }
}

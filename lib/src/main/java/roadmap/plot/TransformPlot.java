package roadmap.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/** Draws a 2x2 matrix as a transformation of the plane (see {@link Plots#transform}). */
final class TransformPlot {

    static final int SIZE = 560;
    private static final int GRID = 2;
    private static final Color BEFORE = new Color(170, 170, 170);
    private static final Color AFTER = new Color(86, 150, 210);

    private TransformPlot() {
    }

    static XYChart draw(String title, double[][] a) {
        Style.require(title, "title");
        if (a == null || a.length != 2 || a[0].length != 2 || a[1].length != 2) {
            throw new IllegalArgumentException("transform needs a 2x2 matrix");
        }
        XYChart chart = new XYChartBuilder().width(SIZE).height(SIZE).title(title).xAxisTitle("x").yAxisTitle("y").build();
        Style.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        double extent = GRID;
        for (int k = -GRID; k <= GRID; k++) {
            line(chart, "grid-v" + k, a, k, -GRID, k, GRID, false);
            line(chart, "grid-h" + k, a, -GRID, k, GRID, k, false);
            extent = Math.max(extent, reach(a, k, -GRID));
            extent = Math.max(extent, reach(a, k, GRID));
            extent = Math.max(extent, reach(a, -GRID, k));
            extent = Math.max(extent, reach(a, GRID, k));
        }
        int n = 121;
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] tx = new double[n];
        double[] ty = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / (n - 1);
            cx[i] = Math.cos(t);
            cy[i] = Math.sin(t);
            tx[i] = a[0][0] * cx[i] + a[0][1] * cy[i];
            ty[i] = a[1][0] * cx[i] + a[1][1] * cy[i];
        }
        style(chart.addSeries("unit circle", cx, cy), BEFORE, 2f, true);
        style(chart.addSeries("A · unit circle", tx, ty), AFTER, 2.5f, true);
        arrow(chart, "e1", 1, 0, new Color(120, 120, 120), true);
        arrow(chart, "e2", 0, 1, new Color(120, 120, 120), true);
        arrow(chart, "A·e1", a[0][0], a[1][0], new Color(213, 94, 0), true);
        arrow(chart, "A·e2", a[0][1], a[1][1], new Color(0, 158, 115), true);
        double lim = Math.ceil(extent * 1.1 * 2) / 2;
        chart.getStyler().setXAxisMin(-lim);
        chart.getStyler().setXAxisMax(lim);
        chart.getStyler().setYAxisMin(-lim);
        chart.getStyler().setYAxisMax(lim);
        return chart;
    }

    private static double reach(double[][] a, double x, double y) {
        return Math.max(Math.abs(a[0][0] * x + a[0][1] * y), Math.abs(a[1][0] * x + a[1][1] * y));
    }

    private static void line(XYChart chart, String name, double[][] a, double x0, double y0, double x1, double y1,
                             boolean legend) {
        style(chart.addSeries(name + " before", new double[] {x0, x1}, new double[] {y0, y1}), BEFORE, 0.8f, legend);
        double[] p = {a[0][0] * x0 + a[0][1] * y0, a[1][0] * x0 + a[1][1] * y0};
        double[] q = {a[0][0] * x1 + a[0][1] * y1, a[1][0] * x1 + a[1][1] * y1};
        style(chart.addSeries(name + " after", new double[] {p[0], q[0]}, new double[] {p[1], q[1]}),
                new Color(AFTER.getRed(), AFTER.getGreen(), AFTER.getBlue(), 140), 1f, legend);
    }

    private static void arrow(XYChart chart, String name, double x, double y, Color color, boolean legend) {
        double len = Math.hypot(x, y);
        double[] xs;
        double[] ys;
        if (len < 1e-12) {
            xs = new double[] {0, 0};
            ys = new double[] {0, 0};
        } else {
            double ux = x / len;
            double uy = y / len;
            double head = Math.min(0.18, len * 0.35);
            double w = head * 0.5;
            double bx = x - ux * head;
            double by = y - uy * head;
            xs = new double[] {0, x, bx - uy * w, x, bx + uy * w};
            ys = new double[] {0, y, by + ux * w, y, by - ux * w};
        }
        style(chart.addSeries(name, xs, ys), color, 3f, legend);
    }

    private static void style(XYSeries s, Color color, float width, boolean legend) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        Plots.hideFromLegend(s);
        s.setShowInLegend(legend);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }
}

package roadmap.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The charts that went wrong in the notebooks, rebuilt; each PNG is written to target/plots. */
class RenderFixesTest {

    @BeforeEach
    void freshColours() {
        SeriesColors.reset();
    }

    private static double[] range(double from, double to, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + (to - from) * i / (n - 1);
        }
        return v;
    }

    @Test
    void logYRefusesZeroOrNegativeValuesNamingSeriesAndValue() {
        LinePlot plot = Plots.line("Race", "step", "gap").series("Adam", new double[] {1, 1e-3, -2e-15});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, plot::logY);
        assertTrue(e.getMessage().contains("'Adam'") && e.getMessage().contains("y[2] = -2.0E-15"), e.getMessage());
        LinePlot later = Plots.line("Race", "step", "gap").logY().series("GD", new double[] {1, 0.5});
        e = assertThrows(IllegalArgumentException.class, () -> later.series("momentum", new double[] {1, 0}));
        assertTrue(e.getMessage().contains("'momentum'") && e.getMessage().contains("y[1] = 0.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Plots.line("t", "x", "y").logX().series("s", new double[] {0, 1}, new double[] {1, 2}));
    }

    @Test
    void logAxesRenderInPowersOfTen() throws IOException {
        double[] fast = new double[31];
        double[] slow = new double[31];
        for (int t = 0; t < 31; t++) {
            fast[t] = 7 * Math.pow(0.6, t);
            slow[t] = 7 * Math.pow(0.97, t);
        }
        XYChart chart = Plots.line("Learning rate: loss gap", "step t", "f(w_t) - f(w*)")
                .series("lr = 0.5", fast).series("lr = 0.02", slow).logY().build();
        PlotsTest.render(chart, "fix-logy.png", chart.getWidth(), 420);
        assertEquals("10⁻³", chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(-3.0));
        assertEquals("10²", chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(2.0));
        double[] trees = {1, 2, 5, 10, 20, 50, 100, 300};
        double[] acc = {0.91, 0.895, 0.937, 0.944, 0.944, 0.947, 0.95, 0.95};
        XYChart few = Plots.line("Random forest: more trees", "number of trees", "test accuracy")
                .series("forest", trees, acc).logX().build();
        PlotsTest.render(few, "fix-logx-markers.png", few.getWidth(), 420);
        assertNotEquals(SeriesMarkers.NONE, few.getSeriesMap().get("forest").getMarker(), "few points get markers");
    }

    @Test
    void tickLabelsUseRoundStepsAndSensibleDecimals() throws IOException {
        double[] lambda = range(-2, 5, 20);
        LinePlot ridge = Plots.line("L2 (ridge): coefficient paths", "log10(lambda)", "coefficient");
        for (int j = 0; j < 3; j++) {
            double[] c = new double[lambda.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = (10 * j - 8) / (1 + Math.exp(lambda[i] - 1));
            }
            ridge.series("b" + j, lambda, c);
        }
        PlotsTest.render(ridge.build(), "fix-ticks-lambda.png", 640, 420);
        double[] epochs = new double[60];
        for (int i = 0; i < 60; i++) {
            epochs[i] = 0.3 + 0.6 * (1 - Math.exp(-i / 8.0));
        }
        PlotsTest.render(Plots.line("Accuracy per epoch", "epoch", "accuracy").series("train", epochs).build(),
                "fix-ticks-epochs.png", 640, 420);
        double[] big = {121145, 145169, 169193, 193217};
        PlotsTest.render(Plots.line("Large x values", "parameters", "error").series("e", big,
                new double[] {0.05, 0.04, 0.035, 0.03}).build(), "fix-ticks-large.png", 640, 420);
        assertEquals("0.05", Ticks.linear(0, 0.22).apply(0.05));
        assertEquals("-0.71", Ticks.linear(-1, 0).apply(-0.71));
        assertEquals("-1.5", Ticks.linear(-2, 5).apply(-1.5));
        assertEquals("120,000", Ticks.linear(121145, 193217).apply(120000.0));
        assertEquals("1.5e6", Ticks.linear(0, 3e6).apply(1.5e6));
        assertEquals("2e-4", Ticks.linear(0, 5e-4).apply(2e-4));
        assertEquals("0", Ticks.linear(-1, 1).apply(-1e-17));
    }

    @Test
    void identicalRunsStayVisibleAndNamesKeepTheirColours() throws IOException {
        double[] a = range(1.2, 0.6, 30);
        double[] b = range(1.1, 0.8, 30);
        XYChart first = Plots.line("Validation loss, six recipes", "epoch", "validation cross-entropy")
                .series("none (baseline)", a).series("dropout 0.5", b).series("early stopping", a).build();
        PlotsTest.render(first, "fix-identical.png", first.getWidth(), 420);
        XYSeries twin = first.getSeriesMap().get("early stopping");
        assertTrue(twin.getLabel().contains("same as none (baseline)"), twin.getLabel());
        assertTrue(twin.getLineStyle().getDashArray() != null, "the identical run is dashed");
        XYChart second = Plots.line("Other chart", "epoch", "loss").series("early stopping", b)
                .series("none (baseline)", a).build();
        assertEquals(first.getSeriesMap().get("none (baseline)").getLineColor(),
                second.getSeriesMap().get("none (baseline)").getLineColor());
        assertEquals(SeriesColors.colorOf("early stopping"), second.getSeriesMap().get("early stopping").getLineColor());
        assertNotEquals(second.getSeriesMap().get("early stopping").getLineColor(),
                second.getSeriesMap().get("none (baseline)").getLineColor());
    }

    @Test
    void seriesColorsNeverRepeatWithinAChart() {
        for (int i = 0; i < 10; i++) {
            SeriesColors.colorOf("name " + i);
        }
        // "fresh" wraps round to the first palette colour, which "name 0" already has in this chart
        var colors = SeriesColors.forChart(java.util.List.of("name 0", "fresh"));
        assertNotEquals(colors.get(0), colors.get(1));
        assertEquals(Style.PALETTE[0], SeriesColors.colorOf("fresh"));
    }

    @Test
    void reliabilityDiagramShowsBinCounts() throws IOException {
        LinePlot r = Plots.line("Reliability diagram (10 bins)", "mean predicted P(malignant)",
                "observed fraction malignant");
        r.series("perfect calibration", new double[] {0, 1}, new double[] {0, 1});
        r.series("forest", new double[] {0.03, 0.24, 0.45, 0.66, 0.93}, new double[] {0, 0.3, 0.4, 0.8, 1});
        r.counts("forest", new int[] {60, 7, 5, 9, 33});
        XYChart chart = r.build();
        PlotsTest.render(chart, "fix-reliability-counts.png", chart.getWidth(), 420);
        LinePlot bare = Plots.line("Reliability diagram (10 bins)", "mean predicted P(malignant)",
                "observed fraction malignant");
        bare.series("perfect calibration", new double[] {0, 1}, new double[] {0, 1});
        bare.series("forest", new double[] {0.03, 0.24, 0.45, 0.66, 0.93}, new double[] {0, 0.3, 0.4, 0.8, 1});
        assertTrue(!java.util.Arrays.equals(Plots.png(bare.build()), Plots.png(chart)), "the counts are drawn");
        assertThrows(IllegalArgumentException.class, () -> r.counts("forest", new int[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> r.counts("missing", new int[] {1}));
    }

    @Test
    void categoryLabelsNeverOverlap() throws IOException {
        String[] recipes = {"none (baseline)", "dropout 0.5", "batch norm", "weight decay 2", "early stopping",
            "all four"};
        var bar = Plots.bar("Generalisation gap per recipe", "recipe", "gap", recipes,
                new double[] {0.206, 0.199, 0.22, 0.213, 0.161, 0.196});
        PlotsTest.render(bar, "fix-bar-labels.png", bar.getWidth(), 420);
        assertNotEquals(0, bar.getStyler().getXAxisLabelRotation(), "six long labels do not fit side by side");
        var shortBar = Plots.bar("Two models", "model", "accuracy", new String[] {"tree", "forest"},
                new double[] {0.9, 0.95});
        assertEquals(0, shortBar.getStyler().getXAxisLabelRotation());
        String[] fashion = {"T-shirt/top", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker",
            "bag", "ankle boot"};
        int[][] counts = new int[10][10];
        for (int i = 0; i < 10; i++) {
            counts[i][i] = 900 + i;
            counts[i][(i + 1) % 10] = 50 - i;
        }
        var cm = Plots.confusionMatrix("CNN on Fashion-MNIST test images: true vs predicted class", counts, fashion);
        PlotsTest.render(cm, "fix-confusion-labels.png", cm.getWidth(), 420);
        assertNotEquals(0, cm.getStyler().getXAxisLabelRotation());
    }

    @Test
    void groupedBarsAndHistogramLabels() throws IOException {
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("train accuracy", new double[] {0.99, 0.93, 0.97, 0.95});
        groups.put("validation accuracy", new double[] {0.78, 0.84, 0.80, 0.86});
        var chart = Plots.groupedBars("Accuracy per regularisation recipe", "recipe", "accuracy",
                new String[] {"none", "dropout 0.5", "batch norm", "all four"}, groups);
        PlotsTest.render(chart, "fix-grouped-bars.png", chart.getWidth(), 420);
        assertEquals(2, chart.getSeriesMap().size());
        assertEquals(SeriesColors.colorOf("validation accuracy"),
                chart.getSeriesMap().get("validation accuracy").getFillColor());
        assertThrows(IllegalArgumentException.class, () -> Plots.groupedBars("t", "x", "y", new String[] {"a"},
                Map.of("g", new double[] {1, 2})));
        double[] v = new double[2000];
        java.util.Random rnd = new java.util.Random(1);
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextGaussian() * 0.1;
        }
        var h = Plots.histogram("Cosine of the angle between random vectors in R^100", "cosine similarity", v, 20);
        PlotsTest.render(h, "fix-histogram.png", h.getWidth(), 420);
    }
}

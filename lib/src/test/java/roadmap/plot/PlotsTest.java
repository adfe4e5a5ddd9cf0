package roadmap.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.knowm.xchart.internal.chartpart.Chart;

class PlotsTest {

    /** Renders, writes the PNG to target/plots for eyeballing, and checks size and content. */
    static BufferedImage render(Chart<?, ?> chart, String file, int width, int height) throws IOException {
        byte[] png = Plots.png(chart);
        Path dir = Files.createDirectories(Path.of("target", "plots"));
        Files.write(dir.resolve(file), png);
        return assertPng(png, width, height);
    }

    static BufferedImage assertPng(byte[] png, int width, int height) throws IOException {
        assertTrue(png.length > 1000, "PNG has content: " + png.length + " bytes");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, img.getWidth());
        assertEquals(height, img.getHeight());
        int first = img.getRGB(0, 0);
        boolean varied = false;
        for (int y = 0; y < height && !varied; y += 3) {
            for (int x = 0; x < width && !varied; x += 3) {
                varied = img.getRGB(x, y) != first;
            }
        }
        assertTrue(varied, "image is not blank");
        return img;
    }

    private static void assertRejected(Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains("chart needs a"), ex.getMessage());
    }

    @Test
    void lineChart() throws IOException {
        double[] x = {0, 1, 2, 3};
        var chart = Plots.line("Squares", "x", "x²").series("x²", x, new double[] {0, 1, 4, 9})
                .series("2x", x, new double[] {0, 2, 4, 6}).build();
        render(chart, "line.png", 640, 420);
        var small = Plots.line("Sized", "x", "y").series("y", new double[] {3, 1, 2}).size(300, 200).build();
        render(small, "line-small.png", 300, 200);
    }

    @Test
    void lossCurves() throws IOException {
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("train", new double[] {1.0, 0.6, 0.4, 0.3});
        curves.put("validation", new double[] {1.1, 0.7, 0.55, 0.5});
        render(Plots.lossCurves("Loss", curves), "loss.png", 640, 420);
        assertThrows(IllegalArgumentException.class, () -> Plots.lossCurves("Loss", Map.of()));
    }

    @Test
    void scatterPlots() throws IOException {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {1, 3, 2, 5, 4, 6};
        render(Plots.scatter("Points", "x", "y", x, y), "scatter.png", 640, 420);
        render(Plots.scatterByClass("Classes", "PC1", "PC2", x, y, new int[] {0, 0, 1, 1, 2, 2},
                new String[] {"a", "b", "c"}), "scatter-class.png", 640, 420);
        assertThrows(IllegalArgumentException.class, () -> Plots.scatterByClass("t", "x", "y", x, y,
                new int[] {0, 0, 1, 1, 2, 3}, new String[] {"a", "b", "c"}));
        assertThrows(IllegalArgumentException.class, () -> Plots.scatter("t", "x", "y", x, new double[] {1}));
    }

    @Test
    void histogramAndBar() throws IOException {
        double[] v = new double[200];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(i) * Math.sqrt(i);
        }
        render(Plots.histogram("Histogram", "value", v, 20), "histogram.png", 640, 420);
        render(Plots.histogram("Constant", "value", new double[] {2, 2, 2}, 3), "histogram-constant.png", 640, 420);
        render(Plots.bar("Bars", "model", "accuracy", new String[] {"tree", "forest"}, new double[] {0.9, 0.95}),
                "bar.png", 640, 420);
        assertThrows(IllegalArgumentException.class, () -> Plots.histogram("h", "v", v, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Plots.bar("b", "x", "y", new String[] {"a"}, new double[] {1, 2}));
    }

    @Test
    void heatmapAndConfusionMatrix() throws IOException {
        render(Plots.heatmap("Covariance", "feature", "feature", new double[][] {{1, 0.5, 0}, {0.5, 1, -0.2}}),
                "heatmap.png", 640, 420);
        render(Plots.confusionMatrix("Confusion", new int[][] {{50, 2, 0}, {3, 40, 5}, {0, 1, 45}},
                new String[] {"setosa", "versicolor", "virginica"}), "confusion.png", 640, 420);
        assertThrows(IllegalArgumentException.class,
                () -> Plots.confusionMatrix("c", new int[][] {{1, 2}}, new String[] {"a", "b"}));
        render(Plots.confusionMatrix("From labels", new int[] {0, 0, 1, 1, 1}, new int[] {0, 1, 1, 1, 0},
                new String[] {"neg", "pos"}), "confusion-labels.png", 640, 420);
        assertThrows(IllegalArgumentException.class,
                () -> Plots.confusionMatrix("c", new int[] {0, 2}, new int[] {0, 1}, new String[] {"a", "b"}));
    }

    @Test
    void transformShowsGridCircleAndBasis() throws IOException {
        render(Plots.transform("Shear", new double[][] {{1, 1}, {0, 1}}), "transform-shear.png", 560, 560);
        render(Plots.transform("Rotation", new double[][] {{0, -1}, {1, 0}}), "transform-rotation.png", 560, 560);
        render(Plots.transform("Singular", new double[][] {{1, 2}, {0.5, 1}}), "transform-singular.png", 560, 560);
        assertThrows(IllegalArgumentException.class, () -> Plots.transform("bad", new double[][] {{1, 2, 3}}));
        assertRejected(() -> Plots.transform(" ", new double[][] {{1, 0}, {0, 1}}));
    }

    @Test
    void missingTitleOrLabelsAreRejected() {
        double[] x = {1, 2};
        assertRejected(() -> Plots.line(null, "x", "y"));
        assertRejected(() -> Plots.line("t", "", "y"));
        assertRejected(() -> Plots.line("t", "x", " "));
        assertRejected(() -> Plots.lossCurves("", Map.of("a", x)));
        assertRejected(() -> Plots.scatter("t", null, "y", x, x));
        assertRejected(() -> Plots.scatterByClass("t", "x", "", x, x, new int[] {0, 0}, new String[] {"a"}));
        assertRejected(() -> Plots.histogram("", "v", x, 2));
        assertRejected(() -> Plots.histogram("t", null, x, 2));
        assertRejected(() -> Plots.bar("t", "x", null, new String[] {"a"}, new double[] {1}));
        assertRejected(() -> Plots.heatmap("t", "x", "", new double[][] {{1}}));
        assertRejected(() -> Plots.confusionMatrix(null, new int[][] {{1}}, new String[] {"a"}));
        assertRejected(() -> Images.grid("", List.<double[][]>of(new double[][] {{1}}), List.of("a"), 1));
    }

    @Test
    void buildNeedsASeriesAndUniqueNames() {
        assertThrows(IllegalStateException.class, () -> Plots.line("t", "x", "y").build());
        assertThrows(IllegalArgumentException.class,
                () -> Plots.line("t", "x", "y").series("a", new double[] {1}).series("a", new double[] {2}));
    }

    @Test
    void aLongTitleIsNeverCutOff() throws IOException {
        String title = "Reliability diagram, breast-cancer test set (10 bins), five models compared";
        LinePlot plot = Plots.line(title, "mean predicted P(malignant)", "observed fraction malignant");
        plot.series("perfect calibration", new double[] {0, 1}, new double[] {0, 1});
        plot.series("Gaussian naive Bayes (Smile)", new double[] {0, 1}, new double[] {0.1, 0.9});
        org.knowm.xchart.XYChart chart = plot.build();
        assertTrue(chart.getWidth() > 640, "the chart widens for its title: " + chart.getWidth());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Plots.png(chart)));
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 4; x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                assertEquals(0xFFFFFF, rgb, "title ink at the left edge (" + x + "," + y + "): it was cut off");
            }
        }
    }

    @Test
    void aShortTitleKeepsTheDefaultWidth() {
        LinePlot plot = Plots.line("Loss", "epoch", "loss");
        plot.series("train", new double[] {1, 2}, new double[] {1, 0.5});
        assertEquals(640, plot.build().getWidth());
    }
}

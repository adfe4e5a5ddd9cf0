package roadmap.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import roadmap.data.Datasets;
import roadmap.data.LabeledData;

class ImagesTest {

    @Test
    void toImageMapsUnitRangeToGrayLevels() {
        BufferedImage img = Images.toImage(new double[][] {{0, 0.5, 1}, {-1, 2, Double.NaN}});
        assertEquals(3, img.getWidth());
        assertEquals(2, img.getHeight());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, img.getType());
        int[] top = img.getRaster().getSamples(0, 0, 3, 1, 0, (int[]) null);
        assertArrayEquals(new int[] {0, 128, 255}, top);
        int[] bottom = img.getRaster().getSamples(0, 1, 3, 1, 0, (int[]) null);
        assertArrayEquals(new int[] {0, 255, 0}, bottom);
        BufferedImage big = Images.toImage(new double[][] {{1, 0}}, 4);
        assertEquals(8, big.getWidth());
        assertEquals(255, big.getRaster().getSample(3, 3, 0));
        assertEquals(0, big.getRaster().getSample(4, 0, 0));
    }

    @Test
    void realImageRoundTrips() {
        double[][] gray = Datasets.image("china-gray.png");
        BufferedImage img = Images.toImage(gray);
        BufferedImage original = Datasets.bufferedImage("china-gray.png");
        assertEquals(original.getRaster().getSample(10, 20, 0), img.getRaster().getSample(10, 20, 0));
    }

    @Test
    void gridOfDigitsWithCaptions() throws IOException {
        LabeledData digits = Datasets.digits().head(10);
        double[][] x = digits.features();
        List<double[][]> images = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double[][] m = Images.reshape(x[i], 8, 8);
            for (double[] row : m) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = 1 - row[j] / 16.0;
                }
            }
            images.add(m);
            captions.add("label " + digits.classNames()[digits.labels()[i]]);
        }
        BufferedImage grid = Images.grid("First ten digits", images, captions, 5);
        byte[] png = Images.png(grid);
        Files.write(Files.createDirectories(Path.of("target", "plots")).resolve("digits-grid.png"), png);
        PlotsTest.assertPng(png, grid.getWidth(), grid.getHeight());
        assertEquals(5 * (96 + 8) + 8, grid.getWidth());
        assertThrows(IllegalArgumentException.class, () -> Images.grid("t", images, captions.subList(0, 3), 5));
        assertThrows(IllegalArgumentException.class, () -> Images.grid("t", images, captions, 0));
    }

    @Test
    void reshapeAndNormalize() {
        assertArrayEquals(new double[] {3, 4}, Images.reshape(new double[] {1, 2, 3, 4}, 2, 2)[1], 0.0);
        assertThrows(IllegalArgumentException.class, () -> Images.reshape(new double[] {1, 2, 3}, 2, 2));
        double[][] n = Images.normalize(new double[][] {{-2, 0}, {2, 1}});
        assertArrayEquals(new double[] {0, 0.5}, n[0], 1e-12);
        assertArrayEquals(new double[] {1, 0.75}, n[1], 1e-12);
    }
}

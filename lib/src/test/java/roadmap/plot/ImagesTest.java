package roadmap.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static boolean isWhite(BufferedImage img, int x, int y) {
        return (img.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF;
    }

    /** Leftmost and rightmost x with a non-white pixel in rows [y0, y1), or null if none. */
    private static int[] inkSpan(BufferedImage img, int y0, int y1) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (!isWhite(img, x, y)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        return hi < 0 ? null : new int[] {lo, hi};
    }

    private static double[][] constant(int h, int w, double v) {
        double[][] m = new double[h][w];
        for (double[] row : m) {
            java.util.Arrays.fill(row, v);
        }
        return m;
    }

    @Test
    void longCaptionsAreNeverClipped() {
        // the week 1 case: 160-px images, captions wider than the image
        String caption = "rank 5 (8% of the numbers) and then some more words to be sure";
        int captionW = Images.textWidth(Style.TICKS, caption);
        List<double[][]> images = List.of(constant(20, 40, 1), constant(20, 40, 1), constant(20, 40, 1));
        List<String> captions = List.of(caption, "short", caption);
        BufferedImage grid = Images.grid("t", images, captions, 3, 1);
        // each of the 3 cells is at least as wide as the caption, plus padding
        assertTrue(grid.getWidth() >= 3 * (captionW + Images.PAD) + Images.PAD,
                grid.getWidth() + " px for captions of " + captionW + " px");
        // nothing is drawn in the outer padding: the text does not run off the edges
        int captionTop = Images.TITLE_H + 20;
        int[] span = inkSpan(grid, captionTop, captionTop + Images.CAPTION_H);
        assertNotNull(span);
        assertTrue(span[0] >= Images.PAD - 1 && span[1] <= grid.getWidth() - Images.PAD, java.util.Arrays.toString(span));
        // the ink of the first caption really is about as wide as its measured width
        int[] first = inkSpan(grid.getSubimage(0, 0, captionW + Images.PAD + Images.PAD / 2, grid.getHeight()),
                captionTop, captionTop + Images.CAPTION_H);
        assertTrue(first[1] - first[0] + 1 >= captionW - 4, "first caption ink " + (first[1] - first[0] + 1));
        for (int y = 0; y < grid.getHeight(); y++) {
            assertTrue(isWhite(grid, 0, y) && isWhite(grid, grid.getWidth() - 1, y), "edge pixel at y=" + y);
        }
    }

    @Test
    void longTitleIsNeverClipped() {
        String title = "Digits: the mean image and the first eleven principal components";
        int titleW = Images.textWidth(Style.TITLE, title);
        List<double[][]> images = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            images.add(constant(8, 8, 0.5));
            captions.add("pc " + i);
        }
        BufferedImage grid = Images.grid(title, images, captions, 4);
        assertTrue(titleW + 2 * Images.PAD > 4 * (96 + Images.PAD) + Images.PAD, "the title must be the widest thing");
        assertTrue(grid.getWidth() >= titleW + 2 * Images.PAD, grid.getWidth() + " px for a title of " + titleW);
        int[] span = inkSpan(grid, 0, Images.TITLE_H);
        assertTrue(span[0] >= Images.PAD - 1 && span[1] <= grid.getWidth() - Images.PAD, java.util.Arrays.toString(span));
        assertTrue(span[1] - span[0] + 1 >= titleW - 4, "title ink " + (span[1] - span[0] + 1) + " < " + titleW);
    }

    @Test
    void scaleMultipliesImageSizeExactly() {
        double[][] photo = Datasets.image("china-gray.png"); // 107 x 160
        int h = photo.length;
        int w = photo[0].length;
        List<double[][]> two = List.of(photo, photo);
        List<String> captions = List.of("a", "b");
        BufferedImage one = Images.grid("China", two, captions, 2, 1);
        BufferedImage dbl = Images.grid("China", two, captions, 2, 2);
        BufferedImage tri = Images.grid("China", two, captions, 1, 3);
        assertEquals(2 * (w + Images.PAD) + Images.PAD, one.getWidth());
        assertEquals(2 * (2 * w + Images.PAD) + Images.PAD, dbl.getWidth());
        assertEquals(Images.TITLE_H + 2 * h + Images.CAPTION_H + 2 * Images.PAD, dbl.getHeight());
        assertEquals(dbl.getHeight() - one.getHeight(), h);
        assertEquals(3 * w + 2 * Images.PAD, tri.getWidth());
        assertEquals(Images.TITLE_H + 2 * (3 * h + Images.CAPTION_H + Images.PAD) + Images.PAD, tri.getHeight());
        // nearest neighbour: every 2x2 block of the second cell repeats the photo's gray level
        BufferedImage native1 = Images.toImage(photo);
        int x0 = Images.PAD + 2 * w + Images.PAD;
        int y0 = Images.TITLE_H;
        for (int y = 0; y < h; y += 7) {
            for (int x = 0; x < w; x += 5) {
                int level = native1.getRaster().getSample(x, y, 0);
                for (int d = 0; d < 4; d++) {
                    int rgb = dbl.getRGB(x0 + 2 * x + d % 2, y0 + 2 * y + d / 2) & 0xFF;
                    assertEquals(level, rgb, 1, "pixel " + x + "," + y);
                }
            }
        }
        // the four-argument form is scale 1 for an image this wide, and the auto scale for tiny ones
        BufferedImage four = Images.grid("China", two, captions, 2);
        assertEquals(one.getWidth(), four.getWidth());
        assertEquals(one.getHeight(), four.getHeight());
        List<double[][]> digit = List.<double[][]>of(constant(8, 8, 0));
        BufferedImage auto = Images.grid("d", digit, List.of("x"), 1);
        BufferedImage twelve = Images.grid("d", digit, List.of("x"), 1, 12);
        assertEquals(twelve.getHeight(), auto.getHeight());
        assertEquals(Images.TITLE_H + 96 + Images.CAPTION_H + 2 * Images.PAD, auto.getHeight());
        assertThrows(IllegalArgumentException.class, () -> Images.grid("China", two, captions, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> Images.grid("China", two, captions, 2, 1000));
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

package roadmap.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Grayscale images for notebooks: matrices of gray levels to {@link BufferedImage} (a cell whose
 * value is a BufferedImage shows it as PNG) and captioned grids of images.
 */
public final class Images {

    private static final int PAD = 8;

    private Images() {
    }

    /**
     * Converts gray levels to an 8-bit grayscale image, one pixel per element. Values are
     * clamped to {@code [0, 1]} (0 black, 1 white).
     *
     * @param gray height x width gray levels
     * @return the image
     */
    public static BufferedImage toImage(double[][] gray) {
        return toImage(gray, 1);
    }

    /**
     * Converts gray levels to an 8-bit grayscale image, each element drawn as a
     * {@code scale x scale} block (nearest neighbour, so small images such as 8x8 digits stay crisp).
     *
     * @param gray  height x width gray levels, clamped to [0, 1]
     * @param scale the block size in pixels, at least 1
     * @return the image
     */
    public static BufferedImage toImage(double[][] gray, int scale) {
        if (gray == null || gray.length == 0 || gray[0].length == 0) {
            throw new IllegalArgumentException("image needs a non-empty matrix");
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be >= 1, got " + scale);
        }
        int h = gray.length;
        int w = gray[0].length;
        BufferedImage img = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) {
            if (gray[y].length != w) {
                throw new IllegalArgumentException("image matrix is ragged at row " + y);
            }
            for (int x = 0; x < w; x++) {
                double v = gray[y][x];
                int level = Double.isNaN(v) ? 0 : (int) Math.round(Math.max(0.0, Math.min(1.0, v)) * 255.0);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        r.setSample(x * scale + dx, y * scale + dy, 0, level);
                    }
                }
            }
        }
        return img;
    }

    /**
     * Rescales values linearly so the smallest becomes 0 and the largest 1 (all zeros when constant).
     *
     * @param values a matrix
     * @return a new matrix in [0, 1]
     */
    public static double[][] normalize(double[][] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = new double[values[i].length];
            for (int j = 0; j < values[i].length; j++) {
                out[i][j] = max > min ? (values[i][j] - min) / (max - min) : 0.0;
            }
        }
        return out;
    }

    /**
     * Reshapes a flat row-major vector (e.g. a digits row of 64 pixels) into a matrix.
     *
     * @param flat  the values
     * @param rows  the number of rows
     * @param cols  the number of columns; {@code rows * cols} must equal the length
     * @return rows x cols
     */
    public static double[][] reshape(double[] flat, int rows, int cols) {
        if (flat == null || rows < 1 || cols < 1 || (long) rows * cols != flat.length) {
            throw new IllegalArgumentException("cannot reshape " + (flat == null ? 0 : flat.length) + " values into "
                    + rows + "x" + cols);
        }
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, out[i], 0, cols);
        }
        return out;
    }

    /**
     * Lays out images in a grid with a caption under each and the title on top. Each image keeps
     * its aspect ratio and is scaled (nearest neighbour) to fit a cell at least 96 pixels wide.
     * Gray levels are clamped to [0, 1].
     *
     * @param title    the title drawn at the top (required)
     * @param images   the images as gray-level matrices (at least one)
     * @param captions one caption per image (required, may be empty strings)
     * @param columns  images per row, at least 1
     * @return an RGB image
     */
    public static BufferedImage grid(String title, List<double[][]> images, List<String> captions, int columns) {
        Style.require(title, "title");
        if (images == null || images.isEmpty()) {
            throw new IllegalArgumentException("image grid needs at least one image");
        }
        if (captions == null || captions.size() != images.size()) {
            throw new IllegalArgumentException("image grid needs one caption per image: " + images.size() + " images, "
                    + (captions == null ? 0 : captions.size()) + " captions");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, got " + columns);
        }
        int maxW = 1;
        int maxH = 1;
        for (double[][] im : images) {
            if (im == null || im.length == 0 || im[0].length == 0) {
                throw new IllegalArgumentException("image grid: every image needs at least one pixel");
            }
            maxW = Math.max(maxW, im[0].length);
            maxH = Math.max(maxH, im.length);
        }
        int scale = Math.max(1, (int) Math.ceil(96.0 / maxW));
        int cellW = maxW * scale;
        int cellH = maxH * scale;
        int cols = Math.min(columns, images.size());
        int rows = (images.size() + cols - 1) / cols;
        int titleH = 30;
        int captionH = 20;
        int width = Math.max(cols * (cellW + PAD) + PAD, 200);
        int height = titleH + rows * (cellH + captionH + PAD) + PAD;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(Style.TITLE);
            centred(g, title, width / 2, 21);
            g.setFont(Style.TICKS);
            for (int k = 0; k < images.size(); k++) {
                int x = PAD + (k % cols) * (cellW + PAD);
                int y = titleH + (k / cols) * (cellH + captionH + PAD);
                double[][] im = images.get(k);
                g.drawImage(toImage(im, scale), x + (cellW - im[0].length * scale) / 2, y, null);
                String caption = captions.get(k) == null ? "" : captions.get(k);
                centred(g, caption, x + cellW / 2, y + cellH + 15);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void centred(Graphics2D g, String text, int cx, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, cx - fm.stringWidth(text) / 2, baseline);
    }

    /**
     * Encodes an image as PNG.
     *
     * @param image the image
     * @return the PNG file contents
     */
    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this JVM");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode image as PNG", e);
        }
    }
}

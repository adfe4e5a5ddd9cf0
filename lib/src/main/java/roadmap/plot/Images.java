package roadmap.plot;

import java.awt.Color;
import java.awt.Font;
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

    /** Padding between cells and around the grid, in pixels. */
    static final int PAD = 8;
    /** Height of the title band. */
    static final int TITLE_H = 30;
    /** Height of the caption band under each image. */
    static final int CAPTION_H = 20;
    /** The four-argument grid enlarges small images to at least this width. */
    static final int MIN_AUTO_WIDTH = 96;
    /** The narrowest grid canvas. */
    static final int MIN_CANVAS_WIDTH = 200;
    /** The largest grid canvas side, to fail clearly instead of running out of memory. */
    static final int MAX_SIDE = 16_384;

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
     * Lays out images in a grid with a caption under each and the title on top. Small images are
     * enlarged by the smallest whole-number factor (nearest neighbour) that makes the widest one at
     * least 96 pixels wide, so an 8x8 digit is drawn 96 pixels wide; images
     * that are already that wide are drawn at native size (scale 1). Use
     * {@link #grid(String, List, List, int, int)} to choose the scale yourself. Captions and the
     * title are never clipped: see the five-argument overload for the layout.
     *
     * @param title    the title drawn at the top (required)
     * @param images   the images as gray-level matrices (at least one)
     * @param captions one caption per image (required, may be empty strings)
     * @param columns  images per row, at least 1
     * @return an RGB image
     */
    public static BufferedImage grid(String title, List<double[][]> images, List<String> captions, int columns) {
        checkGrid(title, images, captions, columns);
        int scale = Math.max(1, (int) Math.ceil((double) MIN_AUTO_WIDTH / maxWidth(images)));
        return grid(title, images, captions, columns, scale);
    }

    /**
     * Lays out images in a grid with a caption under each and the title on top, every image drawn
     * with each pixel as a {@code scale x scale} block (nearest neighbour, as
     * {@link #toImage(double[][], int)}), so a 107 x 160 photo at scale 2 occupies exactly 214 x 320
     * pixels. Gray levels are clamped to [0, 1].
     *
     * <p>Layout: all cells have the same width, the larger of the widest scaled image and the widest
     * caption (measured with the caption font), and are separated by 8 pixels of padding;
     * each image and caption is centred in its cell. The canvas is at least as wide as the title
     * plus padding (and at least 200 pixels), so neither captions nor the title are ever clipped.
     *
     * @param title    the title drawn at the top (required)
     * @param images   the images as gray-level matrices (at least one)
     * @param captions one caption per image (required, may be empty strings; null counts as empty)
     * @param columns  images per row, at least 1
     * @param scale    the pixel block size, at least 1
     * @return an RGB image
     * @throws IllegalArgumentException on a blank title, no images, a caption count that differs
     *                                  from the image count, {@code columns < 1}, {@code scale < 1},
     *                                  an empty image, or a canvas larger than 16384
     *                                  pixels on a side
     */
    public static BufferedImage grid(String title, List<double[][]> images, List<String> captions, int columns,
            int scale) {
        checkGrid(title, images, captions, columns);
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be >= 1, got " + scale);
        }
        int maxW = maxWidth(images);
        int maxH = 1;
        for (double[][] im : images) {
            maxH = Math.max(maxH, im.length);
        }
        int captionW = 0;
        for (String caption : captions) {
            captionW = Math.max(captionW, textWidth(Style.TICKS, caption == null ? "" : caption));
        }
        int titleW = textWidth(Style.TITLE, title);
        long cellW = Math.max((long) maxW * scale, captionW);
        long cellH = (long) maxH * scale;
        int cols = Math.min(columns, images.size());
        int rows = (images.size() + cols - 1) / cols;
        long width = Math.max(Math.max(cols * (cellW + PAD) + PAD, titleW + 2L * PAD), MIN_CANVAS_WIDTH);
        long height = TITLE_H + rows * (cellH + CAPTION_H + PAD) + PAD;
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("image grid would be " + width + " x " + height
                    + " pixels (at most " + MAX_SIDE + " a side): use a smaller scale or more columns");
        }
        // centre the block of cells when the title makes the canvas wider than the cells need
        int left = (int) (width - (cols * (cellW + PAD) + PAD)) / 2 + PAD;
        BufferedImage out = new BufferedImage((int) width, (int) height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            textHints(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, (int) width, (int) height);
            g.setColor(Color.BLACK);
            g.setFont(Style.TITLE);
            centred(g, title, (int) width / 2, 21);
            g.setFont(Style.TICKS);
            for (int k = 0; k < images.size(); k++) {
                int x = (int) (left + (k % cols) * (cellW + PAD));
                int y = (int) (TITLE_H + (k / cols) * (cellH + CAPTION_H + PAD));
                double[][] im = images.get(k);
                g.drawImage(toImage(im, scale), (int) (x + (cellW - (long) im[0].length * scale) / 2), y, null);
                String caption = captions.get(k) == null ? "" : captions.get(k);
                centred(g, caption, (int) (x + cellW / 2), (int) (y + cellH + 15));
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void checkGrid(String title, List<double[][]> images, List<String> captions, int columns) {
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
        for (double[][] im : images) {
            if (im == null || im.length == 0 || im[0] == null || im[0].length == 0) {
                throw new IllegalArgumentException("image grid: every image needs at least one pixel");
            }
        }
    }

    private static int maxWidth(List<double[][]> images) {
        int maxW = 1;
        for (double[][] im : images) {
            maxW = Math.max(maxW, im[0].length);
        }
        return maxW;
    }

    private static void textHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** The width {@code text} will have when the grid draws it in {@code font}: same hints, same metrics. */
    static int textWidth(Font font, String text) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            textHints(g);
            return g.getFontMetrics(font).stringWidth(text);
        } finally {
            g.dispose();
        }
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

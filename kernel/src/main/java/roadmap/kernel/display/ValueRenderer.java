package roadmap.kernel.display;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import javax.imageio.ImageIO;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Base64;

/**
 * Chooses how a cell's value is shown: XChart charts and images as {@code image/png}, objects
 * with a public {@code String toHtml()} as {@code text/html}, multi-line text also as
 * preformatted HTML, everything else as {@code text/plain}. Every bundle has a
 * {@code text/plain} fallback. Text is bounded ({@link ValueText}). The kernel has no compile-time dependency on XChart: charts are
 * recognised by class name and encoded through the chart's own class loader.
 */
public final class ValueRenderer {
    static final String XCHART_CHART_CLASS = "org.knowm.xchart.internal.chartpart.Chart";
    private static final String XCHART_ENCODER_CLASS = "org.knowm.xchart.BitmapEncoder";
    private static final String XCHART_FORMAT_CLASS = "org.knowm.xchart.BitmapEncoder$BitmapFormat";

    /**
     * @param value the value, possibly {@code null}
     * @return the display bundle
     */
    public DisplayData render(Object value) {
        if (value == null) {
            return new DisplayData("null");
        }
        try {
            if (isXChart(value.getClass())) {
                return png(xchartPng(value), chartLabel(value));
            }
            if (value instanceof RenderedImage) {
                RenderedImage image = (RenderedImage) value;
                return png(imagePng(image), value.getClass().getSimpleName() + " " + image.getWidth() + "x" + image.getHeight());
            }
            Method toHtml = publicToHtml(value.getClass());
            if (toHtml != null) {
                DisplayData data = new DisplayData(safeToString(value));
                data.putHTML(ValueText.cut(String.valueOf(toHtml.invoke(value))));
                return data;
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            return new DisplayData(safeToString(value) + "\n[could not render " + value.getClass().getName() + ": " + cause + "]");
        }
        return text(plainText(value));
    }

    /**
     * @param text text to show
     * @return a bundle with the text, plus a {@code <pre>} HTML version when it spans several lines
     */
    public static DisplayData text(String text) {
        text = ValueText.cut(text);
        DisplayData data = new DisplayData(text);
        if (text.indexOf('\n') >= 0) {
            data.putHTML("<pre>" + escapeHtml(text) + "</pre>");
        }
        return data;
    }

    static String plainText(Object value) {
        return safeToString(value);
    }

    /**
     * @param value a value, possibly {@code null}
     * @return its bounded text, as {@code text/plain} shows it
     */
    public static String plainTextOf(Object value) {
        return value == null ? "null" : safeToString(value);
    }

    /** Runs the value's {@code toString()} once; an {@code Error} it throws is the cell's error. */
    private static String safeToString(Object value) {
        try {
            return ValueText.of(value);
        } catch (RuntimeException e) {
            return value.getClass().getName() + " (toString() threw " + e + ")";
        }
    }

    static boolean isXChart(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(XCHART_CHART_CLASS)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] xchartPng(Object chart) throws ReflectiveOperationException {
        ClassLoader loader = chart.getClass().getClassLoader();
        Class<?> encoder = Class.forName(XCHART_ENCODER_CLASS, true, loader);
        Class<?> formatType = Class.forName(XCHART_FORMAT_CLASS, true, loader);
        Class<?> chartType = Class.forName(XCHART_CHART_CLASS, true, loader);
        Object pngFormat = formatType.getField("PNG").get(null);
        Method getBytes = encoder.getMethod("getBitmapBytes", chartType, formatType);
        return (byte[]) getBytes.invoke(null, chart, pngFormat);
    }

    private static String chartLabel(Object chart) {
        String title = "";
        try {
            Object t = chart.getClass().getMethod("getTitle").invoke(chart);
            title = t == null ? "" : t.toString();
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // a chart without a readable title is labelled by its class alone
        }
        return chart.getClass().getSimpleName() + (title.isEmpty() ? "" : ": " + title);
    }

    private static byte[] imagePng(RenderedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer accepts this image");
        }
        return bytes.toByteArray();
    }

    private static DisplayData png(byte[] png, String label) {
        DisplayData data = new DisplayData(label);
        data.putData("image/png", Base64.getEncoder().encodeToString(png));
        return data;
    }

    private static Method publicToHtml(Class<?> type) {
        try {
            Method m = type.getMethod("toHtml");
            if (m.getReturnType() != String.class || Modifier.isStatic(m.getModifiers())) {
                return null;
            }
            if (!Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                m.setAccessible(true); // a public method declared in a non-public (e.g. record-in-cell) class
            }
            return m;
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    /**
     * @param text plain text
     * @return the text with HTML's special characters escaped
     */
    public static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package roadmap.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Collection;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The shared look of every chart: sizes, fonts and colours, plus argument checks. */
final class Style {

    /** Default chart width in pixels. */
    static final int WIDTH = 640;
    /** Default chart height in pixels. */
    static final int HEIGHT = 420;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** A colour-blind-friendly qualitative palette (Okabe–Ito). */
    static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(150, 75, 0),
        new Color(120, 120, 120), new Color(200, 180, 0)
    };

    private Style() {
    }

    static void apply(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleFont(TITLE);
        s.setAxisTitleFont(AXIS_TITLE);
        s.setAxisTickLabelsFont(TICKS);
        s.setLegendFont(LEGEND);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setChartTitleBoxVisible(false);
        s.setPlotBorderVisible(false);
        s.setSeriesColors(PALETTE);
        s.setAntiAlias(true);
        s.setToolTipsEnabled(false);
    }

    /**
     * XChart centres the title over the plot area, which the legend (outside, on the right) and the
     * y axis narrow; a title wider than that area is cut off on the left. Returns a chart width wide
     * enough for the title, never narrower than {@code width}.
     */
    static int widthFittingTitle(int width, String title, Collection<String> legendNames, boolean legendVisible) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double titleWidth = TITLE.getStringBounds(title, frc).getWidth();
        double legendWidth = 0;
        if (legendVisible) {
            for (String name : legendNames) {
                legendWidth = Math.max(legendWidth, LEGEND.getStringBounds(name, frc).getWidth());
            }
            legendWidth += 60; // marker, padding and the gap to the plot
        }
        double yAxisAndMargins = 110;
        // a wide legend would squeeze the plot: keep 55% of the requested width for it
        double plotAtLeast = legendWidth + yAxisAndMargins + 0.55 * width;
        return (int) Math.max(width, Math.ceil(Math.max(titleWidth + legendWidth + yAxisAndMargins, plotAtLeast)));
    }

    /** The widest of these labels in the tick font, in pixels. */
    static double widestTickLabel(Collection<String> labels) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, TICKS.getStringBounds(label, frc).getWidth());
        }
        return widest;
    }

    /**
     * The x-label rotation that keeps category labels from overlapping: 0 when the widest label fits
     * its slot, else 45 degrees, else 90 degrees (the slot then only needs the label's height).
     *
     * @param labels    the category labels
     * @param plotWidth the width the categories share, in pixels
     */
    static int categoryLabelRotation(Collection<String> labels, double plotWidth) {
        double slot = plotWidth / Math.max(1, labels.size());
        double widest = widestTickLabel(labels) + 8;
        if (widest <= slot) {
            return 0;
        }
        return slot * 0.7071 >= 17 ? 45 : 90;
    }

    /** Shortens a label to at most {@code max} characters, ending in "…" when cut. */
    static String abbreviate(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1).strip() + "…";
    }

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a chart needs a " + what + " (got " + (value == null ? "null" : "blank")
                    + ")");
        }
        return value;
    }

    static void sameLength(double[] x, double[] y, String what) {
        if (x == null || y == null) {
            throw new IllegalArgumentException(what + ": x and y must not be null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException(what + ": x has " + x.length + " values but y has " + y.length);
        }
    }
}

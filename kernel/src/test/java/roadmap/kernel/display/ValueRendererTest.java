package roadmap.kernel.display;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueRendererTest {
    private final ValueRenderer renderer = new ValueRenderer();

    /** A result table as lib returns them. */
    public static final class Table {
        public String toHtml() {
            return "<table></table>";
        }

        @Override
        public String toString() {
            return "table";
        }
    }

    private static Object data(DisplayData d, String mime) {
        return d.getData(MIMEType.parse(mime));
    }

    @Test
    void xchartRendersAsPngByClassName() {
        System.setProperty("java.awt.headless", "true");
        CategoryChart chart = new CategoryChartBuilder().width(200).height(100).title("bars").build();
        chart.addSeries("s", new double[] {1, 2}, new double[] {3, 4});
        DisplayData d = renderer.render(chart);
        byte[] png = Base64.getDecoder().decode((String) data(d, "image/png"));
        assertEquals('P', png[1]);
        assertEquals("CategoryChart: bars", data(d, "text/plain"));
    }

    @Test
    void htmlTablesTextAndArrays() {
        DisplayData table = renderer.render(new Table());
        assertEquals("<table></table>", data(table, "text/html"));
        assertEquals("table", data(table, "text/plain"));
        assertNull(data(renderer.render("one line"), "text/html"));
        assertEquals("<pre>a &amp; b\nc</pre>", data(renderer.render("a & b\nc"), "text/html"));
        assertEquals("[[1, 2], [3]]", data(renderer.render(new int[][] {{1, 2}, {3}}), "text/plain"));
        assertEquals("null", data(renderer.render(null), "text/plain"));
        assertTrue(ValueRenderer.isXChart(CategoryChart.class));
    }
}

package roadmap.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TableTest {

    private static Table sample() {
        return Table.of("model", "accuracy", "n").row("tree", 0.91234, 10).row("forest <big>", 0.95, 200);
    }

    @Test
    void textIsAligned() {
        assertEquals(String.join("\n",
                "model         accuracy    n",
                "------------  --------  ---",
                "tree            0.9123   10",
                "forest <big>    0.9500  200"), sample().toString());
    }

    @Test
    void htmlIsATableWithEscapedCells() {
        String html = sample().toHtml();
        assertTrue(html.startsWith("<table>") && html.endsWith("</table>"), html);
        assertTrue(html.contains("<th style=\"text-align:left\">model</th>"), html);
        assertTrue(html.contains("forest &lt;big&gt;"), html);
        assertTrue(html.contains("<td style=\"text-align:right\">0.9500</td>"), html);
    }

    @Test
    void numbersAreLocaleIndependent() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.5000", Table.format(0.5));
            assertEquals("1.235e-05", Table.format(1.2345e-5));
            assertEquals("0.0000", Table.format(-0.0));
            assertEquals("", Table.format(null));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void wrongRowWidthIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Table.of("a", "b").row(1));
        assertTrue(e.getMessage().contains("expected 2 values"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Table.of());
        assertThrows(IllegalArgumentException.class, () -> Table.of("a", ""));
    }
}

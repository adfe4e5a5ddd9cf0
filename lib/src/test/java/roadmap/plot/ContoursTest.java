package roadmap.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class ContoursTest {

    @Test
    void tracedLevelOfAParaboloidIsACircleOfTheRightRadius() {
        Contours c = Contours.of("t", "x", "y", (x, y) -> x * x + y * y, -2, 2, -2, 2);
        int n = 100;
        double[] g = new double[n + 1];
        double[][] z = new double[n + 1][n + 1];
        for (int k = 0; k <= n; k++) {
            g[k] = -2 + 4.0 * k / n;
        }
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                z[i][j] = g[i] * g[i] + g[j] * g[j];
            }
        }
        double[][] seg = c.trace(z, g, g, 1.0);
        int points = 0;
        for (int k = 0; k < seg[0].length; k++) {
            if (!Double.isNaN(seg[0][k])) {
                points++;
                // linear interpolation on a 0.04 grid: radius within a fraction of a cell of 1
                assertEquals(1.0, Math.hypot(seg[0][k], seg[1][k]), 0.01);
            }
        }
        assertTrue(points > 100, "a circle of radius 1 crosses many cells: " + points);
        assertEquals(0, c.trace(z, g, g, 100.0)[0].length, "a level above the maximum is not drawn");
    }

    @Test
    void rendersWithPathsAndRequiresLabels() throws Exception {
        Contours c = Contours.of("Bowl", "w1", "w2", (x, y) -> x * x + 10 * y * y, -3, 3, -2, 2);
        c.path("steps", new double[] {-2.5, -1, 0}, new double[] {1.5, -0.5, 0});
        XYChart chart = c.build();
        assertTrue(chart.getSeriesMap().containsKey("steps"));
        PlotsTest.render(chart, "contours.png", 640, 420);
        assertThrows(IllegalArgumentException.class, () -> Contours.of(" ", "x", "y", (x, y) -> x, 0, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Contours.of("t", "x", "y", (x, y) -> x, 1, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> c.path("steps", new double[] {0}, new double[] {0}));
    }
}

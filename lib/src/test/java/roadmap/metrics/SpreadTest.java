package roadmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values: numpy mean and std(ddof=1) of the same numbers. */
class SpreadTest {

    @Test
    void meanSdAndStandardError() {
        Spread s = Spread.of(0.9, 0.95, 0.92, 0.97, 0.91);
        assertEquals(0.93, s.mean(), 1e-12);
        assertEquals(0.029154759474226473, s.sd(), 1e-12);
        assertEquals(0.029154759474226473 / Math.sqrt(5), s.standardError(), 1e-12);
        assertEquals("0.930 ± 0.029", s.toString());
        assertEquals(0.0, Spread.of(3).sd(), 0.0);
    }

    @Test
    void pairedDifference() {
        Spread d = Spread.of(1, 2, 3).minus(Spread.of(0.5, 1.5, 3.5));
        assertEquals(1.0 / 6, d.mean(), 1e-12);                 // differences 0.5, 0.5, -0.5
        assertEquals(Math.sqrt(1.0 / 3), d.sd(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Spread.of(1, 2).minus(Spread.of(1)));
        assertThrows(IllegalArgumentException.class, () -> Spread.of());
        assertThrows(IllegalArgumentException.class, () -> Spread.of(Double.NaN));
    }
}

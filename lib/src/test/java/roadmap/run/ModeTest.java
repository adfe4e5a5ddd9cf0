package roadmap.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModeTest {

    @Test
    void parsesFastAndFullAndDefaultsToFull() {
        assertTrue(Mode.parse("fast"));
        assertTrue(Mode.parse(" FAST "));
        assertFalse(Mode.parse("full"));
        assertFalse(Mode.parse(null));
        assertFalse(Mode.parse(""));
    }

    @Test
    void rejectsAnythingElse() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Mode.parse("quick"));
        assertTrue(e.getMessage().contains("ROADMAP_MODE") && e.getMessage().contains("quick"), e.getMessage());
    }

    @Test
    void pickFollowsTheEnvironment() {
        boolean fast = Mode.parse(System.getenv(Mode.ENV));
        assertEquals(fast ? 1 : 2, Mode.pick(1, 2));
        assertEquals(fast ? 1L : 2L, Mode.pick(1L, 2L));
        assertEquals(fast ? 0.5 : 1.5, Mode.pick(0.5, 1.5), 0.0);
        assertEquals(fast ? "fast" : "full", Mode.name());
    }

    @Test
    void seedsAreReproducible() {
        assertEquals(42L, Seeds.DEFAULT);
        assertEquals(Seeds.rng(7).nextDouble(), Seeds.rng(7).nextDouble(), 0.0);
        assertEquals(Seeds.rng().nextInt(), Seeds.rng(42).nextInt());
        assertEquals(Seeds.splittable(7).nextLong(), Seeds.splittable(7).nextLong());
    }
}

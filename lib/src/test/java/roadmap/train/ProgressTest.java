package roadmap.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fastLoopPrintsOnlyTheFinalLine() {
        try (Progress p = new Progress("training", 50, out, clock::get)) {
            for (int i = 0; i < 50; i++) {
                p.step();
                p.set("loss", 0.12);
            }
        }
        assertEquals("training: 100% 50/50 loss=0.1200\n", printed());
    }

    @Test
    void slowLoopUpdatesInPlaceAtMostFiveTimesPerSecond() {
        Progress p = new Progress("fit", 10, out, clock::get);
        for (int i = 0; i < 10; i++) {
            clock.addAndGet(100_000_000L); // 0.1 s per step
            p.step();
        }
        p.set("acc", 0.5);
        p.close();
        p.close();
        String s = printed();
        long updates = s.chars().filter(c -> c == '\r').count();
        assertEquals(5 + 1, updates, s);
        assertTrue(s.startsWith("\rfit:  20% 2/10 [0.2s]"), s);
        assertTrue(s.endsWith("\rfit: 100% 10/10 acc=0.5000\n"), s);
    }

    @Test
    void earlyCloseShowsWhereItStopped() {
        try (Progress p = new Progress("epochs", 4, out, clock::get)) {
            p.step(2);
            p.set("note", "early stop");
        }
        assertEquals("epochs:  50% 2/4 note=early stop\n", printed());
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> Progress.of(" ", 3));
        assertThrows(IllegalArgumentException.class, () -> Progress.of("x", -1));
        assertThrows(IllegalArgumentException.class, () -> new Progress("x", 1, out, clock::get).step(-1));
    }
}

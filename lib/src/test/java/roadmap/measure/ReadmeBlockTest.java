package roadmap.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReadmeBlockTest {
    private static final String README = "# Title\n<!-- a:start -->\nold a\n<!-- a:end -->\nmiddle\n"
            + "<!-- b:start -->\nold b\n<!-- b:end -->\ntail\n";

    @Test
    void replacesOnlyItsOwnBlock() {
        String updated = new ReadmeBlock("b").replace(README, "\nnew b\n\n");
        assertEquals("# Title\n<!-- a:start -->\nold a\n<!-- a:end -->\nmiddle\n"
                + "<!-- b:start -->\nnew b\n<!-- b:end -->\ntail\n", updated);
        assertEquals(Optional.of("\nnew b\n"), new ReadmeBlock("b").read(updated));
        assertEquals(Optional.of("\nold a\n"), new ReadmeBlock("a").read(updated));
    }

    @Test
    void missingMarkersAreAnErrorNotASilentAppend() {
        assertTrue(new ReadmeBlock("c").read(README).isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ReadmeBlock("c").replace(README, "x"));
        assertTrue(e.getMessage().contains("<!-- c:start -->"), e.getMessage());
    }

    @Test
    void versionsComeFromTheJarAndTheInterpreter() {
        assertTrue(Versions.ofJar(Test.class, "org.junit.jupiter", "junit-jupiter-api").orElse("").matches("\\d+\\.\\d+.*"));
    }
}

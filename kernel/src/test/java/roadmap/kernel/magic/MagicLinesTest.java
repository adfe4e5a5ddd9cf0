package roadmap.kernel.magic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MagicLinesTest {
    @Test
    void splitsMagicsFromCodeKeepingOffsets() {
        String cell = "int a = 1;\n  %maven g:a:1 'x y'\nint b = a % 2;\n%load f.jsh";
        List<CellPart> parts = MagicLines.split(cell);
        assertEquals(4, parts.size());
        assertEquals(new CellPart(0, "int a = 1;\n", null), parts.get(0));
        assertEquals(new MagicCall("maven", List.of("g:a:1", "x y")), parts.get(1).magic());
        assertEquals(cell.indexOf("int b"), parts.get(2).offset());
        assertEquals("int b = a % 2;\n", parts.get(2).text());
        assertEquals(new MagicCall("load", List.of("f.jsh")), parts.get(3).magic());
    }

    @Test
    void moduloAndPercentLiteralsAreNotMagics() {
        assertNull(MagicLines.parse("  % 2;"));
        assertNull(MagicLines.parse("String s = \"%d\";"));
        assertEquals(1, MagicLines.split("int x = 5\n  % 2;").size());
    }

    @Test
    void blankingKeepsOffsets() {
        String cell = "%jars a.jar\nMath.ab";
        String blanked = MagicLines.blankMagics(cell);
        assertEquals(cell.length(), blanked.length());
        assertEquals("           \nMath.ab", blanked);
    }

    @Test
    void globsExpandRelativeToTheBase(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib/sub"));
        Files.writeString(dir.resolve("lib/a.jar"), "");
        Files.writeString(dir.resolve("lib/b.jar"), "");
        Files.writeString(dir.resolve("lib/notes.txt"), "");
        Files.writeString(dir.resolve("lib/sub/c.jar"), "");
        assertEquals(List.of(dir.resolve("lib/a.jar"), dir.resolve("lib/b.jar")), PathGlobs.expand("lib/*.jar", dir));
        assertEquals(3, PathGlobs.expand("lib/**.jar", dir).size());
        assertEquals(List.of(dir.resolve("lib/a.jar")), PathGlobs.expand("lib/a.jar", dir));
        assertEquals(List.of(), PathGlobs.expand("nothing/*.jar", dir));
    }
}

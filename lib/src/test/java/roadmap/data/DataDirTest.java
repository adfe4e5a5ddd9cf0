package roadmap.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirTest {

    @TempDir
    Path tmp;

    private static Path withManifest(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("MANIFEST"), Manifest.HEADER + "\n");
        return dir;
    }

    @Test
    void findsNotebooksDataFromTheNotebookDirectory() throws IOException {
        Path data = withManifest(tmp.resolve("notebooks/data"));
        Path notebooks = tmp.resolve("notebooks");
        assertEquals(data, DataDir.locate(k -> null, notebooks));
        assertEquals(data, DataDir.locate(k -> null, tmp));
        Path deep = Files.createDirectories(tmp.resolve("kernel/target"));
        assertEquals(data, DataDir.locate(k -> null, deep));
    }

    @Test
    void environmentVariableWins() throws IOException {
        withManifest(tmp.resolve("notebooks/data"));
        Path other = withManifest(tmp.resolve("elsewhere"));
        assertEquals(other, DataDir.locate(Map.of("ROADMAP_DATA", other.toString())::get, tmp));
        DatasetException e = assertThrows(DatasetException.class,
                () -> DataDir.locate(Map.of("ROADMAP_DATA", tmp.resolve("nothing").toString())::get, tmp));
        assertTrue(e.getMessage().contains("ROADMAP_DATA"), e.getMessage());
    }

    @Test
    void errorListsWhatWasTried() {
        DatasetException e = assertThrows(DatasetException.class, () -> DataDir.locate(k -> null, tmp));
        for (String c : DataDir.CANDIDATES) {
            assertTrue(e.getMessage().contains("./" + c), e.getMessage());
        }
    }

    @Test
    void theRealDataDirectoryIsFoundFromLib() {
        Path dir = DataDir.locate();
        assertTrue(Files.isRegularFile(dir.resolve("MANIFEST")));
        assertTrue(dir.endsWith(Path.of("notebooks", "data")), dir.toString());
    }
}

package roadmap.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path tmp;

    private static final String SHA = "a".repeat(64);

    private DatasetException malformed(String... lines) throws IOException {
        Files.writeString(tmp.resolve("MANIFEST"), String.join("\n", lines) + "\n");
        return assertThrows(DatasetException.class, () -> Manifest.load(tmp));
    }

    @Test
    void realManifestListsAllCourseDatasets() {
        Manifest m = Manifest.load();
        // the foundation's datasets come first, in this order; later weeks append their own rows
        List<String> names = m.entries().stream().map(ManifestEntry::name).toList();
        assertEquals(List.of("wine", "iris", "breast_cancer", "digits", "diabetes", "china-gray"),
                names.subList(0, 6));
        ManifestEntry wine = m.entry("wine");
        assertEquals("wine.csv", wine.file());
        assertEquals("178x14", wine.shape());
        assertEquals("CC BY 4.0", wine.licence());
        assertTrue(wine.origin().contains("UCI"));
        assertEquals(wine, m.find("wine.csv"));
        assertEquals("CC BY 2.0", m.find("china-gray.png").licence());
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        DatasetException e = assertThrows(DatasetException.class, () -> Manifest.load().entry("cifar"));
        assertTrue(e.getMessage().contains("cifar") && e.getMessage().contains("wine"), e.getMessage());
    }

    @Test
    void malformedManifestsNameTheLine() throws IOException {
        assertTrue(malformed("name,file").getMessage().contains("MANIFEST line 1"));
        assertTrue(malformed(Manifest.HEADER, "x\tx.csv\to\tl\t" + SHA).getMessage()
                .contains("MANIFEST line 2: expected 6"));
        assertTrue(malformed(Manifest.HEADER, "x\tx.csv\to\tl\tabc\t1x2").getMessage().contains("sha256"));
        assertTrue(malformed(Manifest.HEADER, "x\tx.csv\to\tl\t" + SHA + "\t12").getMessage().contains("shape"));
        assertTrue(malformed(Manifest.HEADER, "x\tx.csv\to\tl\t" + SHA + "\t1x2", "x\ty.csv\to\tl\t" + SHA + "\t1x2")
                .getMessage().contains("line 3: duplicate"));
        assertTrue(malformed(Manifest.HEADER, "x\t../x.csv\to\tl\t" + SHA + "\t1x2").getMessage()
                .contains("plain file name"));
    }

    @Test
    void missingManifestNamesTheFile() {
        DatasetException e = assertThrows(DatasetException.class, () -> Manifest.load(tmp));
        assertTrue(e.getMessage().contains("notebooks/data/MANIFEST is missing"), e.getMessage());
    }
}

package roadmap.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFileTest {

    @TempDir
    Path tmp;

    static Path writeDataset(Path dir, String name, String file, String content, String shape) throws IOException {
        Path f = dir.resolve(file);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        String sha = DatasetFile.sha256(f, file);
        Path manifest = dir.resolve("MANIFEST");
        String existing = Files.exists(manifest) ? Files.readString(manifest) : Manifest.HEADER + "\n";
        Files.writeString(manifest, existing + String.join("\t", name, file, "test", "CC0", sha, shape) + "\n");
        return f;
    }

    @Test
    void realFilesVerify() {
        for (String name : new String[] {"wine", "iris", "breast_cancer", "digits", "diabetes", "china-gray"}) {
            assertTrue(Files.isRegularFile(DatasetFile.verify(name)), name);
        }
        assertEquals(DatasetFile.verify("wine"), DatasetFile.verify("wine.csv"));
    }

    @Test
    void knownHashOfEmptyInput() throws IOException {
        Path f = Files.writeString(tmp.resolve("empty"), "");
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DatasetFile.sha256(f, "empty"));
    }

    @Test
    void changedFileIsRejectedEvenAfterAVerifiedLoad() throws IOException {
        Path f = writeDataset(tmp, "t", "t.csv", "a,class\n1,x\n", "1x2");
        Manifest m = Manifest.load(tmp);
        assertEquals(f.toAbsolutePath().normalize(), DatasetFile.verify(m, "t"));
        Files.writeString(f, "a,class\n2,x\n");
        Files.setLastModifiedTime(f, FileTime.fromMillis(0));
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetFile.verify(m, "t"));
        assertTrue(e.getMessage().contains("notebooks/data/t.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("expected " + m.entry("t").sha256()), e.getMessage());
        assertTrue(e.getMessage().contains("actual " + DatasetFile.sha256(f, "t")), e.getMessage());
    }

    @Test
    void missingFileSaysHowToRestoreIt() throws IOException {
        Path f = writeDataset(tmp, "t", "t.csv", "a,class\n1,x\n", "1x2");
        Files.delete(f);
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetFile.verify(Manifest.load(tmp), "t"));
        assertEquals("dataset file notebooks/data/t.csv is missing; restore it with "
                + "`git checkout -- notebooks/data/t.csv`", e.getMessage());
    }
}

package roadmap.spamfilter.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import roadmap.data.DatasetException;
import roadmap.spamfilter.TestData;

class MailCorpusTest {

    /** The hash recorded for the file in notebooks/data/MANIFEST. */
    static final String MANIFEST_SHA256 = "60f96a31643e8eb4674384ec1cdcb88c37c26aa113a6ce0233878b797b48b30b";

    @TempDir
    Path dir;

    @Test
    void theCourseCorpusHasTheManifestHashAndThreeSplits() {
        MailCorpus c = MailCorpus.load(TestData.DATA, MANIFEST_SHA256);
        assertEquals(MANIFEST_SHA256, c.sha256());
        assertEquals(5407, c.mails().size());
        assertEquals(c.mails().size(), c.split("train").size() + c.split("validation").size()
                + c.split("test").size());
    }

    @Test
    void aWrongHashNamesTheFileAndBothHashes() {
        String wrong = "0".repeat(64);
        DatasetException e = assertThrows(DatasetException.class, () -> MailCorpus.load(TestData.DATA, wrong));
        assertTrue(e.getMessage().contains(TestData.DATA.toString().replace('\\', '/')), e.getMessage());
        assertTrue(e.getMessage().contains(wrong) && e.getMessage().contains(MANIFEST_SHA256), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path f = dir.resolve("mails.jsonl.gz");
        DatasetException e = assertThrows(DatasetException.class, () -> MailCorpus.load(f, ""));
        assertTrue(e.getMessage().contains("mails.jsonl.gz") && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void aMalformedLineIsNamedWithItsNumber() throws IOException {
        Path f = dir.resolve("bad.jsonl.gz");
        String good = "{\"id\":\"a\",\"label\":\"ham\",\"subtype\":\"easy\",\"thread\":0,\"split\":\"train\",\"text\":\"hi\"}";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write((good + "\n{\"id\": oops}\n").getBytes(StandardCharsets.UTF_8));
        }
        DatasetException e = assertThrows(DatasetException.class, () -> MailCorpus.load(f, ""));
        assertTrue(e.getMessage().contains("bad.jsonl.gz line 2"), e.getMessage());
    }
}

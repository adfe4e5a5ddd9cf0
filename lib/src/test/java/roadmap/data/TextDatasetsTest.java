package roadmap.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDatasetsTest {

    @TempDir
    Path tmp;

    @Test
    void corpusHasTheCountsRecordedInTheManifestAndReadme() {
        List<Mail> mails = TextDatasets.spamAssassin();
        assertEquals(Manifest.load().find("spam-assassin").shape(), mails.size() + "x6");
        Map<String, Integer> bySubtype = new TreeMap<>();
        Map<String, Integer> bySplit = new TreeMap<>();
        for (Mail m : mails) {
            bySubtype.merge(m.subtype(), 1, Integer::sum);
            bySplit.merge(m.split(), 1, Integer::sum);
            assertEquals(m.isSpam(), m.id().startsWith("spam-"), m.id());
        }
        // counts printed by make_datasets.py (see notebooks/data/README.md)
        assertEquals(Map.of("easy", 3789, "hard", 238, "spam", 1380), bySubtype);
        assertEquals(Map.of("train", 3227, "validation", 1076, "test", 1104), bySplit);
        assertEquals(1104, TextDatasets.spamAssassin("test").size());
        assertTrue(TextDatasets.spamAssassin() == mails, "loaded once, then cached");
    }

    @Test
    void noThreadAndNoBodyIsInTwoSplits() {
        Map<Integer, String> threadSplit = new HashMap<>();
        Map<String, String> bodySplit = new HashMap<>();
        for (Mail m : TextDatasets.spamAssassin()) {
            String before = threadSplit.putIfAbsent(m.thread(), m.split());
            assertTrue(before == null || before.equals(m.split()), "thread " + m.thread() + " straddles splits");
            String body = normalisedBody(m.text());
            String other = bodySplit.putIfAbsent(body, m.split());
            assertTrue(other == null, m.id() + " repeats the body of an earlier mail (" + other + ")");
        }
    }

    /** Lower-cased body with runs of non-alphanumerics collapsed: what "exact duplicate" means. */
    private static String normalisedBody(String text) {
        int cut = text.indexOf("\n\n");
        String body = cut < 0 ? "" : text.substring(cut + 2);
        return body.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    @Test
    void stopWordsAreTheLowerCaseEnglishList() {
        Set<String> words = TextDatasets.englishStopWords();
        assertEquals(301, words.size());
        assertTrue(words.containsAll(Set.of("the", "and", "of", "a", "you")));
        assertTrue(!words.contains("spam") && !words.contains("free"));
    }

    @Test
    void aChangedCorpusIsRefusedWithItsName() throws IOException {
        copyManifestWith("spam-assassin.jsonl.gz");
        Files.write(tmp.resolve("spam-assassin.jsonl.gz"), new byte[] {0}, StandardOpenOption.APPEND);
        DatasetException e = assertThrows(DatasetException.class, () -> TextDatasets.spamAssassin(Manifest.load(tmp)));
        assertTrue(e.getMessage().contains("notebooks/data/spam-assassin.jsonl.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void aMissingStopWordFileIsRefusedWithItsName() throws IOException {
        copyManifestWith();
        DatasetException e = assertThrows(DatasetException.class,
                () -> TextDatasets.englishStopWords(Manifest.load(tmp)));
        assertTrue(e.getMessage().contains("notebooks/data/stopwords-en.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLineNumber() throws IOException {
        String good = "{\"id\":\"spam-1/00001\",\"label\":\"spam\",\"subtype\":\"spam\",\"thread\":0,"
                + "\"split\":\"train\",\"text\":\"Subject: hi\\n\\nbuy now\"}";
        String bad = "{\"id\":\"easy-ham-1/00001\",\"label\":\"ham\",\"subtype\":\"spam\",\"thread\":1,"
                + "\"split\":\"test\",\"text\":\"x\"}";
        Path file = tmp.resolve("spam-assassin.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((good + "\n" + bad + "\n").getBytes(StandardCharsets.UTF_8));
        }
        writeManifest("spam-assassin\tspam-assassin.jsonl.gz\ttest\ttest\t"
                + DatasetFile.sha256(file, "test") + "\t2x6\n");
        DatasetException e = assertThrows(DatasetException.class, () -> TextDatasets.spamAssassin(Manifest.load(tmp)));
        assertTrue(e.getMessage().contains("notebooks/data/spam-assassin.jsonl.gz line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("does not fit subtype"), e.getMessage());
    }

    @Test
    void unknownSplitNamesTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextDatasets.spamAssassin("dev"));
        assertTrue(e.getMessage().contains("train, validation, test"), e.getMessage());
    }

    private void copyManifestWith(String... files) throws IOException {
        Manifest real = Manifest.load();
        for (String f : files) {
            Files.copy(real.dir().resolve(f), tmp.resolve(f));
        }
        Files.copy(real.dir().resolve(Manifest.FILE_NAME), tmp.resolve(Manifest.FILE_NAME));
    }

    private void writeManifest(String rows) throws IOException {
        Files.writeString(tmp.resolve(Manifest.FILE_NAME), "name\tfile\torigin\tlicence\tsha256\tshape\n" + rows);
    }
}

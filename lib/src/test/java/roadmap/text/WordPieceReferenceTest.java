package roadmap.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import roadmap.data.Mail;
import roadmap.data.TextDatasets;

/**
 * {@link WordPiece} against Hugging Face's own tokenizer library (Rust, through DJL's binding, a
 * test-only dependency) reading the same {@code tokenizer.json}: the ids must be identical.
 */
class WordPieceReferenceTest {

    @TempDir
    Path tmp;

    @Test
    void idsEqualTheShippedTokenizersOnRealSentences() throws IOException {
        System.setProperty("ai.djl.offline", "true");
        Path json = tmp.resolve("tokenizer.json");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WordPiece.MINILM_RESOURCE)) {
            Files.copy(in, json);
        }
        List<String> texts = new ArrayList<>(List.of(
                "The meeting moved to Thursday afternoon; the agenda is attached.",
                "Congratulations! You have WON a FREE cruise — click http://win.example.com/?id=42 NOW!!!",
                "Café naïve résumé, Zürich: 3½ pints @ £4.50 each.",
                "Привет, как дела? 日本語のメール 한국어 Ελληνικά",
                "supercalifragilisticexpialidocious antidisestablishmentarianism",
                "",
                "tabs\tand\nnewlines   and  spaces"));
        List<Mail> mails = TextDatasets.spamAssassin("test");
        for (int i = 0; i < mails.size(); i += 25) {       // 1 mail in 25 of the test split, cleaned
            texts.add(MailCleaner.clean(mails.get(i).text()));
        }
        WordPiece ours = WordPiece.miniLm();
        HuggingFaceTokenizer loaded;
        try {
            loaded = HuggingFaceTokenizer.builder().optTokenizerPath(json).optAddSpecialTokens(true)
                    .optTruncation(true).optMaxLength(512).optPadding(false).build();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // the jar has natives for Linux x86-64/aarch64, macOS arm64 and Windows x86-64 only
            Assumptions.abort("Hugging Face tokenizers do not load on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + ": " + e);
            return;
        }
        try (HuggingFaceTokenizer reference = loaded) {
            for (String t : texts) {
                long[] expected = reference.encode(t).getIds();
                int[] got = ours.encode(t, 512);
                assertArrayEquals(expected, Arrays.stream(got).asLongStream().toArray(),
                        () -> "text: " + t.substring(0, Math.min(80, t.length())));
            }
        }
        assertTrue(texts.size() > 30, "compared " + texts.size() + " texts");
    }
}

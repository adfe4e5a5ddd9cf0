package roadmap.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.util.tokens.impl.wordpiece.Wordpiece;
import org.tribuo.util.tokens.impl.wordpiece.WordpieceBasicTokenizer;
import org.tribuo.util.tokens.impl.wordpiece.WordpieceTokenizer;

class WordPieceTest {

    private static final WordPiece MINI_LM = WordPiece.miniLm();

    @TempDir
    Path tmp;

    @Test
    void readsTheMiniLmVocabulary() {
        assertEquals(30522, MINI_LM.size());
        assertEquals("[UNK]", MINI_LM.piece(100));
        assertEquals(101, MINI_LM.id("[CLS]"));
        // BERT-uncased ids: [CLS] hello , world [SEP]
        assertArrayEquals(new int[] {101, 7592, 1010, 2088, 102}, MINI_LM.encode("Hello, world", 512));
    }

    @Test
    void agreesWithTribuosWordpieceOnMailLikeText() {
        Wordpiece vocab = new Wordpiece(new HashSet<>(MINI_LM.vocabulary()));
        WordpieceTokenizer tribuo = new WordpieceTokenizer(vocab, new WordpieceBasicTokenizer(), true, true,
                Set.of());
        for (String s : List.of("Unsubscribe now: FREE viagra!!! Click http://example.com/x?id=42",
                "Café naïve résumé — Zürich", "The meeting moved to 3pm; agenda attached.",
                "日本語のメール", "Привет, как дела?", "supercalifragilisticexpialidocious antidisestablishment")) {
            assertEquals(tribuo.split(s), MINI_LM.tokenize(s), s);
        }
    }

    @Test
    void subwordsUnknownsAndLimits() {
        List<String> p = MINI_LM.tokenize("unaffable tokenization");
        assertTrue(p.size() > 2 && p.get(1).startsWith("##"), p.toString());
        assertEquals(List.of("[UNK]"), MINI_LM.pieces("x".repeat(101)));
        assertEquals(List.of(), MINI_LM.tokenize(""));
        assertArrayEquals(new int[] {101, 102}, MINI_LM.encode("", 512));
        assertArrayEquals(new int[] {101, 102}, MINI_LM.encode("<html><br></html>".replaceAll("<[^>]*>", ""), 8));
        String big = "spam ".repeat(200_000);   // 1 MB
        int[] ids = MINI_LM.encode(big, 512);
        assertEquals(512, ids.length);
        assertEquals(102, ids[511]);
        assertThrows(IllegalArgumentException.class, () -> MINI_LM.encode("x", 1));
        assertEquals(100, MINI_LM.id("no-such-piece"));
    }

    @Test
    void readsVocabTxtAndRefusesOtherJson() throws IOException {
        Path vocab = tmp.resolve("vocab.txt");
        Files.write(vocab, List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "play", "##ing", "##ed", "un"));
        WordPiece w = WordPiece.fromVocab(vocab, true);
        assertEquals(List.of("play", "##ing", "play", "##ed", "[UNK]"), w.tokenize("Playing played zzz"));
        assertEquals(List.of("[UNK]"), w.tokenize("unplay"));   // "##play" is not a piece
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordPiece.fromTokenizerJson(
                new ByteArrayInputStream("{\"model\":{\"type\":\"BPE\"}}".getBytes(StandardCharsets.UTF_8)),
                "bpe.json"));
        assertTrue(e.getMessage().contains("bpe.json"), e.getMessage());
    }
}

package roadmap.transformer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import roadmap.text.MailCleaner;
import roadmap.text.WordPiece;

/** The DJL rebuild of all-MiniLM-L6-v2 against ONNX Runtime on the same ONNX file. */
class MiniLmTest {

    private static final WordPiece TOKENIZER = WordPiece.miniLm();
    private static final List<String> SENTENCES = List.of(
            "The meeting moved to Thursday afternoon; the agenda is attached.",
            "Congratulations! You have WON a free cruise — click here to claim your prize now!!!",
            "A cat is sitting on the mat.",
            "Der Zug nach München fährt um 8 Uhr ab.");
    private static OnnxWeights weights;
    private static OnnxEncoder onnx;
    private static MiniLmEncoder djl;

    @BeforeAll
    static void load() {
        weights = OnnxWeights.miniLm();
        onnx = OnnxEncoder.miniLm(1);
        djl = MiniLmEncoder.load(weights);
    }

    @AfterAll
    static void close() {
        onnx.close();
        djl.close();
    }

    @Test
    void weightsCarryHuggingFaceNames() {
        assertEquals(101, weights.size());   // 102 initializers, minus INT64 position_ids
        for (int l = 0; l < 6; l++) {
            for (String n : EncoderLayer.parameterNames()) {
                assertTrue(weights.names().contains("encoder.layer." + l + "." + n), n);
            }
        }
        assertArrayEquals(new long[] {384, 1536}, weights.shape("encoder.layer.0.intermediate.dense.weight"));
        assertArrayEquals(new long[] {30522, 384}, weights.shape("embeddings.word_embeddings.weight"));
        long embeddings = (30522 + 512 + 2) * 384 + 2 * 384;
        long layer = 4 * (384 * 384 + 384) + 2 * 384 + (384 * 1536 + 1536) + (1536 * 384 + 384) + 2 * 384;
        assertEquals(embeddings + 6 * layer, weights.parameterCount());   // 22,565,376 (no pooler)
        assertThrows(IllegalArgumentException.class, () -> weights.values("no.such.weight"));
        assertThrows(IllegalArgumentException.class, () -> OnnxWeights.read(new byte[] {1, 2, 3}));
    }

    @Test
    void djlEncoderEqualsOnnxRuntime() {
        EncoderInput in = EncoderInput.of(TOKENIZER, SENTENCES, 128, false);
        assertTrue(in.length(2) < in.length(), "the batch has padding");
        float[][][] a = onnx.hiddenStates(in);
        float[][][] b = djl.lastHiddenStates(in);
        double maxDiff = 0;
        for (int i = 0; i < a.length; i++) {
            for (int t = 0; t < in.length(i); t++) {
                for (int h = 0; h < a[i][t].length; h++) {
                    maxDiff = Math.max(maxDiff, Math.abs(a[i][t][h] - b[i][t][h]));
                }
            }
        }
        assertTrue(maxDiff < 1e-4, "largest difference " + maxDiff);
        float[][] pa = onnx.sentenceEmbeddings(in);
        float[][] pb = djl.sentenceEmbeddings(in, 2);
        for (int i = 0; i < pa.length; i++) {
            assertArrayEquals(pa[i], pb[i], 1e-4f);
        }
    }

    @Test
    void similarSentencesAreCloser() {
        float[][] e = onnx.sentenceEmbeddings(EncoderInput.of(TOKENIZER,
                List.of("A cat is sitting on the mat.", "The kitten sits on a rug.", "Stock markets fell sharply today."),
                128, false));
        assertTrue(cosine(e[0], e[1]) > cosine(e[0], e[2]) + 0.3, cosine(e[0], e[1]) + " vs " + cosine(e[0], e[2]));
    }

    @Test
    void badInputsGetDefinedResultsOrClearErrors() {
        String html = MailCleaner.clean("Content-Type: text/html\n\n<html><body><p>&nbsp;</p></body></html>");
        String megabyte = "offer ".repeat(175_000);
        List<String> odd = List.of("", html, "Привет, как дела? 日本語のメール", megabyte, "x".repeat(300));
        EncoderInput in = EncoderInput.of(TOKENIZER, odd, 512, false);
        assertEquals(2, in.length(0));               // [CLS] [SEP]
        assertEquals(2, in.length(1));
        assertEquals(512, in.length(3));             // truncated
        assertEquals(100, in.ids()[4][1]);           // a 300-letter word is [UNK]
        float[][] e = onnx.sentenceEmbeddings(in);
        for (float[] row : e) {
            for (float v : row) {
                assertTrue(Float.isFinite(v));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> EncoderInput.of(TOKENIZER, List.of(), 128, false));
        assertThrows(IllegalArgumentException.class, () -> EncoderInput.of(TOKENIZER, List.of("x"), 513, false));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> EncoderInput.ofIds(List.of(new int[600]), 0, MiniLm.VOCAB));
        assertTrue(tooLong.getMessage().contains("512"), tooLong.getMessage());
        IllegalArgumentException oov = assertThrows(IllegalArgumentException.class,
                () -> EncoderInput.ofIds(List.of(new int[] {101, 40_000, 102}), 0, MiniLm.VOCAB));
        assertTrue(oov.getMessage().contains("40000"), oov.getMessage());
        EncoderInput wide = EncoderInput.ofIds(List.of(new int[] {101, 40_000, 102}), 0, 50_000);
        assertThrows(IllegalArgumentException.class, () -> onnx.hiddenStates(wide));
        assertThrows(IllegalArgumentException.class, () -> EncoderInput.ofIds(List.of(new int[0]), 0, MiniLm.VOCAB));
        assertThrows(NullPointerException.class,
                () -> EncoderInput.of(TOKENIZER, java.util.Arrays.asList("a", null), 16, false));
    }

    @Test
    void fineTuningTheTopLayerLearnsASeparableTask() {
        List<String> texts = List.of("what a wonderful happy day", "great news, I love it", "lovely and kind people",
                "a brilliant joyful party", "terrible awful sad night", "I hate this horrible mess",
                "a miserable painful loss", "dreadful cruel bad news");
        int[] labels = {1, 1, 1, 1, 0, 0, 0, 0};
        EncoderInput in = EncoderInput.of(TOKENIZER, texts, 16, true);
        try (NDManager m = NDManager.newBaseManager();
                TopLayerClassifier c = TopLayerClassifier.fromPretrained(djl, 1, 2, 7)) {
            NDArray lower = djl.hiddenStates(m, in, 5, 4);
            NDArray mask = m.create(in.mask());
            assertEquals(1, c.trainableLayers());
            assertEquals(djl.layer(5).parameterCount() + 384 * 2 + 2, c.parameterCount());
            double[] loss = c.fit(lower, mask, labels, 15, 4, 1e-4f, 1e-2f, 3);
            assertTrue(loss[loss.length - 1] < loss[0] / 3, java.util.Arrays.toString(loss));
            double[][] p = c.probabilities(lower, mask, 3);
            for (int i = 0; i < labels.length; i++) {
                assertEquals(labels[i], p[i][1] > 0.5 ? 1 : 0, "row " + i);
            }
        }
    }

    private static double cosine(float[] a, float[] b) {
        double d = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return d / Math.sqrt(na * nb);
    }
}

package roadmap.transformer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.HashMap;
import java.util.Map;

/**
 * A BERT-style encoder run by ONNX Runtime from the bytes of its ONNX file, offline.
 *
 * <p>Inputs are {@link EncoderInput}s, already validated; this class checks again that the ids fit
 * the model's vocabulary and positions, so a bad batch fails here with a message instead of inside
 * the native runtime. Output: the last hidden state {@code [batch][length][hidden]}, or the
 * mean over the real tokens (sentence embeddings, as sentence-transformers pools MiniLM).
 */
public final class OnnxEncoder implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final int vocabulary;
    private final boolean wantsTokenTypes;

    private OnnxEncoder(OrtEnvironment env, OrtSession session, int vocabulary) {
        this.env = env;
        this.session = session;
        this.vocabulary = vocabulary;
        this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Opens all-MiniLM-L6-v2 from the classpath.
     *
     * @param threads ONNX Runtime's intra-op threads (1 gives the same numbers on every machine)
     * @return the encoder (close it)
     */
    public static OnnxEncoder miniLm(int threads) {
        return open(MiniLm.onnxBytes(), MiniLm.VOCAB, threads);
    }

    /**
     * Opens an encoder from ONNX bytes.
     *
     * @param model      the {@code .onnx} file's bytes
     * @param vocabulary the vocabulary size (ids must be below it)
     * @param threads    intra-op threads (at least 1)
     * @return the encoder (close it)
     * @throws IllegalStateException when ONNX Runtime cannot load on this platform or the model
     *                               cannot be opened
     */
    public static OnnxEncoder open(byte[] model, int vocabulary, int threads) {
        OrtEnvironment env;
        try {
            env = OrtEnvironment.getEnvironment();
        } catch (UnsatisfiedLinkError | IllegalStateException e) {
            throw new IllegalStateException("ONNX Runtime's native library did not load on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                    + " (the onnxruntime jar ships Linux x64/aarch64, macOS x64/arm64, Windows x64): "
                    + e.getMessage(), e);
        }
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setInterOpNumThreads(1);
            return new OnnxEncoder(env, env.createSession(model, options), vocabulary);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot open the model: " + e.getMessage(), e);
        }
    }

    /**
     * The last hidden state of every token.
     *
     * @param input the batch
     * @return {@code [batch][length][hidden]}
     * @throws IllegalArgumentException when an id is outside the vocabulary
     */
    public float[][][] hiddenStates(EncoderInput input) {
        long[][] ids = input.ids();
        for (int i = 0; i < ids.length; i++) {
            for (int j = 0; j < ids[i].length; j++) {
                if (ids[i][j] < 0 || ids[i][j] >= vocabulary) {
                    throw new IllegalArgumentException("sequence " + i + ", position " + j + ": id " + ids[i][j]
                            + " is outside the model's vocabulary [0, " + vocabulary + ")");
                }
            }
        }
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            feed.put("input_ids", OnnxTensor.createTensor(env, ids));
            feed.put("attention_mask", OnnxTensor.createTensor(env, input.mask()));
            if (wantsTokenTypes) {
                feed.put("token_type_ids", OnnxTensor.createTensor(env, input.tokenTypes()));
            }
            try (OrtSession.Result result = session.run(feed)) {
                return (float[][][]) result.get(0).getValue();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on a batch of " + input.batch() + " × "
                    + input.length() + ": " + e.getMessage(), e);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    /**
     * Sentence embeddings: the mean of the last hidden states over each row's real tokens.
     *
     * @param input the batch
     * @return {@code [batch][hidden]}
     */
    public float[][] sentenceEmbeddings(EncoderInput input) {
        return meanPool(hiddenStates(input), input.mask());
    }

    /**
     * Mean over the tokens whose mask is 1.
     *
     * @param hidden {@code [batch][length][hidden]}
     * @param mask   {@code [batch][length]}
     * @return {@code [batch][hidden]}
     */
    public static float[][] meanPool(float[][][] hidden, long[][] mask) {
        float[][] out = new float[hidden.length][hidden[0][0].length];
        for (int b = 0; b < hidden.length; b++) {
            int n = 0;
            for (int t = 0; t < hidden[b].length; t++) {
                if (mask[b][t] == 0) {
                    continue;
                }
                n++;
                for (int h = 0; h < out[b].length; h++) {
                    out[b][h] += hidden[b][t][h];
                }
            }
            for (int h = 0; h < out[b].length; h++) {
                out[b][h] /= Math.max(n, 1);
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the ONNX Runtime session failed", e);
        }
    }
}

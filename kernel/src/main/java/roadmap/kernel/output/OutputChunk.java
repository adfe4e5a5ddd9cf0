package roadmap.kernel.output;

/**
 * A piece of text ready to be published as one Jupyter {@code stream} message.
 *
 * @param stream the stream it was written to
 * @param text   the text, never empty
 */
public record OutputChunk(OutputStreamName stream, String text) {
}

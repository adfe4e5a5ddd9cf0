package roadmap.kernel.output;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The byte sink behind a cell's {@code System.out} or {@code System.err}: decodes UTF-8
 * (keeping a multi-byte character split across writes intact) and hands the text to an
 * {@link OutputCoalescer}.
 */
public final class StreamCapture extends OutputStream {
    private final OutputCoalescer coalescer;
    private final OutputStreamName stream;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private ByteBuffer carry = ByteBuffer.allocate(0);

    /**
     * @param coalescer where decoded text goes
     * @param stream    which stream this is
     */
    public StreamCapture(OutputCoalescer coalescer, OutputStreamName stream) {
        this.coalescer = coalescer;
        this.stream = stream;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        ByteBuffer input;
        if (carry.hasRemaining()) {
            input = ByteBuffer.allocate(carry.remaining() + length);
            input.put(carry).put(bytes, offset, length).flip();
        } else {
            input = ByteBuffer.wrap(bytes, offset, length);
        }
        StringBuilder text = new StringBuilder(length);
        while (true) {
            chars.clear();
            boolean overflow = decoder.decode(input, chars, false).isOverflow();
            chars.flip();
            text.append(chars);
            if (!overflow) {
                break;
            }
        }
        carry = input.hasRemaining() ? ByteBuffer.allocate(input.remaining()).put(input).flip() : ByteBuffer.allocate(0);
        coalescer.append(stream, text.toString());
    }
}

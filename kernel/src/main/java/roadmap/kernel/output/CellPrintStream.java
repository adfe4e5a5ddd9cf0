package roadmap.kernel.output;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code System.out} and {@code System.err} of cells: a {@code close()} from a cell (or from a
 * library that closes the stream it was given) only flushes, so output keeps reaching the
 * notebook for the rest of the session.
 */
public final class CellPrintStream extends PrintStream {
    /** @param sink where the bytes go */
    public CellPrintStream(OutputStream sink) {
        super(sink, true, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        flush();
    }
}

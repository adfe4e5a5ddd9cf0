package roadmap.kernel.output;

import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputCoalescerTest {
    @Test
    void mergesConsecutiveWritesPerStreamInOrder() {
        OutputCoalescer c = new OutputCoalescer(100, 10_000);
        c.append(OutputStreamName.STDOUT, "a\n");
        c.append(OutputStreamName.STDOUT, "b\n");
        c.append(OutputStreamName.STDERR, "oops\n");
        c.append(OutputStreamName.STDOUT, "c\n");
        assertEquals(List.of(new OutputChunk(OutputStreamName.STDOUT, "a\nb\n"), new OutputChunk(OutputStreamName.STDERR, "oops\n"),
                new OutputChunk(OutputStreamName.STDOUT, "c\n")), c.drain());
        assertEquals(List.of(), c.drain());
    }

    @Test
    void capsLinesAndReportsWhatWasDropped() {
        OutputCoalescer c = new OutputCoalescer(3, 10_000);
        c.startCell();
        for (int i = 0; i < 10; i++) {
            c.append(OutputStreamName.STDOUT, "line " + i + "\n");
        }
        List<OutputChunk> chunks = c.finishCell();
        assertEquals("line 0\nline 1\nline 2\n", chunks.get(0).text());
        assertEquals(OutputStreamName.STDERR, chunks.get(1).stream());
        assertTrue(chunks.get(1).text().contains("7 more lines (49 characters)"), chunks.get(1).text());
    }

    @Test
    void capsCharactersAcrossDrains() {
        OutputCoalescer c = new OutputCoalescer(1000, 10);
        c.startCell();
        c.append(OutputStreamName.STDOUT, "12345");
        assertEquals("12345", c.drain().get(0).text());
        c.append(OutputStreamName.STDOUT, "6789012345");
        assertEquals("67890", c.drain().get(0).text());
        c.append(OutputStreamName.STDOUT, "more");
        List<OutputChunk> end = c.finishCell();
        assertEquals(1, end.size());
        assertTrue(end.get(0).text().contains("9 characters"), end.get(0).text());
    }

    @Test
    void newCellResetsTheCap() {
        OutputCoalescer c = new OutputCoalescer(1, 1000);
        c.startCell();
        c.append(OutputStreamName.STDOUT, "a\nb\n");
        assertEquals(2, c.finishCell().size());
        c.startCell();
        c.append(OutputStreamName.STDOUT, "c\n");
        assertEquals(List.of(new OutputChunk(OutputStreamName.STDOUT, "c\n")), c.finishCell());
    }

    @Test
    void carriageReturnUpdatesCollapseToTheLastOne() {
        assertEquals("\r3%", CarriageReturns.collapse("\r1%\r2%\r3%"));
        assertEquals("done\n\rb\r", CarriageReturns.collapse("done\na\rb\r"));
        assertEquals("x\r\ny\n", CarriageReturns.collapse("x\r\ny\n"), "CRLF is a line end, not an overwrite");
        assertEquals("plain\n", CarriageReturns.collapse("plain\n"));
    }

    @Test
    void progressUpdatesDoNotExhaustTheCharacterCap() {
        OutputCoalescer c = new OutputCoalescer(1000, 100);
        c.startCell();
        for (int i = 0; i <= 1000; i++) {
            c.append(OutputStreamName.STDOUT, "\rprogress " + i);
        }
        List<OutputChunk> chunks = c.finishCell();
        assertEquals(List.of(new OutputChunk(OutputStreamName.STDOUT, "\rprogress 1000")), chunks);
    }

    @Test
    void streamCaptureKeepsMultiByteCharactersSplitAcrossWrites() {
        OutputCoalescer c = new OutputCoalescer(100, 1000);
        StreamCapture capture = new StreamCapture(c, OutputStreamName.STDOUT);
        byte[] bytes = "héllo €\n".getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            capture.write(b);
        }
        try (PrintStream out = new PrintStream(capture, true, StandardCharsets.UTF_8)) {
            out.println("ß");
        }
        assertEquals("héllo €\nß\n", c.drain().get(0).text());
    }
}

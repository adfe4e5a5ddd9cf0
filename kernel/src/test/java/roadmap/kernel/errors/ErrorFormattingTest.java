package roadmap.kernel.errors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorFormattingTest {
    @Test
    void compileErrorUnderlinesTheRangeOnItsLine() {
        String cell = "int a = 1;\nint b = \"no\";\n";
        CellText text = new CellText(cell);
        int start = cell.indexOf("\"no\"");
        CellError error = CompileErrorFormatter.format(text, List.of(new CompileProblem("incompatible types", start, start + 4)));
        assertEquals("CompilationException", error.errorName());
        assertEquals("incompatible types", error.errorValue());
        assertEquals(List.of("Compilation error at line 2:", "   2 | int b = \"no\";", "               ^^^^", "incompatible types"),
                error.traceback());
    }

    @Test
    void cellTextLineArithmetic() {
        CellText text = new CellText("ab\ncd\n\nef");
        assertEquals(1, text.lineOf(0));
        assertEquals(2, text.lineOf(3));
        assertEquals(4, text.lineOf(8));
        assertEquals("cd", text.lineText(4));
        assertEquals(3, text.lineStart(5));
        assertEquals(7, text.skipWhitespace(5));
    }

    @Test
    void runtimeErrorHidesPlumbingAndLocatesCellFrames() {
        StackTraceElement[] frames = {
            new StackTraceElement("java.lang.Integer", "parseInt", "Integer.java", 668),
            new StackTraceElement("", "parse", "#7", 2),
            new StackTraceElement("", "", "#8", 1),
            new StackTraceElement("jdk.internal.reflect.DirectMethodHandleAccessor", "invoke", "DirectMethodHandleAccessor.java", 103),
            new StackTraceElement("jdk.jshell.execution.DirectExecutionControl", "invoke", "DirectExecutionControl.java", 227),
        };
        CellError error = RuntimeErrorFormatter.format(
                List.of(new ThrowableView("java.lang.NumberFormatException", "For input string: \"x\"", frames),
                        new ThrowableView("java.io.IOException", null, new StackTraceElement[0])),
                frame -> "cell line " + (10 + frame.getLineNumber()));
        assertEquals("java.lang.NumberFormatException", error.errorName());
        assertEquals("For input string: \"x\"", error.errorValue());
        assertEquals(List.of(
                "java.lang.NumberFormatException: For input string: \"x\"",
                "    at java.lang.Integer.parseInt(Integer.java:668)",
                "    at parse(cell line 12)",
                "    at cell(cell line 11)",
                "Caused by: java.io.IOException"), error.traceback());
        assertFalse(String.join("\n", error.traceback()).contains("\u001B"));
    }

    @Test
    void runtimeErrorWithoutCellFramesKeepsLibraryFrames() {
        StackTraceElement[] frames = {new StackTraceElement("org.example.Lib", "run", "Lib.java", 5),
            new StackTraceElement("java.lang.Thread", "run", "Thread.java", 840)};
        CellError error = RuntimeErrorFormatter.format(List.of(new ThrowableView("java.lang.Error", "x", frames)), f -> "?");
        assertTrue(error.traceback().contains("    at org.example.Lib.run(Lib.java:5)"));
        assertFalse(String.join("\n", error.traceback()).contains("Thread.run"));
    }
}

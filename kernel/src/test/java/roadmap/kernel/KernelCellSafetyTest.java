package roadmap.kernel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import roadmap.kernel.client.ExecuteResult;
import roadmap.kernel.client.KernelClient;
import roadmap.kernel.errors.ErrorLimits;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every execute_request gets a reply whatever the cell throws, and showing a value (which runs
 * learner code: {@code toString()}) is as safe and interruptible as running the cell. Driven over
 * the wire protocol; one kernel for all tests, each test checks the kernel still answers.
 */
class KernelCellSafetyTest {
    private static final Duration CELL_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path workDir;

    private static KernelUnderTest kernel;
    private static KernelClient client;

    @BeforeAll
    static void startKernel() {
        kernel = KernelUnderTest.start(workDir);
        client = kernel.client();
    }

    @AfterAll
    static void stopKernel() {
        if (kernel != null) {
            kernel.close();
        }
    }

    private static ExecuteResult run(String code) {
        return client.execute(code, CELL_TIMEOUT);
    }

    private static void assertKernelStillRuns() {
        ExecuteResult after = run("6 * 7");
        assertTrue(after.ok(), () -> "the kernel no longer runs cells: " + after.outputs().toPrettyString());
        assertEquals(Optional.of("42"), after.data("text/plain"));
    }

    private static int tracebackChars(ExecuteResult.ErrorInfo error) {
        return error.traceback().stream().mapToInt(String::length).sum();
    }

    @Test
    void deepCauseChainGetsABoundedErrorReply() {
        ExecuteResult result = run(String.join("\n",
                "RuntimeException wrapped(int depth) {",
                "    return depth == 0 ? new RuntimeException(\"root\") : new RuntimeException(\"level \" + depth, wrapped(depth - 1));",
                "}",
                "throw wrapped(5_000);"));
        assertEquals(ExecuteResult.Status.ERROR, result.status());
        ExecuteResult.ErrorInfo error = result.error().orElseThrow();
        assertEquals("java.lang.RuntimeException", error.ename());
        assertEquals("level 5000", error.evalue());
        String trace = String.join("\n", error.traceback());
        assertTrue(trace.contains("Caused by: java.lang.RuntimeException: level 4999"), trace.substring(0, 300));
        assertTrue(trace.contains("4,976 more causes not shown"), trace.substring(Math.max(0, trace.length() - 300)));
        assertFalse(trace.contains("level 4000"), "causes beyond the limit are not shown");
        assertKernelStillRuns();
    }

    @Test
    void hugeTracebackIsCutAndTheKernelKeepsAnswering() {
        ExecuteResult result = run(String.join("\n",
                "String big = \"x\".repeat(1_000_000);",
                "Exception e = new Exception(big);",
                "for (int i = 0; i < 300; i++) e = new Exception(big, e);",
                "throw e;"));
        ExecuteResult.ErrorInfo error = result.error().orElseThrow();
        assertEquals("java.lang.Exception", error.ename());
        assertTrue(error.evalue().length() < ErrorLimits.MAX_MESSAGE_CHARS + 100, "evalue " + error.evalue().length() + " chars");
        assertTrue(error.evalue().contains("996,000 more characters not shown"), error.evalue().substring(ErrorLimits.MAX_MESSAGE_CHARS));
        int chars = tracebackChars(error);
        assertTrue(chars < 200_000, "traceback " + chars + " chars");
        assertTrue(String.join("\n", error.traceback()).contains("276 more causes not shown"));
        assertKernelStillRuns();
    }

    @Test
    void valueWhoseToStringRecursesForeverReportsStackOverflow() {
        run("class Node { Node next; public String toString() { return \"Node -> \" + next; } }");
        ExecuteResult result = run("Node loop = new Node();\nloop.next = loop;\nloop");
        ExecuteResult.ErrorInfo error = result.error().orElseThrow(() -> new AssertionError(result.outputs().toPrettyString()));
        assertEquals("java.lang.StackOverflowError", error.ename());
        assertTrue(tracebackChars(error) < 50_000);
        ExecuteResult display = run("display(loop);");
        assertEquals("java.lang.StackOverflowError", display.error().orElseThrow().ename(), "display() agrees");
        assertKernelStillRuns();
    }

    @Test
    void valueWhoseToStringThrowsAnErrorReportsIt() {
        run("class Broken { public String toString() { throw new AssertionError(\"no text for you\"); } }");
        ExecuteResult result = run("new Broken()");
        ExecuteResult.ErrorInfo error = result.error().orElseThrow();
        assertEquals("java.lang.AssertionError", error.ename());
        assertEquals("no text for you", error.evalue());
        assertTrue(error.traceback().contains("    at Broken.toString(cell code)"), error.traceback().toString());
        assertKernelStillRuns();
    }

    @Test
    void valueIsTurnedIntoTextOnce() {
        run("class Once { int calls; public String toString() { if (++calls > 1) throw new IllegalStateException(\"called \" + calls + \" times\"); return \"shown once\"; } }");
        ExecuteResult result = run("new Once()");
        assertTrue(result.ok(), () -> result.outputs().toPrettyString());
        assertEquals(Optional.of("shown once"), result.data("text/plain"));
    }

    @Test
    void valueOfAVariableFromAMultiVariableDeclarationIsShown() {
        run("String first = \"one\", second = \"two\";");
        assertEquals(Optional.of("two"), run("second").data("text/plain"));
        run("class Ring { Ring next; public String toString() { return \"Ring -> \" + next; } }");
        run("Ring a = new Ring(), b = new Ring();\na.next = b;\nb.next = a;");
        ExecuteResult cyclic = run("b");
        assertEquals(Optional.of("java.lang.StackOverflowError"), cyclic.error().map(ExecuteResult.ErrorInfo::ename),
                "a cyclic value reports its overflow instead of showing null: " + cyclic.outputs());
        ExecuteResult failing = run("int x = 1, y = Integer.parseInt(\"nope\");");
        assertEquals(Optional.of("java.lang.NumberFormatException"), failing.error().map(ExecuteResult.ErrorInfo::ename),
                "the second variable's exception is reported");
    }

    @Test
    void endlessToStringIsInterrupted() {
        run("class Spin { public String toString() { while (true) { } } }");
        ExecuteResult result = client.execute("new Spin()", Duration.ofSeconds(2));
        assertEquals(ExecuteResult.Status.TIMED_OUT, result.status());
        assertEquals(Optional.of("Interrupted"), result.error().map(ExecuteResult.ErrorInfo::ename), () -> result.outputs().toPrettyString());
        assertKernelStillRuns();
    }

    @Test
    void uncaughtExceptionInAThreadTheCellStartedIsShown() {
        ExecuteResult result = run(String.join("\n",
                "Thread worker = new Thread(() -> { throw new IllegalStateException(\"worker failed\"); }, \"worker-1\");",
                "worker.start();",
                "worker.join();"));
        assertTrue(result.ok(), () -> result.outputs().toPrettyString());
        assertTrue(result.stderr().contains("Exception in thread \"worker-1\" java.lang.IllegalStateException: worker failed"), result.stderr());
        assertTrue(result.stderr().contains("at lambda$do_it$$0(cell code)"), result.stderr());
    }

    @Test
    void hugeValueIsCutBeforeItIsTurnedIntoText() {
        ExecuteResult result = run("java.util.Collections.nCopies(30_000_000, 7)");
        assertTrue(result.ok(), () -> result.outputs().toPrettyString());
        String text = result.data("text/plain").orElseThrow();
        assertTrue(text.length() < 100_000, "value text " + text.length() + " chars");
        assertTrue(text.endsWith(", … 29,990,000 more]"), text.substring(text.length() - 40));
        ExecuteResult longText = run("\"y\".repeat(5_000_000)");
        String cut = longText.data("text/plain").orElseThrow();
        assertTrue(cut.endsWith("[value cut: 4,800,000 more characters not shown; a value shows at most 200,000]"),
                () -> cut.length() + " chars ending " + cut.substring(Math.max(0, cut.length() - 120)));
    }

    @Test
    void displaysOverTheCellBudgetAreLeftOutWithANotice() {
        run("record Wide(int n) { public String toHtml() { return \"<p>\" + \"w\".repeat(150_000) + \"</p>\"; } }");
        ExecuteResult result = run("for (int i = 0; i < 200; i++) display(new Wide(i));");
        assertTrue(result.ok(), () -> result.stderr());
        long displays = 0;
        long chars = 0;
        for (var output : result.outputs()) {
            if (output.path("output_type").asText().equals("display_data")) {
                displays++;
                chars += output.path("data").path("text/html").asText().length();
            }
        }
        assertTrue(chars <= JavaKernel.MAX_DISPLAY_BYTES_PER_CELL, chars + " characters of displays");
        assertTrue(displays > 100 && displays < 200, displays + " displays shown");
        assertTrue(result.stderr().contains((200 - displays) + " display(s)"), result.stderr());
        assertTrue(result.stderr().contains("a cell shows at most 20,971,520 bytes"), result.stderr());
        ExecuteResult next = run("display(new Wide(0));");
        assertEquals(1, next.outputs().size(), "the next cell has its own budget");
    }

    @Test
    void printingSurvivesSystemOutClose() {
        ExecuteResult closing = run("System.out.close();\nSystem.out.println(\"still printing\");");
        assertEquals("still printing\n", closing.stdout());
        assertEquals("next cell\n", run("System.out.println(\"next cell\");").stdout());
    }

    @Test
    void aConnectionFileOpenToTheNetworkIsWarnedAbout() {
        assertTrue(KernelCommand.exposureWarning("0.0.0.0").orElseThrow().contains("listen on 0.0.0.0"));
        assertTrue(KernelCommand.exposureWarning("127.0.0.1").isEmpty());
    }
}

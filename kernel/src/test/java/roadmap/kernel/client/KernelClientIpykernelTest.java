package roadmap.kernel.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real kernel (Debian's ipykernel), sharing one kernel across tests. */
class KernelClientIpykernelTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static KernelProcess kernel;
    private static KernelClient client;

    @BeforeAll
    static void startKernel(@TempDir Path workDir) {
        Ipykernel.assumeAvailable();
        kernel = KernelProcess.start(Ipykernel.argv(), Ipykernel.env(), workDir);
        client = kernel.client();
    }

    /** Each test starts once the shared kernel accepts work again (see {@link #afterError}). */
    @org.junit.jupiter.api.BeforeEach
    void settle() {
        afterError("pass");
    }

    @AfterAll
    static void stopKernel() {
        if (kernel != null) {
            kernel.close();
        }
    }

    @Test
    void printAndLastExpressionBecomeOneMergedStreamAndAnExecuteResult() {
        ExecuteResult result = client.execute("print('a')\nprint('b')\n6 * 7", TIMEOUT);
        assertEquals(ExecuteResult.Status.OK, result.status());
        ArrayNode outputs = result.outputs();
        assertEquals(2, outputs.size(), outputs.toString());
        assertEquals("stream", outputs.get(0).path("output_type").asText());
        assertEquals("a\nb\n", outputs.get(0).path("text").asText());
        assertEquals("execute_result", outputs.get(1).path("output_type").asText());
        assertEquals("42", outputs.get(1).path("data").path("text/plain").asText());
        assertTrue(result.executionCount().isPresent());
        assertEquals(result.executionCount().getAsInt(), outputs.get(1).path("execution_count").asInt());
    }

    @Test
    void interleavedStdoutAndStderrStaySeparateOutputs() {
        ExecuteResult result = client.execute("import sys\nprint('x', flush=True)\nsys.stderr.write('e\\n')\nsys.stderr.flush()", TIMEOUT);
        assertEquals("x\n", result.stdout());
        assertEquals("e\n", result.stderr());
    }

    @Test
    void anExceptionIsAnErrorWithItsRealNameAndTheKernelKeepsState() {
        afterError("kept = 41");
        ExecuteResult failed = client.execute("1 / 0", TIMEOUT);
        assertEquals(ExecuteResult.Status.ERROR, failed.status());
        assertEquals("ZeroDivisionError", failed.error().orElseThrow().ename());
        assertEquals("error", failed.outputs().get(failed.outputs().size() - 1).path("output_type").asText());
        assertEquals("42", afterError("kept + 1").data("text/plain").orElseThrow());
    }

    @Test
    void clearOutputWaitLeavesOnlyTheLastOutput() {
        ExecuteResult result = client.execute(
                "from IPython.display import clear_output\nprint('old')\nclear_output(wait=True)\nprint('new')", TIMEOUT);
        assertEquals(1, result.outputs().size(), result.outputs().toString());
        assertEquals("new\n", result.stdout());
    }

    @Test
    void updateDisplayRewritesTheOutputOfAnEarlierCell() {
        ExecuteResult first = client.execute("from IPython.display import display\nh = display('first', display_id=True)", TIMEOUT);
        assertEquals("'first'", first.data("text/plain").orElseThrow());
        client.execute("h.update('second')", TIMEOUT);
        assertEquals("'second'", first.data("text/plain").orElseThrow());
    }

    @Test
    void completeInspectAndKernelInfoAnswer() {
        JsonNode completion = client.complete("import os\nos.pat", "import os\nos.pat".length());
        List<String> matches = new ArrayList<>();
        completion.path("matches").forEach(match -> matches.add(match.asText()));
        assertTrue(matches.stream().anyMatch(match -> match.endsWith("path")), matches.toString());
        JsonNode inspection = client.inspect("len", 3, 0);
        assertTrue(inspection.path("found").asBoolean(), inspection.toString());
        JsonNode info = client.kernelInfo();
        assertEquals("python", info.path("language_info").path("name").asText());
        assertTrue(client.isAlive());
    }

    @Test
    void aRequestWithAWrongSignatureIsIgnoredAndAProperOneAnswered() {
        String forged = client.sendRawShell("kernel_info_request", JsonNodeFactory.instance.objectNode(),
                "0000000000000000000000000000000000000000000000000000000000000000".getBytes(StandardCharsets.US_ASCII));
        assertTrue(client.pollShellReply(Duration.ofMillis(1500)).isEmpty(), "kernel answered a forged request " + forged);
        String proper = client.sendRawShell("kernel_info_request", JsonNodeFactory.instance.objectNode(), null);
        JsonNode reply = client.pollShellReply(TIMEOUT).orElseThrow();
        assertEquals(proper, reply.path("parent_header").path("msg_id").asText());
        assertEquals("kernel_info_reply", reply.path("msg_type").asText());
    }

    @Test
    void aCellThatRunsTooLongIsInterruptedAndTheKernelSurvives() {
        afterError("survivor = 'still here'");
        long start = System.nanoTime();
        ExecuteResult result = client.execute("import time\nwhile True:\n    time.sleep(0.05)", Duration.ofSeconds(1));
        assertEquals(ExecuteResult.Status.TIMED_OUT, result.status());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(8)) < 0);
        assertEquals("KeyboardInterrupt", result.error().orElseThrow().ename());
        assertEquals("'still here'", afterError("survivor").data("text/plain").orElseThrow());
    }

    @Test
    void peakRssIsMeasured() {
        long peak = kernel.peakRssBytes();
        assertTrue(peak > 10L * 1024 * 1024, "peak RSS " + peak);
    }

    /**
     * ipykernel aborts requests that arrive just after a cell failed (its stop_on_error window), and
     * tests share one kernel, so a request following an error may come back ABORTED: resend it.
     */
    private static ExecuteResult afterError(String code) {
        ExecuteResult result = client.execute(code, TIMEOUT);
        for (int attempt = 0; attempt < 5 && result.status() == ExecuteResult.Status.ABORTED; attempt++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            result = client.execute(code, TIMEOUT);
        }
        assertEquals(ExecuteResult.Status.OK, result.status(), code + " -> " + result.reply());
        return result;
    }
}

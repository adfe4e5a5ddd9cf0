package roadmap.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import roadmap.kernel.client.ExecuteResult;
import roadmap.kernel.client.KernelClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Interrupting a runaway cell keeps the kernel and its variables (own kernel: it stresses the kernel). */
class KernelInterruptTest {
    @Test
    void interruptStopsAnEndlessLoopAndKeepsVariables(@TempDir Path workDir) {
        try (KernelUnderTest kernel = KernelUnderTest.start(workDir)) {
            KernelClient client = kernel.client();
            assertTrue(client.execute("int keep = 99;", Duration.ofSeconds(30)).ok());

            // The client interrupts (interrupt_request on control) when the timeout expires.
            ExecuteResult loop = client.execute("while (true) {}", Duration.ofSeconds(2));
            assertEquals(ExecuteResult.Status.TIMED_OUT, loop.status(), "the loop only ends by interrupt");
            assertEquals(Optional.of("Interrupted"), loop.error().map(ExecuteResult.ErrorInfo::ename), () -> loop.outputs().toPrettyString());

            ExecuteResult after = client.execute("keep", Duration.ofSeconds(30));
            assertTrue(after.ok(), () -> after.outputs().toPrettyString());
            assertEquals(Optional.of("99"), after.data("text/plain"));

            ExecuteResult sleeping = client.execute("Thread.sleep(60_000);", Duration.ofSeconds(2));
            assertEquals(ExecuteResult.Status.TIMED_OUT, sleeping.status());
            assertEquals(Optional.of("100"), client.execute("keep + 1", Duration.ofSeconds(30)).data("text/plain"));
            assertTrue(kernel.process().isAlive());
        }
    }

    /**
     * A library call that ignores interrupts (here {@code CompletableFuture.join}): JDK 17 stops it
     * at once; JDK 21+ cannot stop a thread from outside, so the cell's output says what is going
     * on and that a restart stops it.
     */
    @Test
    void interruptOfAnUnstoppableLibraryCallIsStoppedOrExplained(@TempDir Path workDir) {
        try (KernelUnderTest kernel = KernelUnderTest.start(workDir)) {
            KernelClient client = kernel.client();
            assertTrue(client.execute("int warm = 1;", Duration.ofSeconds(60)).ok(), "JShell has started");
            ExecuteResult result = client.execute("new java.util.concurrent.CompletableFuture<Void>().join();", Duration.ofSeconds(3));
            assertEquals(ExecuteResult.Status.TIMED_OUT, result.status());
            String until = Runtime.version().feature() < 20 ? "Interrupted" : "restart the kernel";
            // wait for late output only when the reply did not already carry it (waiting for text that
            // has come cost a full minute per run)
            String early = result.stderr() + result.error().map(ExecuteResult.ErrorInfo::ename).orElse("");
            String later = early.contains(until) ? "" : laterOutput(client, until);
            if (Runtime.version().feature() < 20) {
                assertTrue(result.error().map(ExecuteResult.ErrorInfo::ename).orElse(later).contains("Interrupted"),
                        () -> result.outputs().toPrettyString() + later);
                assertEquals(Optional.of("2"), client.execute("1 + 1", Duration.ofSeconds(30)).data("text/plain"));
            } else {
                String notice = result.stderr() + later;
                assertTrue(notice.contains("The interrupt has not stopped this cell after 2 s"), notice);
                assertTrue(notice.contains("CompletableFuture"), "says where the cell is stuck: " + notice);
            }
        }
    }

    @Test
    void threadsACellStartedAreStoppedOrReportedAfterAnInterrupt(@TempDir Path workDir) {
        try (KernelUnderTest kernel = KernelUnderTest.start(workDir)) {
            KernelClient client = kernel.client();
            assertTrue(client.execute("Thread[] box = new Thread[1];", Duration.ofSeconds(60)).ok(), "JShell has started");
            ExecuteResult result = client.execute(String.join("\n",
                    "{",
                    "    box[0] = new Thread(() -> new java.util.concurrent.CompletableFuture<Void>().join(), \"stuck-worker\");",
                    "    box[0].start();",
                    "    Thread.sleep(60_000);",
                    "}"), Duration.ofSeconds(3));
            String later = result.error().isPresent() ? "" : laterOutput(client, "Interrupted");
            assertTrue(result.error().map(ExecuteResult.ErrorInfo::ename).orElse(later).contains("Interrupted"),
                    () -> result.outputs().toPrettyString() + later);
            ExecuteResult alive = client.execute("box[0].isAlive()", Duration.ofSeconds(30));
            if (Runtime.version().feature() < 20) {
                assertEquals(Optional.of("false"), alive.data("text/plain"), "JDK 17 stops the cell's threads too");
            } else {
                assertEquals(Optional.of("true"), alive.data("text/plain"), () -> alive.status() + " " + alive.outputs());
                assertTrue((result.stderr() + later).contains("1 thread(s) this cell started still run after the interrupt: stuck-worker"),
                        result.stderr() + later);
            }
        }
    }

    /** Output of a timed-out cell that arrives after the client stopped collecting (a loaded machine is slow). */
    private static String laterOutput(KernelClient client, String until) {
        StringBuilder text = new StringBuilder();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && !text.toString().contains(until)) {
            client.pollIopub(Duration.ofMillis(500)).ifPresent(message -> {
                if ("stream".equals(message.msgType())) {
                    text.append(message.content().path("text").asText());
                } else if ("error".equals(message.msgType())) {
                    text.append(message.content().path("ename").asText()).append('\n');
                }
            });
        }
        return text.toString();
    }
}

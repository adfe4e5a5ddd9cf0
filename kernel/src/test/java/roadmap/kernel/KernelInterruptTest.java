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
}

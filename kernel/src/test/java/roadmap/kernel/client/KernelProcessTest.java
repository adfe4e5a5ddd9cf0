package roadmap.kernel.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and ending kernel processes: failures explained, no process left behind. */
class KernelProcessTest {

    private static void assertGone(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty() || !handle.get().isAlive()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("process " + pid + " is still alive");
    }

    @Test
    void aKernelThatExitsAtStartIsReportedWithItsOutput(@TempDir Path dir) {
        KernelException error = assertThrows(KernelException.class, () -> KernelProcess.start(
                List.of("/bin/sh", "-c", "echo 'boom: no such module' >&2; exit 3", "{connection_file}"), Map.of(), dir));
        assertTrue(error.getMessage().contains("exited with code 3"), error.getMessage());
        assertTrue(error.getMessage().contains("boom: no such module"), error.getMessage());
    }

    @Test
    void aMissingExecutableIsReported(@TempDir Path dir) {
        KernelException error = assertThrows(KernelException.class, () -> KernelProcess.start(
                List.of("/nonexistent/kernel", "{connection_file}"), Map.of(), dir));
        assertTrue(error.getMessage().contains("cannot start kernel /nonexistent/kernel"), error.getMessage());
    }

    @Test
    void aKernelThatNeverAnswersIsKilledAfterTheStartTimeout(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("pid");
        KernelException error = assertThrows(KernelException.class, () -> KernelProcess.start(
                List.of("/bin/sh", "-c", "echo $$ > " + pidFile + "; echo 'listening nowhere'; exec sleep 60"),
                Map.of(), dir, null, Duration.ofSeconds(2)));
        assertTrue(error.getMessage().contains("did not answer kernel_info_request within 2 s"), error.getMessage());
        assertTrue(error.getMessage().contains("listening nowhere"), error.getMessage());
        assertGone(Long.parseLong(Files.readString(pidFile).trim()));
    }

    @Test
    void closeEndsTheKernelAndItsChildren(@TempDir Path dir) throws Exception {
        Ipykernel.assumeAvailable();
        KernelProcess kernel = KernelProcess.start(Ipykernel.argv(), Ipykernel.env(), dir);
        long kernelPid = kernel.pid();
        ExecuteResult result = kernel.client().execute(
                "import subprocess\nchild = subprocess.Popen(['sleep', '300'])\nprint(child.pid)", Duration.ofSeconds(20));
        long childPid = Long.parseLong(result.stdout().trim());
        assertTrue(ProcessHandle.of(childPid).map(ProcessHandle::isAlive).orElse(false));
        kernel.close();
        assertGone(kernelPid);
        assertGone(childPid);
    }

    @Test
    void theKernelSeesItsParentPidAndWorkingDirectory(@TempDir Path dir) throws Exception {
        Ipykernel.assumeAvailable();
        try (KernelProcess kernel = KernelProcess.start(Ipykernel.argv(), Map.of("ROADMAP_MODE", "fast"), dir)) {
            String out = kernel.client().execute(
                    "import os\nprint(os.environ['ROADMAP_PARENT_PID'], os.environ['ROADMAP_MODE'], os.getcwd())",
                    Duration.ofSeconds(20)).stdout();
            assertTrue(out.equals(ProcessHandle.current().pid() + " fast " + dir.toRealPath() + "\n"), out);
        }
    }

    @Test
    void aKernelDyingMidCellIsReportedQuickly(@TempDir Path dir) throws Exception {
        Ipykernel.assumeAvailable();
        try (KernelProcess kernel = KernelProcess.start(Ipykernel.argv(), Ipykernel.env(), dir)) {
            long start = System.nanoTime();
            KernelDiedException died = assertThrows(KernelDiedException.class, () -> kernel.client().execute(
                    "print('about to die', flush=True)\nimport os\nos._exit(7)", Duration.ofSeconds(60)));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
            assertFalse(kernel.isAlive());
            assertTrue(kernel.exitCode().orElse(-1) == 7, "exit code " + kernel.exitCode());
            assertTrue(died.getMessage().contains("kernel died"), died.getMessage());
        }
    }
}

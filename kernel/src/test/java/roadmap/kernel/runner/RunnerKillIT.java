package roadmap.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import roadmap.kernel.client.Ipykernel;

/**
 * Kills a runner process (its own JVM, as on the command line) while a never-ending cell runs and
 * checks, by PID, that no kernel process is left behind. SIGTERM relies on the runner's shutdown
 * hook; SIGKILL relies on the kernel watching its parent (ipykernel: JPY_PARENT_PID; our Java
 * kernel: ROADMAP_PARENT_PID).
 */
class RunnerKillIT {

    /** Where the Java kernel jar is, if built: -Droadmap.kernel.jar=… or target/java-kernel.jar. */
    private static final Path KERNEL_JAR = Path.of(System.getProperty("roadmap.kernel.jar", "target/java-kernel.jar"));

    @TempDir
    Path dir;
    private Process runner;

    @AfterEach
    void killRunner() {
        if (runner != null) {
            runner.destroyForcibly();
        }
    }

    @Test
    void sigtermOfTheRunnerEndsTheIpykernel() throws Exception {
        Ipykernel.assumeAvailable();
        long kernelPid = startRunnerOnPythonLoop();
        runner.destroy();
        assertTrue(runner.waitFor(20, TimeUnit.SECONDS), "runner did not stop on SIGTERM");
        TestNotebooks.assertProcessGone(kernelPid);
    }

    @Test
    void sigkillOfTheRunnerEndsTheIpykernel() throws Exception {
        Ipykernel.assumeAvailable();
        long kernelPid = startRunnerOnPythonLoop();
        runner.destroyForcibly();
        assertTrue(runner.waitFor(20, TimeUnit.SECONDS));
        TestNotebooks.assertProcessGone(kernelPid);
    }

    @Test
    void sigtermOfTheRunnerEndsTheJavaKernel() throws Exception {
        long kernelPid = startRunnerOnJavaLoop();
        runner.destroy();
        assertTrue(runner.waitFor(20, TimeUnit.SECONDS), "runner did not stop on SIGTERM");
        TestNotebooks.assertProcessGone(kernelPid);
    }

    @Test
    void sigkillOfTheRunnerEndsTheJavaKernel() throws Exception {
        long kernelPid = startRunnerOnJavaLoop();
        runner.destroyForcibly();
        assertTrue(runner.waitFor(20, TimeUnit.SECONDS));
        TestNotebooks.assertProcessGone(kernelPid);
    }

    private long startRunnerOnPythonLoop() throws Exception {
        Path notebook = TestNotebooks.write(dir, "forever.ipynb", TestNotebooks.code(
                "import os, time\nopen('kernel.pid', 'w').write(str(os.getpid()))\nwhile True:\n    time.sleep(0.1)"));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return startRunner(classpath, notebook, "--kernelspec", TestNotebooks.ipykernelSpec(dir).toString());
    }

    private long startRunnerOnJavaLoop() throws Exception {
        // An integration test (failsafe, after package): the jar must be there, never a silent skip.
        org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(KERNEL_JAR),
                KERNEL_JAR.toAbsolutePath() + " is not built; run mvn verify (or pass -Droadmap.kernel.jar)");
        Path notebook = TestNotebooks.write(dir, "forever.ipynb", TestNotebooks.code(
                "java.nio.file.Files.writeString(java.nio.file.Path.of(\"kernel.pid\"), \"\" + ProcessHandle.current().pid());\n"
                        + "while (true) { Thread.sleep(100); }"));
        return startRunner(KERNEL_JAR.toAbsolutePath().toString(), notebook);
    }

    /** Starts the runner CLI in its own JVM and returns the kernel's PID once the cell runs. */
    private long startRunner(String classpath, Path notebook, String... extraArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, RunnerCli.class.getName(), "run", notebook.toString(), "--timeout", "120"));
        command.addAll(List.of(extraArgs));
        runner = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("runner.log").toFile()).start();
        Path pidFile = dir.resolve("kernel.pid");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                assertNotEquals(runner.pid(), pid);
                assertTrue(runner.descendants().anyMatch(p -> p.pid() == pid), "the kernel must be the runner's descendant");
                return pid;
            }
            if (!runner.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the kernel never started the cell; runner output:\n"
                + Files.readString(dir.resolve("runner.log")));
    }
}

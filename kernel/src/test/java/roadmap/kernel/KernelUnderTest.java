package roadmap.kernel;

import roadmap.kernel.client.KernelClient;
import roadmap.kernel.client.KernelProcess;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Starts the kernel out of process, from the test JVM's class path (the kernel classes and their
 * dependencies, including lib and XChart), and talks to it over the real wire protocol.
 */
final class KernelUnderTest implements AutoCloseable {
    private final KernelProcess process;

    private KernelUnderTest(KernelProcess process) {
        this.process = process;
    }

    static KernelUnderTest start(Path workDir) {
        String java = ProcessHandle.current().info().command().orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        List<String> argv = List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "kernel", "{connection_file}");
        // INFO logging puts the startup steps into the output tail a start failure reports
        return new KernelUnderTest(KernelProcess.start(argv, Map.of("ROADMAP_KERNEL_LOG", "INFO"), workDir));
    }

    KernelClient client() {
        return process.client();
    }

    KernelProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}

package roadmap.kernel.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A kernel running as a child process, with a connected {@link KernelClient}.
 *
 * <p>Guarantees that the whole process tree ends: {@link #close()} asks politely
 * ({@code shutdown_request}), then terminates, then kills the kernel and every descendant; a JVM
 * shutdown hook does the same when this JVM is stopped by SIGTERM or Ctrl-C. Against SIGKILL of
 * this JVM, the kernel is told its parent's pid in {@code ROADMAP_PARENT_PID} (and
 * {@code JPY_PARENT_PID}, which ipykernel watches) and is expected to exit when that process does.
 */
public final class KernelProcess implements AutoCloseable {

    /** Environment variable carrying this JVM's pid to the kernel. */
    public static final String PARENT_PID_ENV = "ROADMAP_PARENT_PID";
    /** Start of the names of the runner's temporary folders (followed by the runner's pid). */
    static final String TEMP_DIR_PREFIX = "roadmap-kernel-";
    /** Default time a kernel may take to answer its first kernel_info_request. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(30);
    private static final int OUTPUT_TAIL_BYTES = 64 * 1024;
    private static final int TAIL_LINES = 20;

    private final Process process;
    private final KernelClient client;
    private final Path connectionDir;
    private final OutputTail output;
    private final PeakRssSampler rss;
    private final Set<ProcessHandle> knownTree = new LinkedHashSet<>();
    private final Thread shutdownHook;
    private final List<String> argv;
    private JsonNode kernelInfo;
    private boolean closed;

    private KernelProcess(Process process, KernelClient client, Path connectionDir, OutputTail output,
                          List<String> argv) {
        this.process = process;
        this.client = client;
        this.connectionDir = connectionDir;
        this.output = output;
        this.argv = argv;
        this.rss = new PeakRssSampler(process.toHandle(), 500);
        this.shutdownHook = new Thread(this::killTree, "kernel-reaper-" + process.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a kernel and waits (up to {@link #DEFAULT_START_TIMEOUT}) until it answers.
     *
     * @param argvTemplate kernel command line; {@code {connection_file}} is substituted
     * @param extraEnv     variables added to this JVM's environment for the kernel
     * @param workDir      the kernel's working directory
     * @return the running kernel
     * @throws KernelException if it cannot start, dies, or never answers (message has its output tail)
     */
    public static KernelProcess start(List<String> argvTemplate, Map<String, String> extraEnv, Path workDir) {
        return start(argvTemplate, extraEnv, workDir, null, DEFAULT_START_TIMEOUT);
    }

    /**
     * Starts a kernel and waits until it answers a {@code kernel_info_request}.
     *
     * @param argvTemplate kernel command line; {@code {connection_file}} and {@code {resource_dir}}
     *                     are substituted
     * @param extraEnv     variables added to this JVM's environment for the kernel
     * @param workDir      the kernel's working directory
     * @param resourceDir  the kernelspec directory for {@code {resource_dir}}, or null
     * @param startTimeout how long the kernel may take to answer
     * @return the running kernel
     * @throws KernelException if it cannot start, dies, or never answers (message has its output tail)
     */
    public static KernelProcess start(List<String> argvTemplate, Map<String, String> extraEnv, Path workDir,
                                      Path resourceDir, Duration startTimeout) {
        if (argvTemplate.isEmpty()) {
            throw new KernelException("the kernel command line is empty");
        }
        ConnectionInfo info = ConnectionInfo.allocate("");
        Path connectionDir = createPrivateTempDir();
        Path connectionFile = connectionDir.resolve("kernel-" + UUID.randomUUID() + ".json");
        try {
            info.write(connectionFile);
        } catch (IOException e) {
            deleteQuietly(connectionDir, connectionFile);
            throw new UncheckedIOException("cannot write connection file " + connectionFile, e);
        }
        List<String> argv = new ArrayList<>();
        for (String arg : argvTemplate) {
            String substituted = arg.replace("{connection_file}", connectionFile.toString());
            if (resourceDir != null) {
                substituted = substituted.replace("{resource_dir}", resourceDir.toString());
            }
            argv.add(substituted);
        }
        ProcessBuilder builder = new ProcessBuilder(argv).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(extraEnv);
        String parentPid = Long.toString(ProcessHandle.current().pid());
        builder.environment().put(PARENT_PID_ENV, parentPid);
        builder.environment().put("JPY_PARENT_PID", parentPid);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            deleteQuietly(connectionDir, connectionFile);
            throw new KernelException("cannot start kernel " + argv.get(0) + ": " + e.getMessage(), e);
        }
        OutputTail output = new OutputTail(process.getInputStream(), OUTPUT_TAIL_BYTES, "kernel-output-" + process.pid());
        KernelClient client = KernelClient.connect(info, process::isAlive);
        KernelProcess kernel = new KernelProcess(process, client, connectionDir, output, argv);
        try {
            kernel.kernelInfo = client.waitForReady(startTimeout);
            return kernel;
        } catch (KernelDiedException e) {
            kernel.kill();
            throw new KernelException("kernel exited with code " + process.exitValue()
                    + " before answering kernel_info_request" + kernel.describeOutput(), e);
        } catch (RuntimeException e) {
            kernel.kill();
            throw new KernelException(e.getMessage() + kernel.describeOutput(), e);
        }
    }

    /** @return the connected client */
    public KernelClient client() {
        return client;
    }

    /** @return the kernel_info_reply content the kernel answered at start */
    public JsonNode kernelInfo() {
        return kernelInfo;
    }

    /** @return the kernel's process id */
    public long pid() {
        return process.pid();
    }

    /** @return the kernel command line after substitution */
    public List<String> argv() {
        return List.copyOf(argv);
    }

    /** @return whether the kernel process is still running */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * @return peak resident memory in bytes of the kernel and its descendants so far, or -1 where
     *         it cannot be measured (no /proc)
     */
    public long peakRssBytes() {
        return rss.peakBytes();
    }

    /**
     * @param maxLines how many lines
     * @return the last lines the kernel wrote to stdout/stderr
     */
    public String outputTail(int maxLines) {
        if (!process.isAlive()) {
            output.awaitEnd(500);
        }
        return output.lastLines(maxLines);
    }

    /** @return the exit code, if the kernel has exited */
    public java.util.OptionalInt exitCode() {
        return process.isAlive() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(process.exitValue());
    }

    /**
     * @return a text suitable to append to an error message: the kernel's last output lines, or
     *         an empty string when it wrote nothing
     */
    public String describeOutput() {
        String tail = outputTail(TAIL_LINES);
        return tail.isBlank() ? "" : "\n--- kernel output (last lines) ---\n" + tail;
    }

    /**
     * Asks the kernel to shut down, waits up to 2 s, then terminates and finally kills its whole
     * process tree. Safe to call more than once.
     */
    @Override
    public void close() {
        end(true);
    }

    /**
     * Ends the kernel without asking: terminates, then kills its whole process tree (for a kernel
     * that is stuck or misbehaving). Safe to call more than once, and after {@link #close()}.
     */
    public void kill() {
        end(false);
    }

    private synchronized void end(boolean polite) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            rememberTree();
            if (polite && process.isAlive()) {
                client.shutdown(false);
                process.waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // fall through to the forceful path
        } finally {
            rss.sample();
            killTree();
            rss.close();
            client.close();
            deleteQuietly(connectionDir, null);
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook is running or has run
            }
        }
    }

    private void rememberTree() {
        synchronized (knownTree) {
            if (process.isAlive()) {
                knownTree.addAll(ProcessTree.snapshot(process.toHandle()));
            }
        }
    }

    private void killTree() {
        rememberTree();
        Set<ProcessHandle> tree;
        synchronized (knownTree) {
            tree = new LinkedHashSet<>(knownTree);
        }
        tree.add(process.toHandle());
        ProcessTree.destroy(tree, Duration.ofSeconds(2));
    }

    private static Path createPrivateTempDir() {
        try {
            // folders of runs that were killed (SIGKILL) are removed here, at the next start
            StaleFiles.removeLeftovers(Path.of(System.getProperty("java.io.tmpdir")), TEMP_DIR_PREFIX, "");
            String prefix = StaleFiles.ownPrefix(TEMP_DIR_PREFIX);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return Files.createTempDirectory(prefix,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the connection file", e);
        }
    }

    private static void deleteQuietly(Path dir, Path file) {
        try (var entries = Files.list(dir)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Files.deleteIfExists(entry);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a leftover temp file is harmless
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // as above
            }
        }
    }
}

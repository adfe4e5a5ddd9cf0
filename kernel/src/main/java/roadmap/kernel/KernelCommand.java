package roadmap.kernel;

import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import roadmap.kernel.exec.CellEvaluator;
import roadmap.kernel.exec.CompilerWarmUp;
import roadmap.kernel.magic.ClasspathMagic;
import roadmap.kernel.magic.LoadMagic;
import roadmap.kernel.magic.MagicRegistry;
import roadmap.kernel.magic.MavenMagic;
import roadmap.kernel.output.CellPrintStream;
import roadmap.kernel.output.OutputCoalescer;
import roadmap.kernel.output.OutputStreamName;
import roadmap.kernel.output.StreamCapture;
import roadmap.kernel.wire.KernelConnection;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code kernel [--classpath PATHS] CONNECTION_FILE}: runs the kernel until Jupyter shuts it down. */
final class KernelCommand {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(KernelCommand.class.getName());
    /** Most lines a cell shows before its output is cut. */
    static final int MAX_LINES_PER_CELL = 10_000;
    /** Most characters a cell shows before its output is cut. */
    static final long MAX_CHARS_PER_CELL = 1_000_000;

    private KernelCommand() {
    }

    static int run(List<String> args) throws Exception {
        String classpathOption = null;
        String connectionFile = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--classpath") || arg.equals("--cp")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                classpathOption = args.get(++i);
            } else if (arg.startsWith("--classpath=")) {
                classpathOption = arg.substring("--classpath=".length());
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown kernel option " + arg);
            } else if (connectionFile == null) {
                connectionFile = arg;
            } else {
                throw new UsageException("more than one connection file: " + connectionFile + ", " + arg);
            }
        }
        if (connectionFile == null) {
            throw new UsageException("kernel needs a CONNECTION_FILE");
        }
        List<Path> classpath = notebookClasspath(classpathOption);
        KernelConnectionProperties props = KernelConnectionProperties.parse(Files.readString(Paths.get(connectionFile), StandardCharsets.UTF_8));

        ParentWatch.start();
        PrintStream kernelLog = System.err;
        exposureWarning(props.getIp()).ifPresent(kernelLog::println);
        KernelLogging.configure(kernelLog);
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        OutputCoalescer coalescer = new OutputCoalescer(MAX_LINES_PER_CELL, MAX_CHARS_PER_CELL);
        System.setOut(new CellPrintStream(new StreamCapture(coalescer, OutputStreamName.STDOUT)));
        System.setErr(new CellPrintStream(new StreamCapture(coalescer, OutputStreamName.STDERR)));
        System.setIn(InputStream.nullInputStream());

        Path workingDirectory = Paths.get("").toAbsolutePath();
        MagicRegistry magics = new MagicRegistry(List.of(new ClasspathMagic(), new MavenMagic(), new LoadMagic()));
        CompletableFuture<CellEvaluator> evaluator = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                evaluator.complete(new CellEvaluator(classpath, magics, workingDirectory));
            } catch (Throwable t) {
                evaluator.completeExceptionally(t);
            }
        }, "jshell-startup");
        starter.setDaemon(true);
        starter.start();

        JavaKernel kernel = new JavaKernel(evaluator, coalescer, kernelLog);
        evaluator.thenAccept(started -> CompilerWarmUp.start(started, kernel::idleSinceNanos));
        KernelConnection connection = new KernelConnection(props);
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        InterruptSignal.onInterrupt(kernel::interrupt);
        LOG.info(() -> "listening on " + props.getTransport() + "://" + props.getIp() + " shell port " + props.getShellPort());
        connection.waitUntilClose();
        kernel.close();
        return 0;
    }

    /**
     * @param ip the address from the connection file
     * @return a warning if the kernel would listen beyond this machine
     */
    static java.util.Optional<String> exposureWarning(String ip) {
        try {
            if (java.net.InetAddress.getByName(ip).isLoopbackAddress()) {
                return java.util.Optional.empty();
            }
        } catch (java.net.UnknownHostException | RuntimeException e) {
            // an address that cannot be parsed is reported like one that is not loopback
        }
        return java.util.Optional.of("WARNING: the connection file asks the kernel to listen on " + ip
                + ", not on 127.0.0.1: other machines on the network can reach its ports (messages are still checked"
                + " against the key).");
    }

    /**
     * @param option a {@link File#pathSeparator}-separated list of jars and directories; each
     *               directory contributes its jars (sorted) and, if it has no jars, itself
     * @return the classpath entries
     * @throws IOException if a directory cannot be listed
     */
    static List<Path> notebookClasspath(String option) throws IOException {
        List<Path> entries = new ArrayList<>();
        if (option == null || option.isBlank()) {
            return entries;
        }
        for (String part : option.split(File.pathSeparator)) {
            if (part.isBlank()) {
                continue;
            }
            Path path = Paths.get(part).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                List<Path> jars;
                try (Stream<Path> listing = Files.list(path)) {
                    jars = listing.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList());
                }
                entries.addAll(jars.isEmpty() ? List.of(path) : jars);
            } else if (Files.isRegularFile(path)) {
                entries.add(path);
            } else {
                throw new UsageException("classpath entry does not exist: " + path);
            }
        }
        return entries;
    }
}

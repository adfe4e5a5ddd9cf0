package roadmap.kernel.install;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the Java kernelspec: {@code kernel.json}, a copy of the kernel jar and a
 * {@code classpath/} directory with the notebook classpath, so the installed kernel survives
 * {@code mvn clean}. {@link #argv} is also how the headless runner starts a kernel.
 */
public final class KernelSpecInstaller {
    /** The kernelspec's name. */
    public static final String DEFAULT_NAME = "java";
    /** Shown in Jupyter's launcher and kernel menu. */
    public static final String DISPLAY_NAME = "Java (ML roadmap)";
    /** The jar's file name inside the kernelspec directory. */
    public static final String JAR_NAME = "java-kernel.jar";
    /** The classpath directory's name inside the kernelspec directory. */
    public static final String CLASSPATH_DIR = "classpath";
    /** The placeholder Jupyter replaces with the connection file's path. */
    public static final String CONNECTION_FILE = "{connection_file}";
    /** Heap limit: leaves room for native code (BLAS, PyTorch) in Binder's 2 GB. */
    public static final String MAX_HEAP = "-Xmx1g";
    /**
     * The kernel's environment. glibc gives every new thread its own malloc arena, and JShell runs
     * each cell on a new thread, so a native library (PyTorch) allocating from cell threads grows
     * the process by hundreds of MB per cell; two arenas keep a deep-learning notebook ~300 MB
     * smaller and faster. Harmless elsewhere (other C libraries ignore it).
     */
    public static final Map<String, String> ENV = Map.of("MALLOC_ARENA_MAX", "2");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The command line that starts a kernel, with {@link #CONNECTION_FILE} as the last element.
     *
     * @param javaExe      the java launcher
     * @param jar          the kernel jar
     * @param classpathDir the notebook classpath directory (its jars are added)
     * @return the argv template
     */
    public static List<String> argv(Path javaExe, Path jar, Path classpathDir) {
        List<String> argv = new ArrayList<>();
        argv.add(javaExe.toAbsolutePath().toString());
        argv.add(MAX_HEAP);
        argv.add("-XX:+UseSerialGC");
        argv.add("-Xshare:auto");
        argv.add("-Djava.awt.headless=true");
        argv.add("--enable-native-access=ALL-UNNAMED");
        // The notebook classpath is on the JVM's own class path as well as on JShell's: on JDK 21+
        // JShell rewrites every snippet class (for interrupts) with the ClassFile API, which resolves
        // the types a snippet uses (e.g. ai.djl.Model in a try/catch) through the system class
        // loader only, and fails for classes it cannot see there.
        argv.add("-cp");
        argv.add(jar.toAbsolutePath() + java.io.File.pathSeparator
                + classpathDir.toAbsolutePath().resolve("*"));
        argv.add("roadmap.kernel.Main");
        argv.add("kernel");
        argv.add("--classpath");
        argv.add(classpathDir.toAbsolutePath().toString());
        argv.add(CONNECTION_FILE);
        return argv;
    }

    /** @return the java launcher of the running JVM */
    public static Path currentJava() {
        return ProcessHandle.current().info().command().map(Paths::get)
                .orElse(Paths.get(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java"));
    }

    /**
     * @return the jar this class was loaded from
     * @throws IOException if the kernel is not running from a jar (e.g. from target/classes)
     */
    public static Path runningJar() throws IOException {
        try {
            Path location = Paths.get(KernelSpecInstaller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                throw new IOException("the kernel is not running from a jar (" + location + "); build it with mvn package");
            }
            return location;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IOException("cannot locate the running kernel jar", e);
        }
    }

    /**
     * Installs using the running jar.
     *
     * @param kernelsDir   a Jupyter "kernels" directory
     * @param name         the kernelspec name
     * @param classpathDir directory whose jars form the notebook classpath
     * @return the kernelspec directory
     * @throws IOException if a file cannot be written or the running jar cannot be found
     */
    public Path install(Path kernelsDir, String name, Path classpathDir) throws IOException {
        return install(kernelsDir, name, runningJar(), classpathDir, currentJava());
    }

    /**
     * @param kernelsDir   a Jupyter "kernels" directory
     * @param name         the kernelspec name
     * @param kernelJar    the kernel jar to copy
     * @param classpathDir directory whose jars form the notebook classpath (copied)
     * @param javaExe      the java launcher kernel.json names
     * @return the kernelspec directory
     * @throws IOException if a file cannot be written
     */
    public Path install(Path kernelsDir, String name, Path kernelJar, Path classpathDir, Path javaExe) throws IOException {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("kernelspec names may only contain letters, digits, '.', '_' and '-': " + name);
        }
        if (!Files.isDirectory(classpathDir)) {
            throw new IOException("notebook classpath directory not found: " + classpathDir + " (build with mvn package first)");
        }
        Path specDir = kernelsDir.resolve(name).toAbsolutePath().normalize();
        Files.createDirectories(specDir);
        Path jar = specDir.resolve(JAR_NAME);
        Files.copy(kernelJar, jar, StandardCopyOption.REPLACE_EXISTING);
        Path classpath = specDir.resolve(CLASSPATH_DIR);
        replaceDirectory(classpathDir, classpath);
        copyLogo(specDir);

        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv(javaExe, jar, classpath));
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("env", ENV);
        spec.put("metadata", Map.of("debugger", false));
        json.writeValue(specDir.resolve("kernel.json").toFile(), spec);
        return specDir;
    }

    private static void replaceDirectory(Path source, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> old = Files.list(target)) {
                for (Path p : (Iterable<Path>) old::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    Files.copy(p, target.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void copyLogo(Path specDir) throws IOException {
        try (InputStream logo = KernelSpecInstaller.class.getResourceAsStream("logo-64x64.png")) {
            if (logo != null) {
                Files.copy(logo, specDir.resolve("logo-64x64.png"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}

package roadmap.kernel.runner;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import roadmap.kernel.install.KernelSpecInstaller;

/**
 * The kernel the runner uses when no kernelspec is given: the Java kernel in the same jar as the
 * runner, started exactly as the installed kernelspec would start it, with the notebook classpath
 * from the {@code notebook-classpath} directory beside the jar.
 */
public final class DefaultKernel {

    /** Name of the directory beside the jar that holds lib and its dependencies. */
    public static final String CLASSPATH_DIR = "notebook-classpath";

    private DefaultKernel() {
    }

    /**
     * @return the kernelspec of the Java kernel in the running jar
     * @throws IllegalStateException if the runner does not run from a jar (e.g. from classes in an
     *                               IDE): then pass {@code --kernelspec}
     */
    public static KernelSpec fromRunningJar() {
        Path jar = runningJar();
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("the runner is not running from java-kernel.jar (location: " + jar
                    + "); use --kernelspec DIR to name the kernel to run");
        }
        return forJar(jar);
    }

    /**
     * @param jar a java-kernel.jar
     * @return the kernelspec that starts it with the running JVM's {@code java}
     */
    public static KernelSpec forJar(Path jar) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path classpath = jar.toAbsolutePath().getParent().resolve(CLASSPATH_DIR);
        return new KernelSpec(KernelSpecInstaller.argv(java, jar.toAbsolutePath(), classpath), KernelSpecInstaller.ENV, null,
                "Java (" + jar.getFileName() + ")");
    }

    private static Path runningJar() {
        try {
            var source = DefaultKernel.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}

package roadmap.measure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Versions read from the running code and the interpreters used, never typed into a report. */
public final class Versions {
    private Versions() {
    }

    /**
     * @param python the interpreter a benchmark runs (its {@code --python})
     * @return its version, e.g. {@code 3.11.2}
     * @throws IllegalStateException if it cannot be run
     */
    public static String python(String python) {
        try {
            Process process = new ProcessBuilder(List.of(python, "-c", "import platform; print(platform.python_version())"))
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || out.isEmpty()) {
                throw new IllegalStateException(python + " did not report its version: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + python + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + python + " for its version", e);
        }
    }

    /**
     * The version of the jar a class comes from: Maven's {@code pom.properties} inside it, else its
     * manifest's {@code Implementation-Version} or {@code Bundle-Version}.
     *
     * @param type       any class of the library
     * @param groupId    the library's Maven group
     * @param artifactId the library's Maven artifact
     * @return the version, if the jar records one
     */
    public static Optional<String> ofJar(Class<?> type, String groupId, String artifactId) {
        try (InputStream in = type.getResourceAsStream("/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank()) {
                    return Optional.of(version.strip());
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        Package pkg = type.getPackage();
        if (pkg != null && pkg.getImplementationVersion() != null) {
            return Optional.of(pkg.getImplementationVersion());
        }
        return manifestVersion(type);
    }

    private static Optional<String> manifestVersion(Class<?> type) {
        try {
            URL location = type.getProtectionDomain().getCodeSource().getLocation();
            try (JarFile jar = new JarFile(new java.io.File(location.toURI()))) {
                Manifest manifest = jar.getManifest();
                if (manifest == null) {
                    return Optional.empty();
                }
                String version = manifest.getMainAttributes().getValue("Bundle-Version");
                return Optional.ofNullable(version).map(String::strip);
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

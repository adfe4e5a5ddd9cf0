package roadmap.kernel.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelSpecInstallerTest {
    @Test
    void userKernelsDirectoryPerOperatingSystem() {
        Path home = Paths.get("/home/ada");
        assertEquals(Paths.get("/home/ada/.local/share/jupyter/kernels"), KernelSpecLocations.userKernelsDir("Linux", Map.of(), home));
        assertEquals(Paths.get("/xdg/jupyter/kernels"), KernelSpecLocations.userKernelsDir("Linux", Map.of("XDG_DATA_HOME", "/xdg"), home));
        assertEquals(Paths.get("/home/ada/Library/Jupyter/kernels"), KernelSpecLocations.userKernelsDir("Mac OS X", Map.of(), home));
        assertEquals(Paths.get("/appdata/jupyter/kernels"), KernelSpecLocations.userKernelsDir("Windows 11", Map.of("APPDATA", "/appdata"), home));
        assertEquals(Paths.get("/data/kernels"), KernelSpecLocations.userKernelsDir("Linux", Map.of("JUPYTER_DATA_DIR", "/data"), home));
    }

    @Test
    void prefixAndSysPrefixDirectories() throws IOException {
        assertEquals(Paths.get("/opt/env/share/jupyter/kernels"), KernelSpecLocations.prefixKernelsDir(Paths.get("/opt/env")));
        assertEquals(Paths.get("/venv/share/jupyter/kernels"), KernelSpecLocations.sysPrefixKernelsDir(Map.of("VIRTUAL_ENV", "/venv")));
        assertEquals(Paths.get("/conda/share/jupyter/kernels"), KernelSpecLocations.sysPrefixKernelsDir(Map.of("CONDA_PREFIX", "/conda")));
    }

    @Test
    void installWritesKernelJsonJarAndClasspath(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("built.jar"), "jar bytes");
        Path classpath = Files.createDirectories(dir.resolve("notebook-classpath"));
        Files.writeString(classpath.resolve("lib.jar"), "lib");
        Path kernels = KernelSpecLocations.prefixKernelsDir(dir.resolve("prefix"));
        Path java = Paths.get("/usr/bin/java");

        Path spec = new KernelSpecInstaller().install(kernels, "java", jar, classpath, java);

        assertEquals(kernels.resolve("java"), spec);
        assertEquals("jar bytes", Files.readString(spec.resolve("java-kernel.jar")));
        assertEquals("lib", Files.readString(spec.resolve("classpath/lib.jar")));
        JsonNode json = new ObjectMapper().readTree(spec.resolve("kernel.json").toFile());
        assertEquals("Java (ML roadmap)", json.path("display_name").asText());
        assertEquals("java", json.path("language").asText());
        assertEquals("message", json.path("interrupt_mode").asText());
        assertEquals("2", json.path("env").path("MALLOC_ARENA_MAX").asText(), "malloc arenas capped for native libraries");
        List<String> argv = new ObjectMapper().convertValue(json.path("argv"), new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { });
        assertEquals(KernelSpecInstaller.argv(java, spec.resolve("java-kernel.jar"), spec.resolve("classpath")), argv);
        assertEquals(java.toString(), argv.get(0));
        assertTrue(argv.contains("-Djava.awt.headless=true") && argv.contains("-Xmx1g"));
        assertEquals(List.of("-cp", spec.resolve("java-kernel.jar") + System.getProperty("path.separator") + spec.resolve("classpath").resolve("*"),
                "roadmap.kernel.Main", "kernel", "--classpath", spec.resolve("classpath").toString(), "{connection_file}"),
                argv.subList(argv.size() - 7, argv.size()));

        Files.delete(classpath.resolve("lib.jar"));
        Files.writeString(classpath.resolve("lib2.jar"), "lib2");
        new KernelSpecInstaller().install(kernels, "java", jar, classpath, java);
        assertEquals(List.of("lib2.jar"), Files.list(spec.resolve("classpath")).map(p -> p.getFileName().toString()).toList(),
                "a reinstall replaces the classpath");
    }

    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
    @Test
    void userInstallFollowsHomeLikeJupyterDoes() {
        assertEquals(java.nio.file.Paths.get("/tmp/someone"),
                KernelSpecLocations.homeDir(java.util.Map.of("HOME", "/tmp/someone")));
        assertEquals(java.nio.file.Paths.get(System.getProperty("user.home")), KernelSpecLocations.homeDir(java.util.Map.of()));
    }
}

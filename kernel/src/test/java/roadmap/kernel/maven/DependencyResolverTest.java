package roadmap.kernel.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resolution against a fake local repository, offline. */
class DependencyResolverTest {
    @TempDir
    Path repo;

    private void pom(String g, String a, String v, String body) throws IOException {
        ArtifactCoordinates c = new ArtifactCoordinates(g, a, v, "", "pom");
        Path file = repo.resolve(c.repositoryPath());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<project><modelVersion>4.0.0</modelVersion>" + body + "</project>");
    }

    private Path jar(String g, String a, String v) throws IOException {
        Path file = repo.resolve(new ArtifactCoordinates(g, a, v, "", "jar").repositoryPath());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "jar");
        return file;
    }

    private static String dep(String g, String a, String v, String extra) {
        return "<dependency><groupId>" + g + "</groupId><artifactId>" + a + "</artifactId>"
                + (v == null ? "" : "<version>" + v + "</version>") + extra + "</dependency>";
    }

    @Test
    void resolvesTransitivelyWithParentsPropertiesBomsAndNearestWins() throws IOException {
        pom("g", "bom", "1", "<groupId>g</groupId><artifactId>bom</artifactId><version>1</version><packaging>pom</packaging>"
                + "<dependencyManagement><dependencies>" + dep("g", "managed", "2.0", "") + "</dependencies></dependencyManagement>");
        pom("g", "parent", "1", "<groupId>g</groupId><artifactId>parent</artifactId><version>1</version><packaging>pom</packaging>"
                + "<properties><util.version>3.1</util.version></properties>"
                + "<dependencyManagement><dependencies>" + dep("g", "bom", "1", "<type>pom</type><scope>import</scope>")
                + "</dependencies></dependencyManagement>");
        pom("g", "app", "1.0", "<parent><groupId>g</groupId><artifactId>parent</artifactId><version>1</version></parent>"
                + "<artifactId>app</artifactId><dependencies>"
                + dep("g", "util", "${util.version}", "")
                + dep("g", "managed", null, "")
                + dep("g", "tests-only", "1", "<scope>test</scope>")
                + dep("g", "maybe", "1", "<optional>true</optional>")
                + dep("g", "heavy", "1", "<exclusions><exclusion><groupId>g</groupId><artifactId>unwanted</artifactId></exclusion></exclusions>")
                + dep("g", "shared", "2", "")
                + "</dependencies>");
        pom("g", "util", "3.1", "<groupId>g</groupId><artifactId>util</artifactId><version>3.1</version><dependencies>"
                + dep("g", "shared", "1", "") + dep("g", "prov", "1", "<scope>provided</scope>") + "</dependencies>");
        pom("g", "managed", "2.0", "<groupId>g</groupId><artifactId>managed</artifactId><version>2.0</version>");
        pom("g", "heavy", "1", "<groupId>g</groupId><artifactId>heavy</artifactId><version>1</version><dependencies>"
                + dep("g", "unwanted", "1", "") + dep("g", "rt", "1", "<scope>runtime</scope>") + "</dependencies>");
        pom("g", "rt", "1", "<groupId>g</groupId><artifactId>rt</artifactId><version>1</version>");
        pom("g", "shared", "2", "<groupId>g</groupId><artifactId>shared</artifactId><version>2</version>");
        List<Path> expected = List.of(jar("g", "app", "1.0"), jar("g", "util", "3.1"), jar("g", "managed", "2.0"),
                jar("g", "heavy", "1"), jar("g", "shared", "2"), jar("g", "rt", "1"));

        List<Path> jars = new DependencyResolver(new MavenRepository(repo, null)).resolve(List.of(ArtifactCoordinates.parse("g:app:1.0")));

        assertEquals(expected, jars);
    }

    @Test
    void missingArtifactOfflineIsAClearError() throws IOException {
        pom("g", "lonely", "1", "<groupId>g</groupId><artifactId>lonely</artifactId><version>1</version><dependencies>"
                + dep("g", "absent", "9", "") + "</dependencies>");
        jar("g", "lonely", "1");
        IOException e = assertThrows(ArtifactNotFoundException.class,
                () -> new DependencyResolver(new MavenRepository(repo, null)).resolve(List.of(ArtifactCoordinates.parse("g:lonely:1"))));
        assertTrue(e.getMessage().contains("g:absent:pom:9 is not in " + repo) && e.getMessage().contains("cannot be downloaded"), e.getMessage());
    }

    @Test
    void coordinatesAndPaths() {
        ArtifactCoordinates natives = ArtifactCoordinates.parse("org.bytedeco:openblas:jar:linux-x86_64:0.3.10-1.5.4");
        assertEquals("org/bytedeco/openblas/0.3.10-1.5.4/openblas-0.3.10-1.5.4-linux-x86_64.jar", natives.repositoryPath());
        assertEquals("org.bytedeco:openblas:jar:linux-x86_64:0.3.10-1.5.4", natives.toString());
        assertThrows(IllegalArgumentException.class, () -> ArtifactCoordinates.parse("just-a-name"));
        assertEquals("1.2", DependencyResolver.lowerBound("[1.2,2.0)"));
        assertEquals("3.0", EffectivePomBuilder.interpolate("${a}.${b}", Map.of("a", "${c}", "b", "0", "c", "3")));
        assertEquals("${unknown}", EffectivePomBuilder.interpolate("${unknown}", Map.of()));
    }

    @Test
    void coordinatesThatAreNotNamesAreRefused() {
        for (String bad : List.of("/tmp/x:y:1.0", "g:../../etc:1", "g:a:..", "g/h:a:1", ".hidden:a:1")) {
            assertThrows(IllegalArgumentException.class, () -> ArtifactCoordinates.parse(bad), bad);
        }
        assertEquals("1.0+build.7", ArtifactCoordinates.parse("g:a:1.0+build.7").version());
    }

    @Test
    void aFailedDownloadLeavesNoEmptyFolders() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            URI remote = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            MavenRepository repository = new MavenRepository(repo, remote);
            assertThrows(ArtifactNotFoundException.class, () -> repository.fetch(ArtifactCoordinates.parse("org.nowhere:missing:1.0")));
            assertTrue(Files.notExists(repo.resolve("org")), "no org/nowhere/missing/1.0 folders are left behind");
        } finally {
            server.stop(0);
        }
    }
}

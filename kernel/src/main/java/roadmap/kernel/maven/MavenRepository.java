package roadmap.kernel.maven;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Artifact files from the local Maven repository, downloading into it from a remote repository
 * (Maven Central) only when a file is missing. Timeouts are short and the first connection
 * failure switches to offline, so a notebook without network gets a clear error at once.
 */
public final class MavenRepository {
    /** Maven Central. */
    public static final URI CENTRAL = URI.create("https://repo.maven.apache.org/maven2/");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration POM_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration JAR_TIMEOUT = Duration.ofSeconds(120);

    private final Path local;
    private final URI remote;
    private HttpClient http;
    private String offlineReason;
    private int downloads;

    /**
     * @param local  the local repository directory, e.g. {@code ~/.m2/repository}
     * @param remote the remote repository base URL (ending in /), or {@code null} for offline only
     */
    public MavenRepository(Path local, URI remote) {
        this.local = local;
        this.remote = remote;
        this.offlineReason = remote == null ? "no remote repository configured" : null;
    }

    /** @return {@code -Dmaven.repo.local} if set, else {@code ~/.m2/repository} */
    public static Path defaultLocal() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Paths.get(configured) : Paths.get(System.getProperty("user.home"), ".m2", "repository");
    }

    /** @return how many files were downloaded so far */
    public int downloads() {
        return downloads;
    }

    /** @return the local repository directory */
    public Path local() {
        return local;
    }

    /**
     * @param artifact the artifact
     * @return the local file, downloaded first if missing
     * @throws IOException if it is not local and cannot be downloaded
     */
    public Path fetch(ArtifactCoordinates artifact) throws IOException {
        Path file = local.resolve(artifact.repositoryPath());
        if (Files.isRegularFile(file)) {
            return file;
        }
        if (artifact.version().endsWith("-SNAPSHOT")) {
            throw new ArtifactNotFoundException(artifact + " is not in " + local + " (snapshots are only taken from the local repository; run mvn install)");
        }
        if (offlineReason != null) {
            throw new ArtifactNotFoundException(artifact + " is not in " + local + " and cannot be downloaded: " + offlineReason);
        }
        download(artifact, file);
        return file;
    }

    private void download(ArtifactCoordinates artifact, Path target) throws IOException {
        URI uri = remote.resolve(artifact.repositoryPath());
        Duration timeout = artifact.extension().equals("pom") ? POM_TIMEOUT : JAR_TIMEOUT;
        Path firstCreated = firstMissing(target.getParent());
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        boolean stored = false;
        try {
            HttpResponse<Path> response = client().send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(temp));
            if (response.statusCode() == 404) {
                throw new ArtifactNotFoundException(artifact + " does not exist in " + remote);
            }
            if (response.statusCode() != 200) {
                throw new IOException("downloading " + uri + " failed: HTTP " + response.statusCode());
            }
            verifySha1(uri, temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            stored = true;
            downloads++;
        } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException | java.nio.channels.UnresolvedAddressException e) {
            offlineReason = "Maven Central (" + remote + ") cannot be reached: " + e;
            throw new ArtifactNotFoundException(artifact + " is not in " + local + " and " + offlineReason);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("downloading " + uri + " timed out after " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("download of " + uri + " interrupted", e);
        } catch (IOException e) {
            if (e.getCause() instanceof java.nio.channels.UnresolvedAddressException || String.valueOf(e.getMessage()).contains("UnknownHost")) {
                offlineReason = "Maven Central (" + remote + ") cannot be reached (no network?)";
                throw new ArtifactNotFoundException(artifact + " is not in " + local + " and " + offlineReason);
            }
            throw e;
        } finally {
            Files.deleteIfExists(temp);
            if (!stored) {
                removeEmptyFolders(target.getParent(), firstCreated);
            }
        }
    }

    /** @return the outermost folder of {@code dir} that does not exist yet, or {@code null} */
    private static Path firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** Removes the folders a failed download created, innermost first, as long as they are empty. */
    private static void removeEmptyFolders(Path dir, Path outermost) {
        if (outermost == null) {
            return;
        }
        for (Path p = dir; p != null && p.startsWith(outermost); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty (another download put a file there): keep it and its parents
            }
        }
    }

    private void verifySha1(URI fileUri, Path file) throws IOException, InterruptedException {
        HttpResponse<String> response = client().send(HttpRequest.newBuilder(URI.create(fileUri + ".sha1")).timeout(POM_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return; // Central has a .sha1 for every file; other repositories may not
        }
        String expected = response.body().trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        String actual = sha1(file);
        if (!expected.equals(actual)) {
            throw new IOException("checksum mismatch for " + fileUri + ": expected sha1 " + expected + ", got " + actual);
        }
    }

    static String sha1(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
        }
    }

    private HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }
}

package roadmap.spamfilter.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Where a model came from: enough to retrain it and get the same bytes. No timestamps, host names
 * or absolute paths, so that the same inputs give the same model file.
 *
 * @param dataFile      the data file as configured
 * @param dataSha256    the SHA-256 of the data file's bytes
 * @param trainMails    how many mails the model was trained on
 * @param config        the configuration, key by key
 * @param libraries     versions of what computed the model (this project, Tribuo, Java, …)
 * @param gitCommit     the commit of the source tree it was trained from, or "" when unknown
 */
public record Provenance(String dataFile, String dataSha256, int trainMails, Map<String, String> config,
                         Map<String, String> libraries, String gitCommit) {

    /** Copies the maps (unmodifiable, order kept). */
    public Provenance {
        config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
        libraries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(libraries));
        gitCommit = gitCommit == null ? "" : gitCommit;
    }

    /** @return the versions of this project and the libraries that shape a model's numbers */
    public static Map<String, String> libraryVersions() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("/roadmap/spamfilter/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled version.properties", e);
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("spam-filter", p.getProperty("version", "unknown"));
        m.put("tribuo", org.tribuo.Tribuo.VERSION);
        m.put("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        m.put("java", System.getProperty("java.specification.version"));
        return m;
    }

    /**
     * The commit checked out in the Git repository around a directory.
     *
     * @param dir a directory inside a work tree
     * @return the commit id (40 hex digits), or "" when there is no repository or no commit
     */
    public static String gitCommit(Path dir) {
        try {
            FileRepositoryBuilder b = new FileRepositoryBuilder().readEnvironment()
                    .findGitDir(dir.toAbsolutePath().toFile());
            if (b.getGitDir() == null) {
                return "";
            }
            try (Repository repo = b.build()) {
                ObjectId head = repo.resolve("HEAD");
                return head == null ? "" : head.name();
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}

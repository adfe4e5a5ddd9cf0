package roadmap.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies a dataset file against the SHA-256 recorded in MANIFEST before it is used.
 *
 * <p>Verified files are remembered for the life of the JVM (keyed by path, size and modification
 * time), so each file is hashed once even when a notebook loads it many times.
 */
public final class DatasetFile {

    private record Stamp(long size, long modified, String sha256) {
    }

    private static final Map<Path, Stamp> VERIFIED = new ConcurrentHashMap<>();

    private DatasetFile() {
    }

    /**
     * Verifies a file of the located data directory.
     *
     * @param nameOrFile a dataset name ({@code wine}) or file name ({@code wine.csv}) from MANIFEST
     * @return the absolute path of the verified file
     * @throws DatasetException when the file is missing or its hash differs from MANIFEST
     */
    public static Path verify(String nameOrFile) {
        return verify(Manifest.load(), nameOrFile);
    }

    /**
     * Verifies a file described by a given manifest.
     *
     * @param manifest   the manifest (its directory holds the file)
     * @param nameOrFile a dataset name or file name listed in the manifest
     * @return the absolute path of the verified file
     * @throws DatasetException when the file is missing or its hash differs from MANIFEST
     */
    public static Path verify(Manifest manifest, String nameOrFile) {
        ManifestEntry entry = manifest.find(nameOrFile);
        Path file = manifest.dir().resolve(entry.file());
        String shown = DataDir.display(entry.file());
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new DatasetException("dataset file " + shown + " is missing; restore it with `git checkout -- "
                    + shown + "`", e);
        }
        if (!attrs.isRegularFile()) {
            throw new DatasetException("dataset file " + shown + " is not a regular file");
        }
        Stamp known = VERIFIED.get(file);
        long modified = attrs.lastModifiedTime().toMillis();
        if (known != null && known.size() == attrs.size() && known.modified() == modified
                && known.sha256().equals(entry.sha256())) {
            return file;
        }
        String actual = sha256(file, shown);
        if (!actual.equals(entry.sha256())) {
            VERIFIED.remove(file);
            throw new DatasetException("dataset file " + shown + " is corrupt or was changed: SHA-256 expected "
                    + entry.sha256() + " (from " + DataDir.display(Manifest.FILE_NAME) + "), actual " + actual
                    + "; restore it with `git checkout -- " + shown + "`");
        }
        VERIFIED.put(file, new Stamp(attrs.size(), modified, actual));
        return file;
    }

    /**
     * Computes the SHA-256 of a file.
     *
     * @param file  the file
     * @param shown how messages name the file
     * @return 64 lower-case hex digits
     * @throws DatasetException when the file cannot be read
     */
    static String sha256(Path file, String shown) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new DatasetException("cannot read dataset file " + shown + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

package roadmap.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parsed MANIFEST of the data directory: a tab-separated file whose first line is exactly
 * {@code name\tfile\torigin\tlicence\tsha256\tshape} and whose other lines describe one file
 * each. Blank lines are not allowed; there are no comments.
 */
public final class Manifest {

    /** The manifest's file name inside the data directory. */
    public static final String FILE_NAME = "MANIFEST";

    /** The required header line. */
    public static final String HEADER = "name\tfile\torigin\tlicence\tsha256\tshape";

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SHAPE = Pattern.compile("([1-9][0-9]*)x([1-9][0-9]*)");

    private final Path dir;
    private final Map<String, ManifestEntry> byName;

    private Manifest(Path dir, Map<String, ManifestEntry> byName) {
        this.dir = dir;
        this.byName = byName;
    }

    /**
     * Loads the manifest of the located data directory ({@link DataDir#locate()}).
     *
     * @return the manifest
     * @throws DatasetException when the directory cannot be found or the manifest is malformed
     */
    public static Manifest load() {
        return load(DataDir.locate());
    }

    /**
     * Loads the manifest of a given data directory.
     *
     * @param dir the data directory
     * @return the manifest
     * @throws DatasetException when MANIFEST is missing or malformed (the message names the line)
     */
    public static Manifest load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        String shown = DataDir.display(FILE_NAME);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DatasetException(shown + " is missing; restore it with `git checkout -- " + shown + "`", e);
        } catch (IOException e) {
            throw new DatasetException("cannot read " + shown + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new DatasetException(shown + " line 1: expected the header '"
                    + HEADER.replace("\t", "<TAB>") + "'");
        }
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            ManifestEntry entry = parse(lines.get(i), shown + " line " + (i + 1));
            if (entries.containsKey(entry.name())) {
                throw new DatasetException(shown + " line " + (i + 1) + ": duplicate name '" + entry.name() + "'");
            }
            entries.put(entry.name(), entry);
        }
        return new Manifest(dir.toAbsolutePath().normalize(), Collections.unmodifiableMap(entries));
    }

    private static ManifestEntry parse(String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
            throw new DatasetException(where + ": expected 6 tab-separated fields, found " + f.length);
        }
        for (int k = 0; k < f.length; k++) {
            if (f[k].isBlank()) {
                throw new DatasetException(where + ": field " + (k + 1) + " is empty");
            }
        }
        if (f[1].contains("/") || f[1].contains("\\")) {
            throw new DatasetException(where + ": file '" + f[1] + "' must be a plain file name");
        }
        if (!SHA.matcher(f[4]).matches()) {
            throw new DatasetException(where + ": sha256 must be 64 lower-case hex digits, got '" + f[4] + "'");
        }
        var m = SHAPE.matcher(f[5]);
        if (!m.matches()) {
            throw new DatasetException(where + ": shape must look like 178x14, got '" + f[5] + "'");
        }
        return new ManifestEntry(f[0], f[1], f[2], f[3], f[4],
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * The data directory this manifest describes.
     *
     * @return the absolute directory
     */
    public Path dir() {
        return dir;
    }

    /**
     * All entries in file order.
     *
     * @return an unmodifiable list
     */
    public List<ManifestEntry> entries() {
        return List.copyOf(byName.values());
    }

    /**
     * The entry with a given dataset name.
     *
     * @param name the dataset name, e.g. {@code wine}
     * @return the entry
     * @throws DatasetException when no entry has that name (the message lists the known names)
     */
    public ManifestEntry entry(String name) {
        ManifestEntry e = byName.get(name);
        if (e == null) {
            throw new DatasetException(DataDir.display(FILE_NAME) + " has no dataset named '" + name
                    + "'; known: " + String.join(", ", byName.keySet()));
        }
        return e;
    }

    /**
     * The entry with a given dataset name or file name.
     *
     * @param nameOrFile a dataset name ({@code wine}) or file name ({@code wine.csv})
     * @return the entry
     * @throws DatasetException when neither matches
     */
    public ManifestEntry find(String nameOrFile) {
        ManifestEntry e = byName.get(nameOrFile);
        if (e != null) {
            return e;
        }
        List<String> files = new ArrayList<>();
        for (ManifestEntry candidate : byName.values()) {
            if (candidate.file().equals(nameOrFile)) {
                return candidate;
            }
            files.add(candidate.file());
        }
        throw new DatasetException(DataDir.display(FILE_NAME) + " lists no dataset or file '" + nameOrFile
                + "'; known files: " + String.join(", ", files));
    }
}

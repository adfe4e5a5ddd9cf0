package roadmap.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Finds the directory that holds the course datasets and their MANIFEST.
 *
 * <p>Search order: the environment variable {@code ROADMAP_DATA} if set (it must then point at a
 * directory with a MANIFEST); otherwise the first of {@code ./data}, {@code ./notebooks/data},
 * {@code ../notebooks/data}, {@code ../../notebooks/data} (relative to the working directory)
 * that contains a file named MANIFEST.
 */
public final class DataDir {

    /** The environment variable that overrides the search. */
    public static final String ENV = "ROADMAP_DATA";

    /** The candidate directories, relative to the working directory, in search order. */
    public static final List<String> CANDIDATES =
            List.of("data", "notebooks/data", "../notebooks/data", "../../notebooks/data");

    /** How messages name a file in the data directory, independent of where it was found. */
    static final String DISPLAY_PREFIX = "notebooks/data/";

    private DataDir() {
    }

    /**
     * Locates the data directory from the process environment and working directory.
     *
     * @return the absolute, normalised data directory
     * @throws DatasetException when no candidate contains a MANIFEST; the message lists every
     *                          place that was tried
     */
    public static Path locate() {
        return locate(System::getenv, Path.of("").toAbsolutePath());
    }

    /**
     * Locates the data directory with an explicit environment and working directory (for tests).
     *
     * @param env        looks up environment variables (returns null when unset)
     * @param workingDir the directory relative candidates are resolved against
     * @return the absolute, normalised data directory
     * @throws DatasetException when no candidate contains a MANIFEST
     */
    public static Path locate(UnaryOperator<String> env, Path workingDir) {
        String override = env.apply(ENV);
        if (override != null && !override.isBlank()) {
            Path dir = workingDir.resolve(override).toAbsolutePath().normalize();
            if (Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
                return dir;
            }
            throw new DatasetException(ENV + "=" + override + " does not point at a directory containing "
                    + Manifest.FILE_NAME + " (unset it to search notebooks/data)");
        }
        List<String> tried = new ArrayList<>();
        for (String candidate : CANDIDATES) {
            Path dir = workingDir.resolve(candidate).toAbsolutePath().normalize();
            if (Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
                return dir;
            }
            tried.add("./" + candidate);
        }
        throw new DatasetException("cannot find the data directory (notebooks/data with its "
                + Manifest.FILE_NAME + "): tried " + String.join(", ", tried)
                + " relative to the working directory; set " + ENV + " to the directory to override");
    }

    /**
     * The repository-relative name used in messages for a file of the data directory.
     *
     * @param file the file name, e.g. {@code wine.csv}
     * @return e.g. {@code notebooks/data/wine.csv}
     */
    public static String display(String file) {
        return DISPLAY_PREFIX + file;
    }
}

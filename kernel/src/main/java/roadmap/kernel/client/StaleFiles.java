package roadmap.kernel.client;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary files and folders named after the process that made them
 * ({@code <prefix><pid>-<random><suffix>}), so that the next run can remove what a killed run
 * (SIGKILL leaves no chance to clean up) left behind: entries whose process no longer lives.
 */
public final class StaleFiles {
    private StaleFiles() {
    }

    /**
     * @param prefix the name's start, before the pid
     * @return the prefix for a new temporary entry of this process
     */
    public static String ownPrefix(String prefix) {
        return prefix + ProcessHandle.current().pid() + "-";
    }

    /**
     * Deletes the entries of {@code dir} named {@code prefix<pid>-…suffix} whose process is gone.
     * Failures are ignored: a leftover is harmless, and another run may be removing it too.
     *
     * @param dir    where to look
     * @param prefix the name's start, before the pid
     * @param suffix the name's end ({@code ""} for any)
     * @return how many entries were removed
     */
    public static int removeLeftovers(Path dir, String prefix, String suffix) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob(prefix) + "*" + glob(suffix))) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                int dash = name.indexOf('-', prefix.length());
                if (dash < 0) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(name.substring(prefix.length(), dash));
                } catch (NumberFormatException e) {
                    continue; // not one of ours (e.g. made by an older version)
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (deleteTree(entry)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing to clean, or the folder cannot be listed
        }
        return removed;
    }

    private static boolean deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String glob(String text) {
        return text.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}

package roadmap.kernel.magic;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Expands a path that may contain glob characters ({@code * ? [ {}) into the existing paths it names. */
public final class PathGlobs {
    private PathGlobs() {
    }

    /**
     * @param pattern a path, absolute or relative to {@code base}, possibly with globs
     *                ({@code lib/*.jar}, {@code deps/**.jar}); {@code ~/} means the home directory
     * @param base    directory for relative patterns
     * @return the matching paths, sorted; a path without globs is returned if it exists
     * @throws IOException if a directory cannot be read
     */
    public static List<Path> expand(String pattern, Path base) throws IOException {
        String expanded = pattern.startsWith("~/") ? System.getProperty("user.home") + pattern.substring(1) : pattern;
        String normalized = expanded.replace('\\', '/');
        int firstGlob = firstGlobChar(normalized);
        if (firstGlob < 0) {
            Path path = base.resolve(expanded).normalize();
            return Files.exists(path) ? List.of(path) : List.of();
        }
        int lastSlash = normalized.lastIndexOf('/', firstGlob);
        Path root = base.resolve(lastSlash < 0 ? "." : normalized.substring(0, lastSlash + 1)).normalize();
        String relativeGlob = normalized.substring(lastSlash + 1);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relativeGlob);
        int depth = relativeGlob.contains("**") ? Integer.MAX_VALUE : (int) relativeGlob.chars().filter(c -> c == '/').count() + 1;
        try (Stream<Path> walk = Files.walk(root, depth)) {
            return walk.filter(p -> !p.equals(root))
                    .filter(p -> matcher.matches(root.relativize(p)))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static int firstGlobChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("*?[{".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

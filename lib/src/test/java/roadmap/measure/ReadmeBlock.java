package roadmap.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A generated block of the README: the text between {@code <!-- NAME:start -->} and
 * {@code <!-- NAME:end -->}. Benchmarks and the notebook harness publish their measurements by
 * rewriting only their own block (lib's benchmarks, and the harness through lib's test-jar).
 */
public final class ReadmeBlock {
    private final String start;
    private final String end;

    /** @param name the block's name, e.g. {@code benchmark} or {@code dl-benchmark} */
    public ReadmeBlock(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("block names are lower-case letters, digits and '-': " + name);
        }
        this.start = "<!-- " + name + ":start -->";
        this.end = "<!-- " + name + ":end -->";
    }

    /**
     * @param text a README's text
     * @return the block's content without the markers, if the text has both markers in order
     */
    public Optional<String> read(String text) {
        int s = text.indexOf(start);
        int e = text.indexOf(end);
        return s >= 0 && e > s ? Optional.of(text.substring(s + start.length(), e)) : Optional.empty();
    }

    /**
     * @param text    a README's text
     * @param content the new content (surrounding blank lines are trimmed)
     * @return the text with only the block's content replaced
     * @throws IllegalStateException if the text lacks the markers
     */
    public String replace(String text, String content) {
        int s = text.indexOf(start);
        int e = text.indexOf(end);
        if (s < 0 || e < s) {
            throw new IllegalStateException("no " + start + " … " + end + " markers");
        }
        return text.substring(0, s + start.length()) + "\n" + content.strip() + "\n" + text.substring(e);
    }

    /**
     * Rewrites the block in a README file.
     *
     * @param readme  the file
     * @param content the new content
     * @throws IOException if the file cannot be read or written
     * @throws IllegalStateException if the file lacks the markers (the message names it)
     */
    public void rewrite(Path readme, String content) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String updated;
        try {
            updated = replace(text, content);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(readme + " has " + e.getMessage(), e);
        }
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }

    /**
     * @param content the block's content
     * @return the content between the markers, as written into a README
     */
    public String wrap(String content) {
        return start + "\n" + content.strip() + "\n" + end + "\n";
    }
}

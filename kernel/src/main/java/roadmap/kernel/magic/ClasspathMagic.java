package roadmap.kernel.magic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %classpath PATH...} and its alias {@code %jars PATH...}: adds jars and class
 * directories (globs allowed, e.g. {@code lib/*.jar}) to the notebook's classpath.
 */
public final class ClasspathMagic implements LineMagic {
    @Override
    public List<String> names() {
        return List.of("classpath", "jars");
    }

    @Override
    public void run(List<String> args, NotebookSession session) throws MagicException {
        if (args.isEmpty()) {
            throw new MagicException("usage: %classpath PATH... (jars or directories; globs such as lib/*.jar allowed)");
        }
        List<Path> entries = new ArrayList<>();
        for (String arg : args) {
            List<Path> matches;
            try {
                matches = PathGlobs.expand(arg, session.workingDirectory());
            } catch (IOException e) {
                throw new MagicException("%classpath: cannot read " + arg + ": " + e.getMessage(), e);
            }
            if (matches.isEmpty()) {
                throw new MagicException("%classpath: nothing matches " + arg + " (relative paths start at "
                        + session.workingDirectory() + ")");
            }
            for (Path match : matches) {
                if (Files.isDirectory(match) || match.getFileName().toString().endsWith(".jar")) {
                    entries.add(match);
                }
            }
        }
        if (entries.isEmpty()) {
            throw new MagicException("%classpath: no jar or directory among " + String.join(" ", args));
        }
        session.addToClasspath(entries);
        System.out.println("Added to the classpath: " + entries.size() + (entries.size() == 1 ? " entry" : " entries"));
    }
}

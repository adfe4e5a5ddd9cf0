package roadmap.kernel.magic;

import roadmap.kernel.errors.CellError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code %load FILE}: evaluates a file of Java snippets as if it were a cell. Kept for
 * compatibility with IJava notebooks; the course itself puts reusable code in its library.
 */
public final class LoadMagic implements LineMagic {
    @Override
    public List<String> names() {
        return List.of("load");
    }

    @Override
    public void run(List<String> args, NotebookSession session) throws MagicException, CellError {
        if (args.size() != 1) {
            throw new MagicException("usage: %load FILE");
        }
        Path file = session.workingDirectory().resolve(args.get(0)).normalize();
        String code;
        try {
            code = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MagicException("%load: cannot read " + file + ": " + e, e);
        }
        session.evaluate(code);
    }
}

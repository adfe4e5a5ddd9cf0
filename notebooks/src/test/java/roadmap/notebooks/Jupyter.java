package roadmap.notebooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * The machine's Jupyter, used to cross-check our runner (nbconvert executes the notebook through the
 * installed kernelspec, exactly as JupyterLab would) and to validate nbformat. Absent Jupyter skips
 * these tests with a visible reason — unless {@code ROADMAP_REQUIRE_CROSSCHECK=1} (CI), then it fails.
 */
final class Jupyter {
    private Jupyter() {
    }

    /** Debian's python first: the pyenv/conda python on PATH may lack Jupyter's packages. */
    static Optional<String> pythonWith(String... modules) {
        String imports = "import " + String.join(", ", modules);
        for (String candidate : List.of("/usr/bin/python3", "python3", "python")) {
            if ((candidate.startsWith("/") && !Files.isExecutable(Path.of(candidate)))) {
                continue;
            }
            if (ExternalCommand.succeeds(List.of(candidate, "-c", imports))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** CI sets {@code ROADMAP_REQUIRE_CROSSCHECK=1}: there, a missing Jupyter is a failure, not a skip. */
    static boolean crossCheckRequired() {
        return "1".equals(System.getenv("ROADMAP_REQUIRE_CROSSCHECK"));
    }

    /** A python that can run {@code modules}, or skip (locally) / fail (in CI) with the reason. */
    static String requirePython(String purpose, String... modules) {
        Optional<String> python = pythonWith(modules);
        String reason = "no python3 with " + String.join(", ", modules) + " for " + purpose
                + " (Debian: apt install python3-nbclient python3-nbconvert python3-nbformat jupyter-notebook)";
        if (python.isEmpty() && crossCheckRequired()) {
            throw new AssertionError(reason + "; ROADMAP_REQUIRE_CROSSCHECK=1 requires it");
        }
        Assumptions.assumeTrue(python.isPresent(), reason);
        return python.get();
    }
}

package roadmap.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Validates a notebook against the official nbformat JSON schema, using Jupyter's own nbformat package. */
final class NbformatValidation {
    private static final String VALIDATE = "import sys, nbformat\n"
            + "nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)\n"
            + "nbformat.validate(nb)\n"
            + "print('nbformat', nb.nbformat, nb.nbformat_minor, 'valid')\n";

    private NbformatValidation() {
    }

    static void assertValid(Path notebook) throws Exception {
        java.util.Optional<String> found = Jupyter.pythonWith("nbformat");
        if (found.isEmpty()) {
            Jupyter.requirePython("nbformat validation", "nbformat"); // fails in CI, skips the rest locally
        }
        String python = found.orElseThrow();
        ExternalCommand.Result result = ExternalCommand.run(List.of(python, "-c", VALIDATE, notebook.toString()),
                Map.of(), notebook.toAbsolutePath().getParent(), Duration.ofMinutes(1));
        assertEquals(0, result.exitCode(), notebook.getFileName() + " is not valid nbformat:\n" + result.output());
    }
}

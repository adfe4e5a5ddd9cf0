package roadmap.spamfilter.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import roadmap.spamfilter.model.Provenance;

/** {@code --version}: this project's version and the libraries that shape a model. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        Provenance.libraryVersions().forEach((k, v) -> lines.add(k + " " + v));
        return lines.toArray(new String[0]);
    }
}

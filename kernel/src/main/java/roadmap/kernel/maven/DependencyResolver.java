package roadmap.kernel.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Resolves artifacts and their compile and runtime dependencies to jar files, breadth first with
 * Maven's "nearest wins" version mediation, honouring exclusions and skipping optional,
 * test, provided and system dependencies of dependencies.
 */
public final class DependencyResolver {
    private static final Logger LOG = Logger.getLogger(DependencyResolver.class.getName());

    private final MavenRepository repository;
    private final EffectivePomBuilder poms;

    /** @param repository where poms and jars come from */
    public DependencyResolver(MavenRepository repository) {
        this.repository = repository;
        this.poms = new EffectivePomBuilder(repository);
    }

    private record Pending(ArtifactCoordinates artifact, Set<String> exclusions) {
    }

    /**
     * @param roots the requested artifacts
     * @return the jar files of the roots and their transitive dependencies, roots first
     * @throws IOException if an artifact or pom cannot be obtained
     */
    public List<Path> resolve(List<ArtifactCoordinates> roots) throws IOException {
        Map<String, ArtifactCoordinates> chosen = new LinkedHashMap<>();
        Deque<Pending> queue = new ArrayDeque<>();
        for (ArtifactCoordinates root : roots) {
            queue.add(new Pending(root, Set.of()));
        }
        while (!queue.isEmpty()) {
            Pending next = queue.poll();
            ArtifactCoordinates artifact = next.artifact();
            if (chosen.containsKey(artifact.key())) {
                continue; // a nearer (or earlier) declaration already decided this artifact's version
            }
            chosen.put(artifact.key(), artifact);
            EffectivePom pom = poms.build(artifact);
            for (PomDependency d : pom.dependencies()) {
                String scope = d.scope().isEmpty() ? "compile" : d.scope();
                if (d.optional() || !(scope.equals("compile") || scope.equals("runtime")) || isExcluded(d, next.exclusions())) {
                    continue;
                }
                if (d.version().isEmpty() || d.version().contains("${")) {
                    LOG.warning(() -> "skipping " + d.key() + " needed by " + artifact + ": version unknown (" + d.version() + ")");
                    continue;
                }
                Set<String> exclusions = new HashSet<>(next.exclusions());
                exclusions.addAll(d.exclusions());
                queue.add(new Pending(new ArtifactCoordinates(d.groupId(), d.artifactId(), lowerBound(d.version()), d.classifier(),
                        d.type().equals("pom") ? "pom" : "jar"), exclusions));
            }
        }
        List<Path> jars = new ArrayList<>();
        for (ArtifactCoordinates artifact : chosen.values()) {
            if (artifact.extension().equals("pom")) {
                continue;
            }
            if (artifact.classifier().isEmpty() && isPomPackaging(artifact)) {
                continue;
            }
            jars.add(repository.fetch(artifact));
        }
        return jars;
    }

    private boolean isPomPackaging(ArtifactCoordinates artifact) throws IOException {
        return poms.build(artifact).packaging().equals("pom");
    }

    private static boolean isExcluded(PomDependency d, Set<String> exclusions) {
        for (String pattern : exclusions) {
            String[] parts = pattern.split(":", 2);
            boolean group = parts[0].equals("*") || parts[0].equals(d.groupId());
            boolean artifact = parts.length < 2 || parts[1].equals("*") || parts[1].equals(d.artifactId());
            if (group && artifact) {
                return true;
            }
        }
        return false;
    }

    /** Version ranges are not mediated: {@code [1.2,2.0)} resolves to its lower bound 1.2. */
    static String lowerBound(String version) {
        if (!version.startsWith("[") && !version.startsWith("(")) {
            return version;
        }
        String inner = version.substring(1, version.length() - 1);
        String lower = inner.split(",", -1)[0].trim();
        return lower.isEmpty() ? inner.replace(",", "").trim() : lower;
    }
}

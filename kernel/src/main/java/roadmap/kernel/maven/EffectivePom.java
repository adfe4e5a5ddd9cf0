package roadmap.kernel.maven;

import java.util.List;
import java.util.Map;

/**
 * A pom with its parents merged and properties substituted: what resolution reads.
 *
 * @param coordinates  the project's coordinates (extension pom)
 * @param packaging    its packaging
 * @param dependencies its dependencies, versions and scopes filled from dependencyManagement
 * @param management   its dependencyManagement, by {@link PomDependency#managementKey()}
 */
public record EffectivePom(ArtifactCoordinates coordinates, String packaging, List<PomDependency> dependencies,
                           Map<String, PomDependency> management) {
}

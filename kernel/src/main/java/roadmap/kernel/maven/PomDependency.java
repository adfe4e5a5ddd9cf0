package roadmap.kernel.maven;

import java.util.List;

/**
 * A {@code <dependency>} as written in a pom (values may still hold {@code ${...}} properties).
 *
 * @param groupId    group
 * @param artifactId artifact
 * @param version    version, possibly empty (managed)
 * @param type       type, {@code jar} by default
 * @param classifier classifier, possibly empty
 * @param scope      scope, possibly empty (managed, else compile)
 * @param optional   whether it is optional
 * @param exclusions {@code groupId:artifactId} patterns ({@code *} allowed)
 */
public record PomDependency(String groupId, String artifactId, String version, String type, String classifier,
                            String scope, boolean optional, List<String> exclusions) {

    /** @return {@code groupId:artifactId[:classifier]} */
    public String key() {
        return groupId + ":" + artifactId + (classifier.isEmpty() ? "" : ":" + classifier);
    }

    /** @return the type-and-classifier independent key dependencyManagement uses */
    public String managementKey() {
        return groupId + ":" + artifactId + ":" + type + ":" + classifier;
    }
}

package roadmap.kernel.maven;

/**
 * A Maven artifact: {@code groupId:artifactId[:extension[:classifier]]:version}.
 *
 * @param groupId    the group
 * @param artifactId the artifact
 * @param version    the version
 * @param classifier the classifier, empty if none
 * @param extension  the file extension, {@code jar} or {@code pom}
 */
public record ArtifactCoordinates(String groupId, String artifactId, String version, String classifier, String extension) {
    private static final java.util.regex.Pattern VALID_PART = java.util.regex.Pattern.compile("[A-Za-z0-9_.+\\-]+");

    /**
     * @param text {@code g:a:v}, {@code g:a:ext:v} or {@code g:a:ext:classifier:v}
     * @return the coordinates
     * @throws IllegalArgumentException if the text is not in one of these forms
     */
    public static ArtifactCoordinates parse(String text) {
        String[] parts = text.trim().split(":", -1);
        for (String part : parts) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("not Maven coordinates: '" + text + "' (expected group:artifact:version)");
            }
            // Each part becomes a folder or file name in the repository: no paths, no "..".
            if (!VALID_PART.matcher(part).matches() || part.startsWith(".")) {
                throw new IllegalArgumentException("not Maven coordinates: '" + text + "': '" + part
                        + "' may only have letters, digits and . _ - (and may not start with .)");
            }
        }
        return switch (parts.length) {
            case 3 -> new ArtifactCoordinates(parts[0], parts[1], parts[2], "", "jar");
            case 4 -> new ArtifactCoordinates(parts[0], parts[1], parts[3], "", parts[2]);
            case 5 -> new ArtifactCoordinates(parts[0], parts[1], parts[4], parts[3], parts[2]);
            default -> throw new IllegalArgumentException("not Maven coordinates: '" + text + "' (expected group:artifact:version)");
        };
    }

    /** @return {@code groupId:artifactId}, the key Maven mediates versions by (with the classifier) */
    public String key() {
        return groupId + ":" + artifactId + (classifier.isEmpty() ? "" : ":" + classifier);
    }

    /** @return the pom of the same group, artifact and version */
    public ArtifactCoordinates pom() {
        return new ArtifactCoordinates(groupId, artifactId, version, "", "pom");
    }

    /** @return the path of the file inside a repository, with {@code /} separators */
    public String repositoryPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/"
                + artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + extension;
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + (extension.equals("jar") && classifier.isEmpty() ? "" : extension + ":")
                + (classifier.isEmpty() ? "" : classifier + ":") + version;
    }
}

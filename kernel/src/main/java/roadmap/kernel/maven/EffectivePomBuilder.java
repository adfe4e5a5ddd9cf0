package roadmap.kernel.maven;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link EffectivePom}s: merges the parent chain (properties, dependencies,
 * dependencyManagement), imports BOMs, substitutes {@code ${...}} properties and fills managed
 * versions and scopes. Best effort: profiles and version ranges are not evaluated.
 */
public final class EffectivePomBuilder {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final int MAX_DEPTH = 20;

    private final MavenRepository repository;
    private final Map<ArtifactCoordinates, EffectivePom> cache = new HashMap<>();

    /** @param repository where poms come from */
    public EffectivePomBuilder(MavenRepository repository) {
        this.repository = repository;
    }

    /**
     * @param artifact any artifact; its pom is read
     * @return the effective pom
     * @throws IOException if a pom in the chain cannot be obtained or read
     */
    public EffectivePom build(ArtifactCoordinates artifact) throws IOException {
        return build(artifact.pom(), 0);
    }

    private EffectivePom build(ArtifactCoordinates pom, int depth) throws IOException {
        EffectivePom cached = cache.get(pom);
        if (cached != null) {
            return cached;
        }
        if (depth > MAX_DEPTH) {
            throw new IOException("parent or import chain too deep at " + pom);
        }
        List<PomFile> chain = new ArrayList<>(); // child first
        PomFile current = PomFile.read(repository.fetch(pom));
        chain.add(current);
        while (current.parent() != null) {
            if (chain.size() > MAX_DEPTH) {
                throw new IOException("parent chain too deep at " + pom);
            }
            current = PomFile.read(repository.fetch(current.parent()));
            chain.add(current);
        }
        PomFile self = chain.get(0);
        String groupId = self.groupId().isEmpty() && self.parent() != null ? self.parent().groupId() : self.groupId();
        String version = self.version().isEmpty() && self.parent() != null ? self.parent().version() : self.version();

        Map<String, String> properties = new HashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            properties.putAll(chain.get(i).properties());
        }
        properties.put("project.groupId", groupId);
        properties.put("pom.groupId", groupId);
        properties.put("project.artifactId", self.artifactId());
        properties.put("project.version", version);
        properties.put("pom.version", version);
        properties.put("version", version);
        if (self.parent() != null) {
            properties.put("project.parent.version", self.parent().version());
            properties.put("parent.version", self.parent().version());
            properties.put("project.parent.groupId", self.parent().groupId());
        }

        Map<String, PomDependency> management = new LinkedHashMap<>();
        for (PomFile file : chain) { // the child's entries win
            for (PomDependency raw : file.dependencyManagement()) {
                PomDependency d = substitute(raw, properties);
                if (d.scope().equals("import") && d.type().equals("pom")) {
                    EffectivePom bom = build(new ArtifactCoordinates(d.groupId(), d.artifactId(), d.version(), "", "pom"), depth + 1);
                    bom.management().forEach(management::putIfAbsent);
                } else {
                    management.putIfAbsent(d.managementKey(), d);
                }
            }
        }
        Map<String, PomDependency> dependencies = new LinkedHashMap<>();
        for (PomFile file : chain) {
            for (PomDependency raw : file.dependencies()) {
                PomDependency d = manage(substitute(raw, properties), management);
                dependencies.putIfAbsent(d.managementKey(), d);
            }
        }
        EffectivePom result = new EffectivePom(new ArtifactCoordinates(groupId, self.artifactId(), version, "", "pom"),
                self.packaging(), List.copyOf(dependencies.values()), management);
        cache.put(pom, result);
        return result;
    }

    private static PomDependency manage(PomDependency d, Map<String, PomDependency> management) {
        PomDependency managed = management.get(d.managementKey());
        if (managed == null) {
            return d;
        }
        List<String> exclusions = new ArrayList<>(d.exclusions());
        exclusions.addAll(managed.exclusions());
        return new PomDependency(d.groupId(), d.artifactId(),
                d.version().isEmpty() ? managed.version() : d.version(), d.type(), d.classifier(),
                d.scope().isEmpty() ? managed.scope() : d.scope(), d.optional(), List.copyOf(exclusions));
    }

    private static PomDependency substitute(PomDependency d, Map<String, String> properties) {
        List<String> exclusions = new ArrayList<>();
        for (String e : d.exclusions()) {
            exclusions.add(interpolate(e, properties));
        }
        return new PomDependency(interpolate(d.groupId(), properties), interpolate(d.artifactId(), properties),
                interpolate(d.version(), properties), interpolate(d.type(), properties), interpolate(d.classifier(), properties),
                interpolate(d.scope(), properties), d.optional(), List.copyOf(exclusions));
    }

    /**
     * @param text       text with {@code ${name}} references
     * @param properties the values
     * @return the text with every known reference replaced (recursively); unknown ones are kept
     */
    static String interpolate(String text, Map<String, String> properties) {
        String result = text;
        for (int round = 0; round < 10 && result.contains("${"); round++) {
            Matcher m = PROPERTY.matcher(result);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String value = properties.get(m.group(1));
                if (value == null && m.group(1).startsWith("env.")) {
                    value = System.getenv(m.group(1).substring(4));
                }
                if (value == null) {
                    value = System.getProperty(m.group(1));
                }
                changed |= value != null;
                m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
            }
            m.appendTail(out);
            result = out.toString();
            if (!changed) {
                break;
            }
        }
        return result;
    }
}

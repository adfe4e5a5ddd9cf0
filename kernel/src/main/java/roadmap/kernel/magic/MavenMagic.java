package roadmap.kernel.magic;

import roadmap.kernel.maven.ArtifactCoordinates;
import roadmap.kernel.maven.DependencyResolver;
import roadmap.kernel.maven.MavenRepository;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %maven group:artifact:version...}: adds artifacts and their compile/runtime
 * dependencies to the classpath, from the local Maven repository (~/.m2/repository) first and
 * from Maven Central only for files missing there.
 */
public final class MavenMagic implements LineMagic {
    private final Path localRepository;
    private final java.net.URI remote;

    /** Uses {@link MavenRepository#defaultLocal()} and Maven Central. */
    public MavenMagic() {
        this(MavenRepository.defaultLocal(), MavenRepository.CENTRAL);
    }

    /**
     * @param localRepository the local repository directory
     * @param remote          the remote repository, or {@code null} to stay offline
     */
    public MavenMagic(Path localRepository, java.net.URI remote) {
        this.localRepository = localRepository;
        this.remote = remote;
    }

    @Override
    public List<String> names() {
        return List.of("maven");
    }

    @Override
    public void run(List<String> args, NotebookSession session) throws MagicException {
        if (args.isEmpty()) {
            throw new MagicException("usage: %maven group:artifact:version... (e.g. %maven org.apache.commons:commons-csv:1.14.1)");
        }
        List<ArtifactCoordinates> roots = new ArrayList<>();
        for (String arg : args) {
            try {
                roots.add(ArtifactCoordinates.parse(arg));
            } catch (IllegalArgumentException e) {
                throw new MagicException("%maven: " + e.getMessage());
            }
        }
        MavenRepository repository = new MavenRepository(localRepository, remote);
        List<Path> jars;
        try {
            jars = new DependencyResolver(repository).resolve(roots);
        } catch (IOException e) {
            throw new MagicException("%maven: " + e.getMessage(), e);
        }
        session.addToClasspath(jars);
        System.out.println("Added " + jars.size() + (jars.size() == 1 ? " jar" : " jars") + " to the classpath"
                + (repository.downloads() > 0 ? " (" + repository.downloads() + " files downloaded to " + localRepository + ")" : ""));
    }
}

package roadmap.kernel.maven;

import java.io.IOException;

/** An artifact that is neither in the local repository nor obtainable from the remote one. */
public final class ArtifactNotFoundException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message names the artifact and says where it was looked for */
    public ArtifactNotFoundException(String message) {
        super(message);
    }
}

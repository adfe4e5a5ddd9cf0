package roadmap.track;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTest {

    private static final String A = "0123456789abcdef0123456789abcdef01234567";
    private static final String B = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path tmp;

    @Test
    void looseRefPackedRefDetachedAndNone() throws Exception {
        Path repo = tmp.resolve("repo");
        Path git = Files.createDirectories(repo.resolve(".git/refs/heads")).getParent().getParent();
        Path sub = Files.createDirectories(repo.resolve("a/b"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("packed-refs"), "# pack-refs with: peeled\n" + B + " refs/heads/main\n");
        assertEquals(Optional.of(B), GitCommit.of(sub), "from packed-refs");
        Files.writeString(git.resolve("refs/heads/main"), A + "\n");
        assertEquals(Optional.of(A), GitCommit.of(sub), "a loose ref wins over packed-refs");
        Files.writeString(git.resolve("HEAD"), B + "\n");
        assertEquals(Optional.of(B), GitCommit.of(repo), "detached HEAD");
        assertEquals(Optional.empty(), GitCommit.of(Files.createDirectories(tmp.resolve("elsewhere"))));
    }

    @Test
    void linkedWorktreeFollowsGitdirAndCommondir() throws Exception {
        Path common = Files.createDirectories(tmp.resolve("main/.git/refs/heads"));
        Path wtGit = Files.createDirectories(tmp.resolve("main/.git/worktrees/wt"));
        Files.writeString(wtGit.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(wtGit.resolve("commondir"), "../..\n");
        Files.writeString(common.resolve("feature"), A + "\n");
        Path wt = Files.createDirectories(tmp.resolve("wt"));
        Files.writeString(wt.resolve(".git"), "gitdir: " + wtGit + "\n");
        assertEquals(Optional.of(A), GitCommit.of(wt));
    }
}

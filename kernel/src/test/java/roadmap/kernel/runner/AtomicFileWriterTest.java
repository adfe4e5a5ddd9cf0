package roadmap.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesContentKeepsPermissionsAndLeavesNoTempFile() throws Exception {
        Path target = dir.resolve("n.ipynb");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFileWriter.write(target, "new ✔");
        assertEquals("new ✔", Files.readString(target));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of("n.ipynb"), names());
    }

    @Test
    void aFailedWriteLeavesTheTargetUntouchedAndNoTempFile() throws Exception {
        Path target = dir.resolve("occupied");
        Files.createDirectories(target.resolve("child"));
        assertThrows(IOException.class, () -> AtomicFileWriter.write(target, "x"));
        assertEquals(List.of("occupied"), names());
        assertEquals(List.of(target.resolve("child")), Files.list(target).toList());
    }

    @Test
    void createsMissingDirectories() throws Exception {
        Path target = dir.resolve("out/sub/n.ipynb");
        AtomicFileWriter.write(target, "x");
        assertEquals("x", Files.readString(target));
    }

    @Test
    void leftoversOfAKilledRunAreRemovedAtTheNextWrite(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.writeString(dir.resolve(".nb.ipynb." + gone.pid() + "-123.tmp"), "half written");
        Path staleFolder = Files.createDirectories(dir.resolve("roadmap-kernel-" + gone.pid() + "-456"));
        Files.writeString(staleFolder.resolve("kernel.json"), "{}");
        Path live = Files.writeString(dir.resolve(".nb.ipynb." + ProcessHandle.current().pid() + "-789.tmp"), "being written");
        AtomicFileWriter.write(dir.resolve("nb.ipynb"), "{}");
        assertEquals(false, Files.exists(stale), "the dead run's temp file is removed");
        assertEquals(true, Files.exists(live), "a living run's temp file is kept");
        assertEquals(1, roadmap.kernel.client.StaleFiles.removeLeftovers(dir, "roadmap-kernel-", ""));
        assertEquals(false, Files.exists(staleFolder));
    }
}

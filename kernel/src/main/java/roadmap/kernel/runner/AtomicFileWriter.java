package roadmap.kernel.runner;

import roadmap.kernel.client.StaleFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old or the new contents, never a half-written
 * file: write a temporary file in the same directory, force it to disk, then rename it over the
 * target. The target's POSIX permissions are kept.
 */
public final class AtomicFileWriter {

    private AtomicFileWriter() {
    }

    /**
     * @param target file to create or replace
     * @param text   its new contents (UTF-8)
     * @throws IOException if writing fails; the target is then unchanged and no temp file remains
     */
    public static void write(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        String prefix = "." + absolute.getFileName() + ".";
        StaleFiles.removeLeftovers(dir, prefix, ".tmp"); // what a killed run left mid-write
        Path temp = Files.createTempFile(dir, StaleFiles.ownPrefix(prefix), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                if (Files.exists(absolute)) {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(absolute));
                } else {
                    Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

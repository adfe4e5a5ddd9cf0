package roadmap.kernel.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionInfoTest {

    @Test
    void allocatesFiveDistinctLoopbackPortsAndA32ByteHexKey() {
        ConnectionInfo info = ConnectionInfo.allocate("java");
        Set<Integer> ports = Set.of(info.shellPort(), info.iopubPort(), info.stdinPort(), info.controlPort(), info.hbPort());
        assertEquals(5, ports.size(), "ports must be distinct: " + info);
        assertEquals("127.0.0.1", info.ip());
        assertEquals("tcp", info.transport());
        assertEquals("hmac-sha256", info.signatureScheme());
        assertTrue(info.key().matches("[0-9a-f]{64}"), info.key());
        assertEquals("tcp://127.0.0.1:" + info.shellPort(), info.endpoint(info.shellPort()));
    }

    @Test
    void keysDifferBetweenAllocations() {
        long distinct = IntStream.range(0, 5).mapToObj(i -> ConnectionInfo.allocate("").key()).distinct().count();
        assertEquals(5, distinct);
    }

    @Test
    void writesAnOwnerOnlyFileThatReadsBack(@TempDir Path dir) throws Exception {
        ConnectionInfo info = ConnectionInfo.allocate("java");
        Path file = dir.resolve("kernel.json");
        info.write(file);
        assertEquals(info, ConnectionInfo.read(file));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        String json = Files.readString(file);
        assertTrue(json.contains("\"shell_port\"") && json.contains("\"signature_scheme\""), json);
    }
}

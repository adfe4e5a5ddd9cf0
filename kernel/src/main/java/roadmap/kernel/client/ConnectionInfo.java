package roadmap.kernel.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The contents of a Jupyter connection file: where the five kernel sockets listen and the key
 * that signs every message.
 *
 * @param transport       always {@code tcp} for files this class creates
 * @param ip              the address the kernel binds; {@code 127.0.0.1} for files this class creates
 * @param shellPort       shell channel (requests and replies)
 * @param iopubPort       iopub channel (outputs and status broadcasts)
 * @param stdinPort       stdin channel (input requests)
 * @param controlPort     control channel (interrupt, shutdown)
 * @param hbPort          heartbeat channel (echo)
 * @param key             the HMAC key as text; empty disables signing
 * @param signatureScheme e.g. {@code hmac-sha256}
 * @param kernelName      kernel name recorded in the file (may be empty)
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
                             int controlPort, int hbPort, String key, String signatureScheme, String kernelName) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Picks five distinct free TCP ports on 127.0.0.1 and a random 32-byte hex key.
     *
     * @param kernelName recorded as {@code kernel_name}
     * @return connection info ready to be written to a file
     */
    public static ConnectionInfo allocate(String kernelName) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            int[] ports = new int[5];
            for (int i = 0; i < ports.length; i++) {
                ServerSocket socket = new ServerSocket(0, 1, loopback);
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            byte[] keyBytes = new byte[32];
            RANDOM.nextBytes(keyBytes);
            return new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4],
                    HexFormat.of().formatHex(keyBytes), "hmac-sha256", kernelName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports on 127.0.0.1", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is released either way
                }
            }
        }
    }

    /**
     * Reads a connection file as written by Jupyter or by {@link #write(Path)}.
     *
     * @param file the connection file
     * @return its contents
     * @throws IOException if it cannot be read or lacks a port
     */
    public static ConnectionInfo read(Path file) throws IOException {
        JsonNode json = JSON.readTree(file.toFile());
        return new ConnectionInfo(json.path("transport").asText("tcp"), json.path("ip").asText("127.0.0.1"),
                port(json, "shell_port"), port(json, "iopub_port"), port(json, "stdin_port"),
                port(json, "control_port"), port(json, "hb_port"), json.path("key").asText(""),
                json.path("signature_scheme").asText("hmac-sha256"), json.path("kernel_name").asText(""));
    }

    private static int port(JsonNode json, String field) throws IOException {
        if (!json.path(field).canConvertToInt()) {
            throw new IOException("connection file lacks " + field);
        }
        return json.path(field).asInt();
    }

    /** @return the connection file's JSON, field names as Jupyter spells them */
    public ObjectNode toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("transport", transport);
        json.put("ip", ip);
        json.put("shell_port", shellPort);
        json.put("iopub_port", iopubPort);
        json.put("stdin_port", stdinPort);
        json.put("control_port", controlPort);
        json.put("hb_port", hbPort);
        json.put("key", key);
        json.put("signature_scheme", signatureScheme);
        json.put("kernel_name", kernelName);
        return json;
    }

    /**
     * Writes the connection file, readable and writable by the owner only where the file system
     * supports POSIX permissions (the key is a secret).
     *
     * @param file where to write
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson()).getBytes(StandardCharsets.UTF_8);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(file, bytes);
    }

    /**
     * @param port one of this record's ports
     * @return the ZeroMQ endpoint, e.g. {@code tcp://127.0.0.1:5555}
     */
    public String endpoint(int port) {
        return transport + "://" + ip + ":" + port;
    }
}

package roadmap.kernel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** The bytes of a ZMTP 3.0 NULL-mechanism handshake, for tests that misbehave below ZeroMQ. */
final class ZmtpGreeting {
    private ZmtpGreeting() {
    }

    /** @return the 64-byte greeting: signature, version 3.0, mechanism NULL, as-server 0 */
    static byte[] greeting() {
        byte[] g = new byte[64];
        g[0] = (byte) 0xFF;
        g[9] = 0x7F;
        g[10] = 3;
        g[11] = 0;
        byte[] mechanism = "NULL".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mechanism, 0, g, 12, mechanism.length);
        return g;
    }

    /**
     * @param socketType e.g. {@code DEALER}
     * @return a READY command announcing the socket type
     */
    static byte[] readyCommand(String socketType) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(5);
        body.writeBytes("READY".getBytes(StandardCharsets.US_ASCII));
        byte[] name = "Socket-Type".getBytes(StandardCharsets.US_ASCII);
        byte[] value = socketType.getBytes(StandardCharsets.US_ASCII);
        body.write(name.length);
        body.writeBytes(name);
        body.writeBytes(new byte[] {0, 0, 0, (byte) value.length});
        body.writeBytes(value);
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        command.write(0x04);
        command.write(body.size());
        command.writeBytes(body.toByteArray());
        return command.toByteArray();
    }

    /**
     * Reads until the peer closes the connection.
     *
     * @param in the connection
     * @return -1 once closed
     * @throws IOException if the peer keeps it open past the socket's timeout
     */
    static int drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        try {
            while (true) {
                if (in.read(buffer) < 0) {
                    return -1;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new IOException("the peer kept the connection open", e);
        } catch (java.net.SocketException e) {
            return -1; // reset by the peer: closed as well
        }
    }
}

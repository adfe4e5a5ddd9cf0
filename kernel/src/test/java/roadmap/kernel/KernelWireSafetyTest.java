package roadmap.kernel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import roadmap.kernel.client.ConnectionInfo;
import roadmap.kernel.client.ExecuteResult;
import roadmap.kernel.client.JupyterMessage;
import roadmap.kernel.client.KernelClient;
import roadmap.kernel.client.MessageSigner;
import roadmap.kernel.client.WireCodec;
import roadmap.kernel.wire.WireLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A local process without the key (every local process can reach the loopback ports) can
 * neither desynchronise, stall nor exhaust the kernel; oversized and replayed signed messages
 * get an answer or are refused. Each test sends its attack from its own ZeroMQ socket, then
 * checks the legitimate client is still served.
 */
class KernelWireSafetyTest {
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path workDir;

    private static KernelUnderTest kernel;
    private static KernelClient client;
    private ZContext attackerContext;

    @BeforeAll
    static void startKernel() {
        kernel = KernelUnderTest.start(workDir);
        client = kernel.client();
    }

    @AfterAll
    static void stopKernel() {
        if (kernel != null) {
            kernel.close();
        }
    }

    @BeforeEach
    void openAttacker() {
        attackerContext = new ZContext();
    }

    @AfterEach
    void closeAttacker() {
        attackerContext.close();
    }

    private ZMQ.Socket attacker(int port) {
        ZMQ.Socket socket = attackerContext.createSocket(SocketType.DEALER);
        socket.setLinger(0);
        socket.connect(client.connectionInfo().endpoint(port));
        return socket;
    }

    private static void send(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    private static void assertClientServed() {
        JupyterMessage reply = client.shellRequest("kernel_info_request", JsonNodeFactory.instance.objectNode(), REPLY_TIMEOUT);
        assertEquals("kernel_info_reply", reply.msgType());
        ExecuteResult result = client.execute("1 + 2", REPLY_TIMEOUT);
        assertEquals(Optional.of("3"), result.data("text/plain"), () -> result.status() + " " + result.outputs() + " " + result.reply()
                + "\nkernel output:\n" + kernel.process().outputTail(40));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void oneFrameWithoutDelimiterDoesNotShiftTheNextMessage() {
        ZMQ.Socket socket = attacker(client.connectionInfo().shellPort());
        socket.send(ascii("no delimiter here"), 0);
        assertClientServed();
        socket.setReceiveTimeOut(500);
        assertNull(socket.recv(0), "the peer without the key receives nothing (no reply was routed to it)");
    }

    @Test
    void twoFrameMessageDoesNotSwallowTheNextRequest() {
        ZMQ.Socket socket = attacker(client.connectionInfo().shellPort());
        send(socket, List.of(ascii("<IDS|MSG>"), ascii("0000")));
        assertClientServed();
        ZMQ.Socket control = attacker(client.connectionInfo().controlPort());
        send(control, List.of(ascii("<IDS|MSG>"), ascii("sig"), ascii("{}")));
        assertTrue(client.interrupt(), "the control channel still answers");
    }

    @Test
    void frameAboveTheSizeLimitIsRefusedAndTheKernelKeepsServing() throws IOException {
        // Speaks ZMTP 3.0 by hand so the frame can announce 700 MB without the test sending them.
        long announced = 700L * 1024 * 1024;
        try (Socket raw = new Socket(InetAddress.getLoopbackAddress(), client.connectionInfo().shellPort())) {
            raw.setSoTimeout(10_000);
            OutputStream out = raw.getOutputStream();
            out.write(ZmtpGreeting.greeting());
            out.write(ZmtpGreeting.readyCommand("DEALER"));
            out.write(new byte[] {0x03, 9});                 // delimiter frame, MORE
            out.write(ascii("<IDS|MSG>"));
            out.write(0x02);                                  // LONG frame, last
            out.write(ByteBuffer.allocate(8).putLong(announced).array());
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = raw.getInputStream();
            assertEquals(-1, ZmtpGreeting.drain(in), "the kernel closes the connection once it reads the frame's length");
        }
        assertClientServed();
        assertTrue(client.isAlive(), "heartbeat still echoes");
    }

    @Test
    void signedRequestAboveTheCellLimitGetsAClearError() {
        String code = "// " + "x".repeat(WireLimits.MAX_REQUEST_CONTENT_BYTES) + "\n1";
        ExecuteResult result = client.execute(code, Duration.ofSeconds(60));
        assertEquals(ExecuteResult.Status.ERROR, result.status(), () -> "reply: " + result.reply());
        ExecuteResult.ErrorInfo error = result.error().orElseThrow();
        assertEquals("RequestTooLarge", error.ename());
        assertTrue(error.evalue().contains(String.format("at most %,d bytes", WireLimits.MAX_REQUEST_CONTENT_BYTES)), error.evalue());
        assertClientServed();
    }

    @Test
    void replayedMessageIsRunOnce() {
        ConnectionInfo info = client.connectionInfo();
        WireCodec codec = new WireCodec(new MessageSigner(info.key(), info.signatureScheme()));
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        List<byte[]> frames = codec.encode(codec.newMessage("kernel_info_request", content), null);
        ZMQ.Socket socket = attacker(info.shellPort());
        send(socket, frames);
        send(socket, frames);
        socket.setReceiveTimeOut(3000);
        List<String> replies = new ArrayList<>();
        for (List<byte[]> message = receive(socket); message != null; message = receive(socket)) {
            replies.add(codec.decode(message).map(JupyterMessage::msgType).orElse("undecodable " + message.size() + " frames"));
            socket.setReceiveTimeOut(1500);
        }
        assertEquals(List.of("kernel_info_reply"), replies, "the copy is refused");
        assertClientServed();
    }

    private static List<byte[]> receive(ZMQ.Socket socket) {
        byte[] first = socket.recv(0);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>(List.of(first));
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }
}

package roadmap.kernel.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCodecTest {

    private final MessageSigner signer = new MessageSigner("0123456789abcdef", "hmac-sha256");
    private final WireCodec codec = new WireCodec(signer);

    private JupyterMessage sample() {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("code", "1 + 1 // ünïcode");
        return codec.newMessage("execute_request", content);
    }

    @Test
    void encodesDelimiterSignatureAndFourJsonParts() {
        List<byte[]> frames = codec.encode(sample(), null);
        assertEquals(6, frames.size());
        assertArrayEquals(WireCodec.DELIMITER, frames.get(0));
        String signature = new String(frames.get(1), StandardCharsets.US_ASCII);
        assertEquals(signer.sign(frames.get(2), frames.get(3), frames.get(4), frames.get(5)), signature);
    }

    @Test
    void roundTripsWithRoutingIdentitiesInFront() {
        JupyterMessage message = sample();
        List<byte[]> frames = new ArrayList<>();
        frames.add("identity".getBytes(StandardCharsets.US_ASCII));
        frames.addAll(codec.encode(message, null));
        JupyterMessage decoded = codec.decode(frames).orElseThrow();
        assertEquals(message.msgId(), decoded.msgId());
        assertEquals("execute_request", decoded.msgType());
        assertEquals("5.3", decoded.header().path("version").asText());
        assertEquals("1 + 1 // ünïcode", decoded.get("code").asText());
    }

    @Test
    void decodesAStringLongerThanJacksonsDefaultLimit() {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("evalue", "e".repeat(25_000_000));
        List<byte[]> frames = codec.encode(codec.newMessage("error", content), null);
        JupyterMessage decoded = codec.decode(frames).orElseThrow(() -> new AssertionError("a 25M-character message was dropped"));
        assertEquals(25_000_000, decoded.get("evalue").asText().length());
    }

    @Test
    void rejectsTamperedContentAndForgedSignature() {
        List<byte[]> tampered = new ArrayList<>(codec.encode(sample(), null));
        tampered.set(5, "{\"code\":\"evil()\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(codec.decode(tampered).isEmpty());
        List<byte[]> forged = codec.encode(sample(), "deadbeef".getBytes(StandardCharsets.US_ASCII));
        assertTrue(codec.decode(forged).isEmpty());
    }

    @Test
    void rejectsMessagesSignedWithAnotherKey() {
        WireCodec stranger = new WireCodec(new MessageSigner("another key", "hmac-sha256"));
        assertTrue(codec.decode(stranger.encode(stranger.newMessage("status", JsonNodeFactory.instance.objectNode()), null)).isEmpty());
    }

    @Test
    void rejectsFramesWithoutDelimiter() {
        assertTrue(codec.decode(List.of("x".getBytes(StandardCharsets.US_ASCII))).isEmpty());
    }
}

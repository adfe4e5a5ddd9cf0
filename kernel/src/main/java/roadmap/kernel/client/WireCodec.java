package roadmap.kernel.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Turns messages into ZeroMQ frames and back, following the Jupyter wire protocol (version 5.3):
 * {@code [identities…] <IDS|MSG> signature header parent_header metadata content [buffers…]}.
 * Received messages whose signature does not verify are rejected.
 */
public final class WireCodec {

    /** The frame separating routing identities from the message. */
    public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    /** The protocol version this client speaks. */
    public static final String PROTOCOL_VERSION = "5.3";

    private static final Logger LOG = Logger.getLogger(WireCodec.class.getName());
    /**
     * Reads messages of any size the kernel sends (Jackson's default cap of 20 million characters
     * per string would drop a large value or error message silently).
     */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build());

    private final MessageSigner signer;
    private final String session = UUID.randomUUID().toString();

    /** @param signer signs outgoing and verifies incoming messages */
    public WireCodec(MessageSigner signer) {
        this.signer = signer;
    }

    /** @return the session id put into every header this codec creates */
    public String session() {
        return session;
    }

    /**
     * Builds a new request message with a fresh msg_id.
     *
     * @param msgType e.g. {@code execute_request}
     * @param content the body
     * @return the message (parent header and metadata empty)
     */
    public JupyterMessage newMessage(String msgType, ObjectNode content) {
        ObjectNode header = JSON.createObjectNode();
        header.put("msg_id", UUID.randomUUID().toString());
        header.put("msg_type", msgType);
        header.put("session", session);
        header.put("username", "roadmap-runner");
        header.put("date", Instant.now().toString());
        header.put("version", PROTOCOL_VERSION);
        return new JupyterMessage(header, JSON.createObjectNode(), JSON.createObjectNode(), content, List.of());
    }

    /**
     * @param message           the message
     * @param signatureOverride if non-null, sent instead of the real signature (for tests)
     * @return the frames to send, starting with the delimiter
     */
    public List<byte[]> encode(JupyterMessage message, byte[] signatureOverride) {
        byte[] header = bytes(message.header());
        byte[] parent = bytes(message.parentHeader());
        byte[] metadata = bytes(message.metadata());
        byte[] content = bytes(message.content());
        byte[] signature = signatureOverride != null ? signatureOverride
                : signer.sign(header, parent, metadata, content).getBytes(StandardCharsets.US_ASCII);
        List<byte[]> frames = new ArrayList<>(List.of(DELIMITER, signature, header, parent, metadata, content));
        frames.addAll(message.buffers());
        return frames;
    }

    /**
     * @param frames all frames of one multipart message, identities or topic first
     * @return the message, or empty if it is malformed or its signature is wrong
     */
    public Optional<JupyterMessage> decode(List<byte[]> frames) {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0 || frames.size() < delimiter + 6) {
            return Optional.empty();
        }
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        byte[] header = frames.get(delimiter + 2);
        byte[] parent = frames.get(delimiter + 3);
        byte[] metadata = frames.get(delimiter + 4);
        byte[] content = frames.get(delimiter + 5);
        if (!signer.verify(signature, header, parent, metadata, content)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JupyterMessage(object(header), object(parent), object(metadata), object(content),
                    List.copyOf(frames.subList(delimiter + 6, frames.size()))));
        } catch (IOException e) {
            // A correctly signed message that cannot be read is never dropped silently.
            LOG.warning(() -> String.format("dropped a signed message of %,d content bytes that could not be read: %s",
                    content.length, e.getMessage()));
            return Optional.empty();
        }
    }

    private static ObjectNode object(byte[] json) throws IOException {
        JsonNode node = JSON.readTree(json);
        if (node == null || node.isMissingNode() || node.isNull()) {
            return JSON.createObjectNode();
        }
        if (!node.isObject()) {
            throw new IOException("message part is not a JSON object");
        }
        return (ObjectNode) node;
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

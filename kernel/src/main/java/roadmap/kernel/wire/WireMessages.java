package roadmap.kernel.wire;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;

import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns the frames of one multipart message into a basekernel {@link Message}, or refuses it:
 * <ul>
 *   <li>no {@code <IDS|MSG>} delimiter, too few or too many frames → {@link RejectedMessage};</li>
 *   <li>signature wrong (compared in constant time) or seen before (a replay) →
 *       {@link RejectedMessage};</li>
 *   <li>a correctly signed {@code execute_request} larger than
 *       {@link WireLimits#MAX_REQUEST_CONTENT_BYTES} → {@link OversizedRequest}, unparsed.</li>
 * </ul>
 * The JSON is read with basekernel's own Gson so its message classes come out as before.
 */
final class WireMessages {
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final Gson GSON = basekernelGson();
    private static final Type MAP_TYPE = new com.google.gson.reflect.TypeToken<Map<String, Object>>() { }.getType();

    private final HMACGenerator hmac;
    private final DigestHistory digests;

    WireMessages(HMACGenerator hmac, DigestHistory digests) {
        this.hmac = hmac;
        this.digests = digests;
    }

    /**
     * @param frames every frame of one multipart message, routing identities first; a
     *               {@code null} last frame marks a message that had too many frames
     * @return the message
     * @throws RejectedMessage if it is malformed, wrongly signed or replayed
     * @throws OversizedRequest if it is a signed execute_request too large to run
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    Message<?> decode(List<byte[]> frames) {
        if (frames.get(frames.size() - 1) == null) {
            throw new RejectedMessage("more than " + WireLimits.MAX_FRAMES + " frames");
        }
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0) {
            throw new RejectedMessage("no <IDS|MSG> delimiter in " + frames.size() + " frame(s)");
        }
        if (frames.size() < delimiter + 6) {
            throw new RejectedMessage((frames.size() - delimiter - 1) + " frame(s) after the delimiter, 5 needed");
        }
        byte[] signature = frames.get(delimiter + 1);
        byte[] header = frames.get(delimiter + 2);
        byte[] parent = frames.get(delimiter + 3);
        byte[] metadata = frames.get(delimiter + 4);
        byte[] content = frames.get(delimiter + 5);
        String expected = hmac.calculateSignature(header, parent, metadata, content);
        if (expected != null) { // null: the connection file has no key, nothing is signed
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature)) {
                throw new RejectedMessage("wrong signature");
            }
            if (!digests.add(signature)) {
                throw new RejectedMessage("replayed (its signature was seen before)");
            }
        }
        List<byte[]> identities = List.copyOf(frames.subList(0, delimiter));
        List<byte[]> blobs = List.copyOf(frames.subList(delimiter + 6, frames.size()));
        try {
            Header<?> head = GSON.fromJson(utf8(header), Header.class);
            if (head == null || head.getType() == null) {
                throw new RejectedMessage("no message header");
            }
            Header<?> parentHeader = null;
            JsonElement parentJson = JsonParser.parseString(utf8(parent));
            if (parentJson.isJsonObject() && parentJson.getAsJsonObject().size() > 0) {
                parentHeader = GSON.fromJson(parentJson, Header.class);
            }
            Map<String, Object> meta = GSON.fromJson(utf8(metadata), MAP_TYPE);
            if (head.getType() == MessageType.EXECUTE_REQUEST && content.length > WireLimits.MAX_REQUEST_CONTENT_BYTES) {
                throw new OversizedRequest(new Message(identities, head, parentHeader, meta, null, blobs), content.length);
            }
            Object body = GSON.fromJson(utf8(content), head.getType().getContentType());
            return new Message(identities, head, parentHeader, meta, body, blobs);
        } catch (RuntimeException e) {
            if (e instanceof RejectedMessage || e instanceof OversizedRequest) {
                throw e;
            }
            throw new RejectedMessage("unreadable JSON: " + e);
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Gson basekernelGson() {
        try {
            Field field = JupyterSocket.class.getDeclaredField("gson");
            field.setAccessible(true);
            return (Gson) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this basekernel version keeps its Gson elsewhere", e);
        }
    }

    /** A message dropped without a reply. */
    static final class RejectedMessage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RejectedMessage(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A signed execute_request too large to run: it is answered with an error. */
    static final class OversizedRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Message<?> context;

        OversizedRequest(Message<?> context, int bytes) {
            super(String.format("the cell is %,d bytes; the kernel runs cells of at most %,d bytes",
                    bytes, WireLimits.MAX_REQUEST_CONTENT_BYTES), null, false, false);
            this.context = context;
        }

        Message<?> context() {
            return context;
        }
    }
}

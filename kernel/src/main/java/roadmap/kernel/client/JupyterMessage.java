package roadmap.kernel.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One Jupyter message as received or sent: the four JSON parts plus binary buffers.
 *
 * @param header       msg_id, msg_type, session, date, username, version
 * @param parentHeader header of the request this message answers ({} if none)
 * @param metadata     message metadata
 * @param content      the message body
 * @param buffers      extra binary frames (usually none)
 */
public record JupyterMessage(ObjectNode header, ObjectNode parentHeader, ObjectNode metadata,
                             ObjectNode content, List<byte[]> buffers) {

    /** @return {@code header.msg_type} */
    public String msgType() {
        return header.path("msg_type").asText("");
    }

    /** @return {@code header.msg_id} */
    public String msgId() {
        return header.path("msg_id").asText("");
    }

    /** @return {@code parent_header.msg_id}, or "" when there is no parent */
    public String parentMsgId() {
        return parentHeader.path("msg_id").asText("");
    }

    /** @return the message as one JSON object with header, parent_header, metadata, content */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("header", header);
        json.set("parent_header", parentHeader);
        json.set("metadata", metadata);
        json.set("content", content);
        json.put("msg_type", msgType());
        return json;
    }

    /**
     * @param name a content field
     * @return that field or a missing node
     */
    public JsonNode get(String name) {
        return content.path(name);
    }
}

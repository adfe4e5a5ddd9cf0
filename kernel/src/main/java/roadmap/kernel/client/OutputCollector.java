package roadmap.kernel.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts the iopub messages of one execution into nbformat 4.5 outputs, the way nbclient does:
 * consecutive stream messages of the same name are merged (raw text, {@code \r} kept),
 * {@code clear_output} honours {@code wait}, and {@code update_display_data} rewrites earlier
 * outputs with the same display id through the shared {@link DisplayRegistry}.
 */
public final class OutputCollector {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DisplayRegistry displays;
    private final List<ObjectNode> outputs = new ArrayList<>();
    private StringBuilder openStreamText;
    private ObjectNode openStream;
    private boolean clearPending;

    /** @param displays the client-wide display id registry */
    public OutputCollector(DisplayRegistry displays) {
        this.displays = displays;
    }

    /**
     * Handles one iopub message addressed to this execution; message types that carry no output
     * (status, execute_input, comm messages…) are ignored.
     *
     * @param message the iopub message
     */
    public void accept(JupyterMessage message) {
        ObjectNode content = message.content();
        switch (message.msgType()) {
            case "stream" -> appendStream(content.path("name").asText("stdout"), content.path("text").asText(""));
            case "display_data" -> addDisplay(content);
            case "execute_result" -> {
                ObjectNode output = newOutput("execute_result");
                output.set("data", objectOrEmpty(content.path("data")));
                output.set("metadata", objectOrEmpty(content.path("metadata")));
                output.set("execution_count", content.path("execution_count").deepCopy());
                add(output);
                registerDisplayId(content, output);
            }
            case "error" -> {
                ObjectNode output = newOutput("error");
                output.put("ename", content.path("ename").asText(""));
                output.put("evalue", content.path("evalue").asText(""));
                ArrayNode traceback = output.putArray("traceback");
                content.path("traceback").forEach(line -> traceback.add(line.asText()));
                add(output);
            }
            case "clear_output" -> {
                if (content.path("wait").asBoolean(false)) {
                    clearPending = true;
                } else {
                    clearNow();
                }
            }
            case "update_display_data" -> {
                String id = content.path("transient").path("display_id").asText("");
                if (!id.isEmpty()) {
                    displays.update(id, objectOrEmpty(content.path("data")), objectOrEmpty(content.path("metadata")));
                }
            }
            default -> {
                // status, execute_input, comm_* and unknown types carry no cell output
            }
        }
    }

    /** @return the outputs so far, as an nbformat {@code outputs} array */
    public ArrayNode outputs() {
        closeStream();
        ArrayNode array = NODES.arrayNode();
        outputs.forEach(array::add);
        return array;
    }

    private void addDisplay(ObjectNode content) {
        ObjectNode output = newOutput("display_data");
        output.set("data", objectOrEmpty(content.path("data")));
        output.set("metadata", objectOrEmpty(content.path("metadata")));
        add(output);
        registerDisplayId(content, output);
    }

    private void registerDisplayId(ObjectNode content, ObjectNode output) {
        String id = content.path("transient").path("display_id").asText("");
        if (!id.isEmpty()) {
            displays.register(id, output);
        }
    }

    private void appendStream(String name, String text) {
        applyPendingClear();
        if (openStream != null && openStream.path("name").asText().equals(name)) {
            openStreamText.append(text);
            return;
        }
        closeStream();
        ObjectNode output = newOutput("stream");
        output.put("name", name);
        outputs.add(output);
        openStream = output;
        openStreamText = new StringBuilder(text);
    }

    private void add(ObjectNode output) {
        applyPendingClear();
        closeStream();
        outputs.add(output);
    }

    private void closeStream() {
        if (openStream != null) {
            openStream.put("text", openStreamText.toString());
            openStream = null;
            openStreamText = null;
        }
    }

    private void applyPendingClear() {
        if (clearPending) {
            clearPending = false;
            clearNow();
        }
    }

    private void clearNow() {
        closeStream();
        outputs.forEach(displays::forget);
        outputs.clear();
    }

    private static ObjectNode newOutput(String type) {
        ObjectNode output = NODES.objectNode();
        output.put("output_type", type);
        return output;
    }

    private static ObjectNode objectOrEmpty(JsonNode node) {
        return node.isObject() ? (ObjectNode) node.deepCopy() : NODES.objectNode();
    }
}

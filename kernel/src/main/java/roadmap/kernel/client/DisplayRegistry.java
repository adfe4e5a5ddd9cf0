package roadmap.kernel.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers which outputs carry which {@code display_id}, across all cells run by one client, so
 * that {@code update_display_data} can rewrite them in place as Jupyter front-ends do.
 */
public final class DisplayRegistry {

    private final Map<String, List<ObjectNode>> outputsById = new HashMap<>();

    /**
     * @param displayId the id from the message's {@code transient} field
     * @param output    the display_data output node that shows it
     */
    public void register(String displayId, ObjectNode output) {
        outputsById.computeIfAbsent(displayId, id -> new ArrayList<>()).add(output);
    }

    /**
     * Replaces data and metadata of every output registered under the id.
     *
     * @param displayId the id
     * @param data      new mime bundle
     * @param metadata  new metadata
     * @return how many outputs were updated
     */
    public int update(String displayId, JsonNode data, JsonNode metadata) {
        List<ObjectNode> outputs = outputsById.getOrDefault(displayId, List.of());
        for (ObjectNode output : outputs) {
            output.set("data", data.deepCopy());
            output.set("metadata", metadata.deepCopy());
        }
        return outputs.size();
    }

    /** @param output an output that was cleared and is no longer shown */
    public void forget(ObjectNode output) {
        outputsById.values().forEach(list -> list.removeIf(registered -> registered == output));
    }
}

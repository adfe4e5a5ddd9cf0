package roadmap.kernel.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputCollectorTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final DisplayRegistry displays = new DisplayRegistry();
    private final OutputCollector collector = new OutputCollector(displays);

    private static JupyterMessage message(String type, ObjectNode content) {
        ObjectNode header = NODES.objectNode();
        header.put("msg_type", type);
        return new JupyterMessage(header, NODES.objectNode(), NODES.objectNode(), content, List.of());
    }

    private static JupyterMessage stream(String name, String text) {
        ObjectNode content = NODES.objectNode();
        content.put("name", name);
        content.put("text", text);
        return message("stream", content);
    }

    private static JupyterMessage display(String type, String text, String displayId) {
        ObjectNode content = NODES.objectNode();
        content.putObject("data").put("text/plain", text);
        content.putObject("metadata");
        if (displayId != null) {
            content.putObject("transient").put("display_id", displayId);
        }
        return message(type, content);
    }

    private static JupyterMessage clear(boolean wait) {
        ObjectNode content = NODES.objectNode();
        content.put("wait", wait);
        return message("clear_output", content);
    }

    @Test
    void mergesConsecutiveStreamsOfTheSameNameKeepingCarriageReturns() {
        collector.accept(stream("stdout", "a\n"));
        collector.accept(stream("stdout", "50%\r"));
        collector.accept(stream("stdout", "100%\n"));
        collector.accept(stream("stderr", "warn\n"));
        collector.accept(stream("stdout", "b\n"));
        ArrayNode outputs = collector.outputs();
        assertEquals(3, outputs.size());
        assertEquals("a\n50%\r100%\n", outputs.get(0).path("text").asText());
        assertEquals("stderr", outputs.get(1).path("name").asText());
        assertEquals("b\n", outputs.get(2).path("text").asText());
    }

    @Test
    void convertsExecuteResultAndErrorToNbformat() {
        ObjectNode result = NODES.objectNode();
        result.putObject("data").put("text/plain", "2");
        result.putObject("metadata");
        result.put("execution_count", 7);
        collector.accept(message("execute_result", result));
        ObjectNode error = NODES.objectNode();
        error.put("ename", "java.lang.ArithmeticException");
        error.put("evalue", "/ by zero");
        error.putArray("traceback").add("line 1").add("line 2");
        collector.accept(message("error", error));
        collector.accept(message("status", NODES.objectNode().put("execution_state", "idle")));
        ArrayNode outputs = collector.outputs();
        assertEquals(2, outputs.size());
        assertEquals("{\"output_type\":\"execute_result\",\"data\":{\"text/plain\":\"2\"},\"metadata\":{},\"execution_count\":7}",
                outputs.get(0).toString());
        assertEquals("{\"output_type\":\"error\",\"ename\":\"java.lang.ArithmeticException\",\"evalue\":\"/ by zero\","
                + "\"traceback\":[\"line 1\",\"line 2\"]}", outputs.get(1).toString());
    }

    @Test
    void clearOutputWithWaitClearsOnlyWhenTheNextOutputArrives() {
        collector.accept(stream("stdout", "step 1\n"));
        collector.accept(clear(true));
        assertEquals(1, collector.outputs().size());
        collector.accept(stream("stdout", "step 2\n"));
        ArrayNode outputs = collector.outputs();
        assertEquals(1, outputs.size());
        assertEquals("step 2\n", outputs.get(0).path("text").asText());
    }

    @Test
    void clearOutputWithoutWaitClearsAtOnce() {
        collector.accept(display("display_data", "x", null));
        collector.accept(clear(false));
        assertEquals(0, collector.outputs().size());
    }

    @Test
    void updateDisplayDataRewritesEarlierOutputsEvenFromAnotherCell() {
        collector.accept(display("display_data", "0%", "progress"));
        ArrayNode firstCell = collector.outputs();
        OutputCollector secondCell = new OutputCollector(displays);
        secondCell.accept(display("update_display_data", "100%", "progress"));
        assertEquals("100%", firstCell.get(0).path("data").path("text/plain").asText());
        assertEquals(0, secondCell.outputs().size(), "an update adds no output of its own");
    }
}

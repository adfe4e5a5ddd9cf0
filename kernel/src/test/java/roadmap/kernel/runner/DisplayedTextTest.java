package roadmap.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.junit.jupiter.api.Test;

class DisplayedTextTest {
    @Test
    void keepsOnlyTheLastUpdateOfEachLine() {
        assertEquals("training: 100% 10/10 loss=0.1200\nnext\n",
                DisplayedText.of("\rtraining:  10% 1/10 [0.3s]\rtraining:  50% 5/10 [1.7s]\rtraining: 100% 10/10 loss=0.1200\nnext\n"));
    }

    @Test
    void plainTextAndWindowsLineEndsAreUnchangedInContent() {
        assertEquals("a\nb\n", DisplayedText.of("a\nb\n"));
        assertEquals("a\nb", DisplayedText.of("a\r\nb"));
        assertEquals("done", DisplayedText.of("working [2.1s]\rdone\r"));
    }

    @Test
    void appliesToStreamOutputsOnly() {
        ArrayNode outputs = JsonNodeFactory.instance.arrayNode();
        outputs.addObject().put("output_type", "stream").put("name", "stdout").put("text", "x [0.2s]\rx done\n");
        outputs.addObject().put("output_type", "execute_result").putObject("data").put("text/plain", "a\rb");
        DisplayedText.applyTo(outputs);
        assertEquals("x done\n", outputs.get(0).path("text").asText());
        assertEquals("a\rb", outputs.get(1).path("data").path("text/plain").asText());
    }
}

package roadmap.kernel.runner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * One cell of a run.
 *
 * @param number         1-based position among ALL cells, as Jupyter numbers them on screen
 * @param cellType       code, markdown or raw
 * @param tags           {@code metadata.tags}
 * @param firstLine      first non-blank source line
 * @param executed       whether the cell was sent to the kernel (false for markdown, empty code
 *                       cells and cells after a failure)
 * @param executionCount the kernel's execution count, if executed
 * @param outputs        nbformat outputs (empty when not executed)
 * @param elapsed        time the cell took (zero when not executed)
 */
public record CellResult(int number, String cellType, List<String> tags, String firstLine, boolean executed,
                         OptionalInt executionCount, ArrayNode outputs, Duration elapsed) {

    /** Copies the tags. */
    public CellResult {
        tags = List.copyOf(tags);
    }

    /** @return whether the cell is tagged {@code check} */
    public boolean isCheck() {
        return tags.contains("check");
    }

    /** @return whether any output is an error */
    public boolean hasError() {
        for (var output : outputs) {
            if ("error".equals(output.path("output_type").asText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param mimeType e.g. {@code image/png}
     * @return whether an output carries that mime type
     */
    public boolean hasMimeType(String mimeType) {
        for (var output : outputs) {
            if (output.path("data").has(mimeType)) {
                return true;
            }
        }
        return false;
    }
}

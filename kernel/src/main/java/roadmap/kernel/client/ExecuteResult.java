package roadmap.kernel.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one {@code execute_request} produced.
 *
 * @param status         how it ended
 * @param executionCount the reply's execution_count, if the kernel replied with one
 * @param outputs        nbformat 4.5 outputs, in order; display outputs stay live (a later
 *                       {@code update_display_data} on the same client rewrites them in place)
 * @param reply          the {@code execute_reply} content, or null when none arrived (timeout)
 * @param elapsed        time from sending the request to the end of collection
 */
public record ExecuteResult(Status status, OptionalInt executionCount, ArrayNode outputs, ObjectNode reply,
                            Duration elapsed) {

    /** How an execution ended. */
    public enum Status {
        /** The reply said {@code ok}. */
        OK,
        /** The reply said {@code error}: an exception in the cell. */
        ERROR,
        /** The kernel aborted the request (an earlier request failed). */
        ABORTED,
        /** No reply within the timeout; the kernel was sent an interrupt. */
        TIMED_OUT
    }

    /**
     * The error a cell raised.
     *
     * @param ename     exception class, e.g. {@code java.lang.NumberFormatException}
     * @param evalue    exception message
     * @param traceback the lines of the trace (may carry ANSI colour codes)
     */
    public record ErrorInfo(String ename, String evalue, List<String> traceback) {
    }

    /** @return whether the status is {@link Status#OK} */
    public boolean ok() {
        return status == Status.OK;
    }

    /**
     * @return the error from the reply, or else from the last error output; empty if there is none
     */
    public Optional<ErrorInfo> error() {
        if (reply != null && "error".equals(reply.path("status").asText())) {
            return Optional.of(errorInfo(reply));
        }
        for (int i = outputs.size() - 1; i >= 0; i--) {
            if ("error".equals(outputs.get(i).path("output_type").asText())) {
                return Optional.of(errorInfo(outputs.get(i)));
            }
        }
        return Optional.empty();
    }

    /** @return all text of stream outputs named {@code stdout}, concatenated */
    public String stdout() {
        return streamText("stdout");
    }

    /** @return all text of stream outputs named {@code stderr}, concatenated */
    public String stderr() {
        return streamText("stderr");
    }

    /**
     * @param mimeType e.g. {@code text/plain}
     * @return that entry of the first execute_result or display_data carrying it
     */
    public Optional<String> data(String mimeType) {
        for (JsonNode output : outputs) {
            JsonNode value = output.path("data").path(mimeType);
            if (!value.isMissingNode()) {
                return Optional.of(value.isTextual() ? value.asText() : value.toString());
            }
        }
        return Optional.empty();
    }

    private String streamText(String name) {
        StringBuilder text = new StringBuilder();
        for (JsonNode output : outputs) {
            if ("stream".equals(output.path("output_type").asText()) && name.equals(output.path("name").asText())) {
                text.append(output.path("text").asText());
            }
        }
        return text.toString();
    }

    private static ErrorInfo errorInfo(JsonNode node) {
        List<String> traceback = new ArrayList<>();
        node.path("traceback").forEach(line -> traceback.add(line.asText()));
        return new ErrorInfo(node.path("ename").asText(""), node.path("evalue").asText(""), List.copyOf(traceback));
    }
}

package roadmap.kernel;

import com.google.gson.annotations.SerializedName;
import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.MessageType;

import java.util.Map;

/**
 * A successful {@code execute_reply} with its {@code user_expressions} in the protocol's shape
 * ({@code {"status": "ok", "data": {...}, "metadata": {}}} or an error with ename, evalue and
 * traceback); basekernel's own reply nests them wrongly.
 */
final class ExecuteOkReply implements ContentType<ExecuteOkReply> {
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final MessageType<ExecuteOkReply> TYPE = (MessageType) MessageType.EXECUTE_REPLY;

    @SuppressWarnings("unused") // serialised by Gson
    private final String status = "ok";
    @SerializedName("execution_count")
    private final int executionCount;
    @SerializedName("user_expressions")
    private final Map<String, Map<String, Object>> userExpressions;

    ExecuteOkReply(int executionCount, Map<String, Map<String, Object>> userExpressions) {
        this.executionCount = executionCount;
        this.userExpressions = userExpressions;
    }

    @Override
    public MessageType<ExecuteOkReply> getType() {
        return TYPE;
    }
}

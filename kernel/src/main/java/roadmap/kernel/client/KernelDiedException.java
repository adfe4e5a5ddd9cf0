package roadmap.kernel.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The kernel process exited while a request was in flight. */
public final class KernelDiedException extends KernelException {
    private static final long serialVersionUID = 1L;

    private final transient ArrayNode partialOutputs;

    /**
     * @param message        what happened
     * @param partialOutputs outputs received before the kernel died (nbformat JSON)
     */
    public KernelDiedException(String message, ArrayNode partialOutputs) {
        super(message);
        this.partialOutputs = partialOutputs == null ? JsonNodeFactory.instance.arrayNode() : partialOutputs;
    }

    /** @return outputs the running cell produced before the kernel died */
    public ArrayNode partialOutputs() {
        return partialOutputs;
    }
}

package roadmap.kernel.assist;

import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The inputs of the cells run in this session (the last {@value #CAPACITY}), for
 * {@code history_request}: a tail request gets its last {@code n}, any other request all of them.
 * Thread-safe.
 */
public final class CellHistory {
    static final int CAPACITY = 1_000;
    private static final int SESSION = 1;

    private final Deque<HistoryEntry> entries = new ArrayDeque<>();

    /**
     * @param executionCount the cell's execution count
     * @param code           its source
     */
    public synchronized void add(int executionCount, String code) {
        entries.addLast(new HistoryEntry(SESSION, executionCount, code));
        if (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
    }

    /**
     * @param request a history request
     * @return the entries it asks for, oldest first
     */
    public synchronized List<HistoryEntry> entries(HistoryRequest request) {
        List<HistoryEntry> all = new ArrayList<>(entries);
        if (request instanceof HistoryRequest.Tail) {
            int n = ((HistoryRequest.Tail) request).getMaxReturnLength();
            return n >= 0 && n < all.size() ? all.subList(all.size() - n, all.size()) : all;
        }
        return all;
    }
}

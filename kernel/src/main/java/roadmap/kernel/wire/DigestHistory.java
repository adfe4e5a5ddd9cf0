package roadmap.kernel.wire;

import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The signatures of the last messages received: a message whose signature was seen before is a
 * replay and is refused, as {@code jupyter_client}'s session does. Thread-safe.
 */
final class DigestHistory {
    private final int capacity;
    private final Set<ByteBuffer> seen = new LinkedHashSet<>();

    /** @param capacity how many signatures to remember */
    DigestHistory(int capacity) {
        this.capacity = capacity;
    }

    /**
     * @param signature a received signature
     * @return {@code true} if it is new (now remembered), {@code false} if it was seen before
     */
    synchronized boolean add(byte[] signature) {
        if (!seen.add(ByteBuffer.wrap(signature.clone()))) {
            return false;
        }
        if (seen.size() > capacity) {
            Iterator<ByteBuffer> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }
}

package roadmap.track;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock that starts at a fixed millisecond and advances by one on every read. */
final class TickingClock extends Clock {

    private long next;

    TickingClock(long startMillis) {
        this.next = startMillis;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        return Instant.ofEpochMilli(next++);
    }
}

package newskg.graph.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * One ingest run, as PROV records it: an id, the software version, when it started, and the
 * clock that stamps each article it writes.
 *
 * <pre>{@code
 * IngestRun run = IngestRun.start("0.1.0", Clock.systemUTC());
 * }</pre>
 */
public record IngestRun(String id, String softwareVersion, Instant startedAt, Clock clock) {
    public IngestRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(clock, "clock");
    }

    /** A run starting now; its id is its start time, which is unique enough for one store's runs. */
    public static IngestRun start(String softwareVersion, Clock clock) {
        Instant now = clock.instant();
        return new IngestRun(now.toString(), softwareVersion, now, clock);
    }

    Instant now() {
        return clock.instant();
    }
}

package newskg.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * One politeness queue per host: at most {@code concurrency} requests in flight, and request starts
 * at least {@code delay} apart. A start time is reserved under the host's lock, then waited for
 * outside it, so threads line up in reservation order.
 *
 * <p>Thread-safe. Call order per request: {@link #acquire}, send, {@link #release} in a finally.
 */
final class HostThrottle {

    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration defaultDelay;
    private final int concurrency;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostThrottle(Clock clock, Sleeper sleeper, Duration defaultDelay, int concurrency) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.defaultDelay = Objects.requireNonNull(defaultDelay, "defaultDelay");
        this.concurrency = concurrency;
    }

    /** Raises (never lowers below the default) the delay between requests to {@code host}. */
    void delay(String host, Duration delay) {
        Host h = host(host);
        synchronized (h) {
            h.delay = delay.compareTo(defaultDelay) > 0 ? delay : defaultDelay;
        }
    }

    Duration delayOf(String host) {
        Host h = host(host);
        synchronized (h) {
            return h.delay;
        }
    }

    void acquire(String host) throws InterruptedException {
        Host h = host(host);
        h.permits.acquire();
        Duration wait;
        synchronized (h) {
            Instant now = clock.instant();
            Instant start = h.next == null || h.next.isBefore(now) ? now : h.next;
            h.next = start.plus(h.delay);
            wait = Duration.between(now, start);
        }
        if (!wait.isZero()) {
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                h.permits.release();
                throw e;
            }
        }
    }

    void release(String host) {
        host(host).permits.release();
    }

    private Host host(String host) {
        return hosts.computeIfAbsent(host, k -> new Host(concurrency, defaultDelay));
    }

    private static final class Host {
        final Semaphore permits;
        Duration delay;
        Instant next;

        Host(int concurrency, Duration delay) {
            this.permits = new Semaphore(concurrency, true);
            this.delay = delay;
        }
    }
}

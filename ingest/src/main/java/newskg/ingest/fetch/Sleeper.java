package newskg.ingest.fetch;

import java.time.Duration;

/**
 * Waits: politeness delays and retry backoff go through this, so that tests can pair it with a
 * fake clock and never sleep for real.
 *
 * <pre>{@code
 * Sleeper real = Sleeper.system();
 * Sleeper fake = d -> clock.advance(d);   // in a test
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

    /** Waits for {@code duration}; throws when the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps on the real clock ({@link Thread#sleep(long)}). */
    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis());
    }
}

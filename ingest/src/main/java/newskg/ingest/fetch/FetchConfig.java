package newskg.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link HttpFetcher} and {@link RobotsPolicy} behave. Politeness is on by default; tests
 * shrink the timeouts and delays with the {@code with*} copies.
 *
 * <pre>{@code
 * FetchConfig config = FetchConfig.defaults()
 *         .withUserAgent("newskg/0.1 (+https://example.org/bot)")
 *         .withAllowPrivate(true);           // crawling a site on loopback
 * }</pre>
 *
 * @param userAgent         the User-Agent header; its product token (before '/') is the robots.txt name
 * @param connectTimeout    TCP/TLS connect timeout (used by {@link HttpFetcher#defaultClient})
 * @param readTimeout       time allowed for one whole response, headers and body, per attempt
 * @param maxRedirects      redirect hops followed (each checked again), RFC 9309 asks for at least 5
 * @param maxBodyBytes      cap on the bytes received on the wire for one response
 * @param maxInflatedBytes  cap on the bytes after gzip/deflate decoding (gzip bombs)
 * @param maxRetries        retries after 429/502/503/504
 * @param retryBackoff      first backoff without Retry-After; doubled on each retry
 * @param maxRetryAfter     longest Retry-After honoured; a longer one fails the fetch at once
 * @param hostDelay         minimum time between the starts of two requests to one host
 * @param maxCrawlDelay     longest robots.txt Crawl-delay honoured (a longer one is cut to this)
 * @param hostConcurrency   requests in flight to one host at once
 * @param allowPrivate      whether loopback, private, link-local and unique-local addresses may be fetched
 * @param robotsCacheTtl    how long robots.txt rules are kept (RFC 9309 §2.4: at most 24 hours)
 */
public record FetchConfig(String userAgent, Duration connectTimeout, Duration readTimeout, int maxRedirects,
                          long maxBodyBytes, long maxInflatedBytes, int maxRetries, Duration retryBackoff,
                          Duration maxRetryAfter, Duration hostDelay, Duration maxCrawlDelay, int hostConcurrency,
                          boolean allowPrivate, Duration robotsCacheTtl) {

    public static final String DEFAULT_USER_AGENT = "newskg/0.1 (+https://github.com/newskg/newskg)";

    public FetchConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        Objects.requireNonNull(robotsCacheTtl, "robotsCacheTtl");
        validate(userAgent, connectTimeout, readTimeout, maxRedirects, maxBodyBytes, maxInflatedBytes, maxRetries,
                retryBackoff, maxRetryAfter, hostDelay, maxCrawlDelay, hostConcurrency, robotsCacheTtl);
    }

    /** Polite defaults: 10 s connect, 30 s read, 5 redirects, 10 MiB body, 50 MiB inflated, 1 s per host. */
    public static FetchConfig defaults() {
        return new FetchConfig(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                10L << 20, 50L << 20, 2, Duration.ofSeconds(1), Duration.ofSeconds(120), Duration.ofSeconds(1),
                Duration.ofSeconds(30), 2, false, Duration.ofHours(24));
    }

    /** The robots.txt product token: the User-Agent up to its first '/' or space, lower-cased. */
    public String robotsName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    public FetchConfig withUserAgent(String v) {
        return new FetchConfig(v, connectTimeout, readTimeout, maxRedirects, maxBodyBytes, maxInflatedBytes,
                maxRetries, retryBackoff, maxRetryAfter, hostDelay, maxCrawlDelay, hostConcurrency, allowPrivate,
                robotsCacheTtl);
    }

    public FetchConfig withTimeouts(Duration connect, Duration read) {
        return new FetchConfig(userAgent, connect, read, maxRedirects, maxBodyBytes, maxInflatedBytes,
                maxRetries, retryBackoff, maxRetryAfter, hostDelay, maxCrawlDelay, hostConcurrency, allowPrivate,
                robotsCacheTtl);
    }

    public FetchConfig withMaxRedirects(int v) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, v, maxBodyBytes, maxInflatedBytes,
                maxRetries, retryBackoff, maxRetryAfter, hostDelay, maxCrawlDelay, hostConcurrency, allowPrivate,
                robotsCacheTtl);
    }

    public FetchConfig withBodyLimits(long body, long inflated) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, maxRedirects, body, inflated,
                maxRetries, retryBackoff, maxRetryAfter, hostDelay, maxCrawlDelay, hostConcurrency, allowPrivate,
                robotsCacheTtl);
    }

    public FetchConfig withRetries(int retries, Duration backoff, Duration maxRetryAfter) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, maxRedirects, maxBodyBytes, maxInflatedBytes,
                retries, backoff, maxRetryAfter, hostDelay, maxCrawlDelay, hostConcurrency, allowPrivate,
                robotsCacheTtl);
    }

    public FetchConfig withPoliteness(Duration delay, Duration maxCrawlDelay, int concurrency) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, maxRedirects, maxBodyBytes, maxInflatedBytes,
                maxRetries, retryBackoff, maxRetryAfter, delay, maxCrawlDelay, concurrency, allowPrivate,
                robotsCacheTtl);
    }

    public FetchConfig withAllowPrivate(boolean v) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, maxRedirects, maxBodyBytes, maxInflatedBytes,
                maxRetries, retryBackoff, maxRetryAfter, hostDelay, maxCrawlDelay, hostConcurrency, v,
                robotsCacheTtl);
    }

    public FetchConfig withRobotsCacheTtl(Duration v) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, maxRedirects, maxBodyBytes, maxInflatedBytes,
                maxRetries, retryBackoff, maxRetryAfter, hostDelay, maxCrawlDelay, hostConcurrency, allowPrivate, v);
    }

    private static void validate(String userAgent, Duration connectTimeout, Duration readTimeout, int maxRedirects,
                                 long maxBodyBytes, long maxInflatedBytes, int maxRetries, Duration retryBackoff,
                                 Duration maxRetryAfter, Duration hostDelay, Duration maxCrawlDelay,
                                 int hostConcurrency, Duration robotsCacheTtl) {
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("userAgent must be a non-blank header value");
        }
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("readTimeout", readTimeout);
        requireNonNegative("retryBackoff", retryBackoff);
        requireNonNegative("maxRetryAfter", maxRetryAfter);
        requireNonNegative("hostDelay", hostDelay);
        requireNonNegative("maxCrawlDelay", maxCrawlDelay);
        requireNonNegative("robotsCacheTtl", robotsCacheTtl);
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be in 0..20: " + maxRedirects);
        }
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBodyBytes must be in 1..2^31-17: " + maxBodyBytes);
        }
        if (maxInflatedBytes < 1 || maxInflatedBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxInflatedBytes must be in 1..2^31-17: " + maxInflatedBytes);
        }
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("maxRetries must be in 0..10: " + maxRetries);
        }
        if (hostConcurrency < 1) {
            throw new IllegalArgumentException("hostConcurrency must be at least 1: " + hostConcurrency);
        }
    }

    private static void requirePositive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }

    private static void requireNonNegative(String name, Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
    }
}

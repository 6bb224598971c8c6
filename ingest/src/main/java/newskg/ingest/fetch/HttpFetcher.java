package newskg.ingest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one URI like a good citizen, on an injected {@link HttpClient}: only http and https,
 * every resolved address checked (also after each redirect, which it follows itself up to a limit),
 * a {@link HopGate} (robots.txt) before every request, a per-host delay and concurrency cap,
 * retries with backoff on 429/502/503/504 honouring Retry-After (RFC 9110 §10.2.3), conditional
 * GET, a cap on the body received and on the body after gzip/deflate decoding, and a deadline on
 * the whole response. Every outcome is a {@link FetchResult}; the {@code newskg.crawl} logger gets
 * one line per request (status, ms, bytes, URL).
 *
 * <pre>{@code
 * FetchConfig config = FetchConfig.defaults();
 * HttpFetcher fetcher = HttpFetcher.builder()
 *         .config(config)
 *         .client(HttpFetcher.defaultClient(config))
 *         .clock(Clock.systemUTC())
 *         .build();
 * FetchResult r = fetcher.fetch(URI.create("https://example.org/news/1"));
 * }</pre>
 *
 * <p>Thread-safe: one fetcher serves all threads of a crawl, sharing the per-host queues.
 */
public final class HttpFetcher {

    private static final Logger LOG = LoggerFactory.getLogger("newskg.crawl");

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,"
            + "application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.5,*/*;q=0.1";

    private final HttpClient client;
    private final FetchConfig config;
    private final Clock clock;
    private final Sleeper sleeper;
    private final AddressPolicy addresses;
    private final HostThrottle throttle;

    private HttpFetcher(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client");
        this.config = Objects.requireNonNull(b.config, "config");
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.sleeper = Objects.requireNonNull(b.sleeper, "sleeper");
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            // Each hop must pass the address and robots checks, so the client may not follow on its own.
            throw new IllegalArgumentException("the HttpClient must not follow redirects (Redirect.NEVER)");
        }
        this.addresses = new AddressPolicy(config.allowPrivate(), b.resolver);
        this.throttle = new HostThrottle(clock, sleeper, config.hostDelay(), config.hostConcurrency());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A client fit for this fetcher: the configured connect timeout, redirects never followed. */
    public static HttpClient defaultClient(FetchConfig config) {
        return HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public FetchConfig config() {
        return config;
    }

    Clock clock() {
        return clock;
    }

    /** An unconditional fetch with no gate but the address checks. */
    public FetchResult fetch(URI uri) {
        return fetch(uri, Validators.NONE, HopGate.ALLOW_ALL);
    }

    /**
     * Fetches {@code uri}, conditionally when {@code known} has an ETag or Last-Modified, running
     * {@code gate} before each request. A body whose SHA-256 equals {@code known.contentHash()}
     * comes back as {@link FetchResult.NotModified} too.
     */
    public FetchResult fetch(URI uri, Validators known, HopGate gate) {
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(gate, "gate");
        URI current = uri;
        Set<URI> visited = new HashSet<>();
        int lastStatus = FetchResult.Failed.NO_RESPONSE;
        for (int hop = 0; ; hop++) {
            Optional<FetchResult> refusal = addresses.check(current);
            if (refusal.isEmpty()) {
                refusal = gate.check(current);
            }
            if (refusal.isPresent()) {
                return hop == 0 ? refusal.get() : rebase(refusal.get(), uri, current);
            }
            if (!visited.add(current)) {
                return new FetchResult.Failed(uri, lastStatus, "redirect loop at " + current);
            }
            Response r = sendWithRetries(current, hop == 0 ? known : Validators.NONE);
            if (r.error != null) {
                return new FetchResult.Failed(uri, r.status, r.error + (hop == 0 ? "" : " (at " + current + ")"));
            }
            if (isRedirect(r.status)) {
                lastStatus = r.status;
                Optional<String> location = r.headers.firstValue("location");
                if (location.isEmpty()) {
                    return new FetchResult.Failed(uri, r.status, "redirect without Location");
                }
                if (hop >= config.maxRedirects()) {
                    return new FetchResult.Failed(uri, r.status, "more than " + config.maxRedirects() + " redirects");
                }
                Optional<URI> next = resolve(current, location.get());
                if (next.isEmpty()) {
                    return new FetchResult.Failed(uri, r.status, "bad Location: " + location.get());
                }
                current = next.get();
                continue;
            }
            if (r.status == 304) {
                return new FetchResult.NotModified(uri);
            }
            if (r.status < 200 || r.status > 299) {
                return new FetchResult.Failed(uri, r.status, "HTTP " + r.status);
            }
            return page(uri, current, r, known);
        }
    }

    /**
     * Raises the delay between requests to the host of {@code uri} (a robots.txt Crawl-delay),
     * cut to {@link FetchConfig#maxCrawlDelay()} and never below {@link FetchConfig#hostDelay()}.
     */
    public void crawlDelay(URI uri, Duration delay) {
        Duration capped = delay.compareTo(config.maxCrawlDelay()) > 0 ? config.maxCrawlDelay() : delay;
        throttle.delay(hostKey(uri), capped);
    }

    /** The delay now applied between requests to the host of {@code uri}. */
    public Duration hostDelay(URI uri) {
        return throttle.delayOf(hostKey(uri));
    }

    private FetchResult page(URI requested, URI finalUri, Response r, Validators known) {
        if (r.body.truncated()) {
            return new FetchResult.Failed(requested, r.status, "body larger than " + config.maxBodyBytes() + " bytes");
        }
        byte[] body = r.body.bytes();
        String encoding = r.headers.firstValue("content-encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        Decompression.Result decoded;
        switch (encoding) {
            case "identity", "" -> decoded = new Decompression.Result.Ok(body);
            case "gzip", "x-gzip" -> decoded = Decompression.gunzip(body, config.maxInflatedBytes());
            case "deflate" -> decoded = Decompression.inflate(body, config.maxInflatedBytes());
            default -> decoded = new Decompression.Result.Error("unsupported Content-Encoding " + encoding);
        }
        if (decoded instanceof Decompression.Result.Error e) {
            return new FetchResult.Failed(requested, r.status, e.reason());
        }
        var headers = new java.util.LinkedHashMap<>(r.headers.map());
        headers.keySet().removeIf(k -> k.equalsIgnoreCase("content-encoding") || k.equalsIgnoreCase("content-length"));
        FetchedPage page = FetchedPage.of(requested, finalUri, r.status, headers,
                ((Decompression.Result.Ok) decoded).bytes(), r.at);
        if (known.contentHash().isPresent() && known.contentHash().get().equalsIgnoreCase(page.sha256())) {
            return new FetchResult.NotModified(requested);
        }
        return new FetchResult.Fetched(page);
    }

    private Response sendWithRetries(URI uri, Validators known) {
        for (int attempt = 0; ; attempt++) {
            Response r = send(uri, known);
            if (r.error != null || !isRetryable(r.status) || attempt >= config.maxRetries()) {
                if (r.error == null && isRetryable(r.status)) {
                    return r.failed("HTTP " + r.status + " after " + (attempt + 1) + " attempts");
                }
                return r;
            }
            Duration wait = retryAfter(r.headers).orElse(config.retryBackoff().multipliedBy(1L << attempt));
            if (wait.compareTo(config.maxRetryAfter()) > 0) {
                return r.failed("HTTP " + r.status + " with Retry-After " + wait.toSeconds()
                        + " s, longer than the " + config.maxRetryAfter().toSeconds() + " s allowed");
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r.failed("interrupted");
            }
        }
    }

    private Response send(URI uri, Validators known) {
        String host = hostKey(uri);
        try {
            throttle.acquire(host);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.error("interrupted");
        }
        long started = System.nanoTime(); // for the log line only
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder(uri)
                    .timeout(config.readTimeout())
                    .header("User-Agent", config.userAgent())
                    .header("Accept", ACCEPT)
                    .header("Accept-Encoding", "gzip, deflate")
                    .GET();
            known.etag().ifPresent(v -> req.header("If-None-Match", v));
            known.lastModified().ifPresent(v -> req.header("If-Modified-Since", v));
            CompletableFuture<HttpResponse<CappedBody>> future =
                    client.sendAsync(req.build(), CappedBody.handler(config.maxBodyBytes()));
            HttpResponse<CappedBody> resp;
            try {
                // The request timeout covers only the headers; this deadline covers the body too,
                // so a server that trickles bytes forever is cut off.
                resp = future.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                return logged(uri, started, Response.error("read timeout after " + config.readTimeout().toMillis() + " ms"));
            } catch (ExecutionException e) {
                return logged(uri, started, Response.error(describe(e.getCause())));
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                return Response.error("interrupted");
            }
            return logged(uri, started, new Response(resp.statusCode(), resp.headers(), resp.body(), clock.instant(), null));
        } finally {
            throttle.release(host);
        }
    }

    private Response logged(URI uri, long started, Response r) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (r.error == null) {
            LOG.info("{} {} ms {} bytes {}", r.status, ms, r.body.bytes().length, uri);
        } else {
            LOG.info("--- {} ms 0 bytes {} ({})", ms, uri, r.error);
        }
        return r;
    }

    private static String describe(Throwable t) {
        if (t instanceof HttpConnectTimeoutException) {
            return "connect timeout";
        }
        if (t instanceof HttpTimeoutException) {
            return "read timeout";
        }
        if (t instanceof ConnectException) {
            return "connection refused";
        }
        if (t instanceof IOException) {
            return "I/O error: " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        if (t instanceof IllegalArgumentException) {
            return "bad request: " + t.getMessage();
        }
        return t.toString();
    }

    /** Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), never negative. */
    Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> v = headers.firstValue("retry-after").map(String::strip);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String s = v.get();
        if (s.chars().allMatch(Character::isDigit) && !s.isEmpty() && s.length() < 10) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(s)));
        }
        try {
            Instant when = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), when);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            LOG.debug("ignoring unparsable Retry-After {}", s);
            return Optional.empty();
        }
    }

    private static boolean isRetryable(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            URI next = base.resolve(new URI(location.strip().replace(" ", "%20")));
            return Optional.of(next.getFragment() == null ? next
                    : new URI(next.getScheme(), next.getRawSchemeSpecificPart(), null));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Politeness is per host (RFC 9309 caches per authority; servers are shared per host). */
    static String hostKey(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** A refusal for a redirect target is reported for the URI the caller asked for. */
    private static FetchResult rebase(FetchResult r, URI requested, URI hop) {
        if (r instanceof FetchResult.Disallowed d) {
            return new FetchResult.Disallowed(requested, d.reason() + " (redirect to " + hop + ")");
        }
        if (r instanceof FetchResult.Refused x) {
            return new FetchResult.Refused(requested, x.reason() + " (redirect to " + hop + ")");
        }
        if (r instanceof FetchResult.Failed f) {
            return new FetchResult.Failed(requested, f.status(), f.reason() + " (redirect to " + hop + ")");
        }
        return r;
    }

    /** One exchange: a response, or an error without one. */
    private record Response(int status, HttpHeaders headers, CappedBody body, Instant at, String error) {
        static Response error(String why) {
            return new Response(0, HttpHeaders.of(java.util.Map.of(), (a, b) -> true),
                    new CappedBody(new byte[0], false), Instant.EPOCH, why);
        }

        Response failed(String why) {
            return new Response(status, headers, body, at, why);
        }
    }

    /** Builds an {@link HttpFetcher}; client and config are required. */
    public static final class Builder {
        private HttpClient client;
        private FetchConfig config = FetchConfig.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private AddressPolicy.Resolver resolver = java.net.InetAddress::getAllByName;

        private Builder() {
        }

        public Builder client(HttpClient v) { this.client = v; return this; }
        public Builder config(FetchConfig v) { this.config = v; return this; }
        public Builder clock(Clock v) { this.clock = v; return this; }
        public Builder sleeper(Sleeper v) { this.sleeper = v; return this; }
        public Builder resolver(AddressPolicy.Resolver v) { this.resolver = v; return this; }

        /** Builds; without a client, one from {@link HttpFetcher#defaultClient} is made. */
        public HttpFetcher build() {
            if (client == null) {
                client = defaultClient(config);
            }
            return new HttpFetcher(this);
        }
    }
}

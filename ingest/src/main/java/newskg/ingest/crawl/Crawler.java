package newskg.ingest.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import newskg.ingest.fetch.AddressPolicy;
import newskg.ingest.fetch.FetchConfig;
import newskg.ingest.fetch.FetchResult;
import newskg.ingest.fetch.FetchedPage;
import newskg.ingest.fetch.HopGate;
import newskg.ingest.fetch.HttpFetcher;
import newskg.ingest.fetch.RobotsPolicy;
import newskg.ingest.fetch.Sleeper;
import newskg.ingest.fetch.Validators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls from seed URLs (article pages, RSS/Atom feeds, sitemaps and sitemap indexes, told apart
 * by content) and hands each HTML page, or the outcome of a URL that gave none, to a consumer. It
 * never extracts articles: the caller passes {@link CrawlEvent.Page#page()} to the extractor.
 *
 * <p>Every request goes through one {@link HttpFetcher} (address checks, caps, per-host queues)
 * with the {@link RobotsPolicy} gate, so a disallowed URL is never requested. Feeds and sitemaps
 * are expanded breadth-first; a sitemap index that lists a sitemap already read (itself, say) is a
 * failure, not a loop. The fetcher and the robots cache live as long as the crawler, so repeated
 * crawls ({@code serve --watch}) stay polite.
 *
 * <pre>{@code
 * FetchConfig config = FetchConfig.defaults();          // allowPrivate off
 * Crawler crawler = Crawler.builder()
 *         .config(config)
 *         .client(HttpFetcher.defaultClient(config))
 *         .clock(Clock.systemUTC())
 *         .memory(uri -> store.validators(uri))
 *         .build();
 * CrawlSummary s = crawler.crawl(List.of(URI.create("https://example.org/feed.xml")),
 *         CrawlOptions.defaults().withMaxPages(100), event -> { ... });
 * }</pre>
 *
 * <p>Threading: with {@code threads == 1} (the default) {@link #crawl} fetches on the calling thread
 * and calls the consumer on it, in crawl order. With more threads, fetches overlap (each host still
 * gets its delay and concurrency cap) and the consumer is called from the worker threads, but never
 * twice at once. The {@link FetchMemory} must then be thread-safe. Several crawls may run at once
 * on one crawler and share its politeness state.
 */
public final class Crawler {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    private final HttpFetcher fetcher;
    private final RobotsPolicy robots;
    private final FetchMemory memory;
    private final long inflateCap;

    private Crawler(Builder b) {
        this.fetcher = HttpFetcher.builder().client(b.client).config(b.config).clock(b.clock)
                .sleeper(b.sleeper).resolver(b.resolver).build();
        this.robots = new RobotsPolicy(fetcher);
        this.memory = b.memory;
        this.inflateCap = b.config.maxInflatedBytes();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The fetcher all requests go through (for fetching single URLs with the same rules). */
    public HttpFetcher fetcher() {
        return fetcher;
    }

    public RobotsPolicy robots() {
        return robots;
    }

    /**
     * Crawls from {@code seeds} until the queue is empty or {@code options.maxPages()} pages were
     * delivered, calling {@code sink} once per page or outcome. Malformed seeds become outcomes.
     */
    public CrawlSummary crawl(List<URI> seeds, CrawlOptions options, Consumer<CrawlEvent> sink) {
        return new Run(options, sink).run(seeds);
    }

    /** What a queued URL is expected to be, and how deep in feeds/indexes it was found. */
    private record Task(URI uri, int depth, boolean fromIndex, Optional<Instant> listed) {
    }

    /** The mutable state of one crawl. */
    private final class Run {
        private final CrawlOptions options;
        private final Consumer<CrawlEvent> sink;
        private final Deque<Task> queue = new ArrayDeque<>();
        private final Set<URI> seen = new HashSet<>();
        private final Set<String> seedHosts = new HashSet<>();
        private final Map<String, Integer> failures = new LinkedHashMap<>();
        private final Optional<Instant> since;
        private int pages;
        private int notModified;
        private int disallowed;
        private int refused;
        private int failed;
        private int feeds;
        private int sitemaps;
        private int skippedOld;
        private int skippedOffHost;
        private int skippedOther;
        private int overLimit;
        private int active;
        private RuntimeException error;

        Run(CrawlOptions options, Consumer<CrawlEvent> sink) {
            this.options = Objects.requireNonNull(options, "options");
            this.sink = Objects.requireNonNull(sink, "sink");
            this.since = options.since().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
        }

        CrawlSummary run(List<URI> seeds) {
            for (URI seed : seeds) {
                Optional<URI> clean = clean(seed);
                if (clean.isEmpty()) {
                    outcome(new FetchResult.Refused(seed, "not an absolute http(s) URL"));
                    continue;
                }
                if (clean.get().getHost() != null) {
                    seedHosts.add(clean.get().getHost().toLowerCase(Locale.ROOT));
                }
                enqueue(new Task(clean.get(), 0, false, Optional.empty()));
            }
            if (options.threads() == 1) {
                while (!queue.isEmpty() && pages < options.maxPages()) {
                    visit(queue.poll());
                }
            } else {
                runParallel();
            }
            synchronized (this) {
                return new CrawlSummary(pages, notModified, disallowed, refused, failed, feeds, sitemaps, skippedOld,
                        skippedOffHost, skippedOther, queue.size() + overLimit, failures);
            }
        }

        /**
         * Up to {@code threads} visits at once. Fetching and parsing run unlocked; every change of
         * crawl state and every call of the sink happens under this Run's lock, so the sink still
         * sees one event at a time. The per-host queues of the fetcher keep each host polite.
         */
        private void runParallel() {
            AtomicInteger n = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
                Thread t = new Thread(r, "newskg-crawl-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            try {
                synchronized (this) {
                    while (true) {
                        while (!queue.isEmpty() && active < options.threads() && pages < options.maxPages()
                                && error == null) {
                            Task task = queue.poll();
                            active++;
                            pool.execute(() -> work(task));
                        }
                        if (active == 0 && (queue.isEmpty() || pages >= options.maxPages() || error != null)) {
                            break;
                        }
                        wait();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                pool.shutdownNow();
            }
            if (error != null) {
                throw error;
            }
        }

        private void work(Task task) {
            try {
                visit(task);
            } catch (RuntimeException e) {
                synchronized (this) {
                    // A bug or a throwing sink: stop the crawl and rethrow on the caller's thread.
                    error = error == null ? e : error;
                }
            } finally {
                synchronized (this) {
                    active--;
                    notifyAll();
                }
            }
        }

        private void enqueue(Task t) {
            if (seen.add(t.uri())) {
                queue.add(t);
            }
        }

        private void visit(Task task) {
            URI uri = task.uri();
            Validators known = memory.lookup(uri).orElse(Validators.NONE);
            FetchResult r = fetcher.fetch(uri, known, gate());
            if (!(r instanceof FetchResult.Fetched f)) {
                synchronized (this) {
                    outcome(r);
                }
                return;
            }
            FetchedPage page = f.page();
            ContentSniffer.Kind kind = ContentSniffer.classify(page);
            if ((kind == ContentSniffer.Kind.FEED || kind == ContentSniffer.Kind.SITEMAP)
                    && task.depth() >= options.maxDepth()) {
                synchronized (this) {
                    outcome(new FetchResult.Failed(uri, page.status(),
                            "feeds/sitemaps nested deeper than " + options.maxDepth()));
                }
                return;
            }
            switch (kind) {
                case HTML -> page(task, page);
                case FEED -> feed(task, page, FeedParser.parse(page.body(), page.finalUri()));
                case SITEMAP -> sitemap(task, page, SitemapReader.parse(page.body(),
                        page.header("content-type").orElse(""), page.finalUri(), inflateCap));
                case OTHER -> {
                    synchronized (this) {
                        skippedOther++;
                    }
                    LOG.debug("skipping {}: {} is neither HTML, a feed nor a sitemap", uri,
                            page.mediaType().orElse("no content type"));
                }
            }
        }

        private synchronized void page(Task task, FetchedPage page) {
            if (pages >= options.maxPages()) {
                overLimit++; // fetched by a parallel worker after the limit was reached
                return;
            }
            pages++;
            sink.accept(new CrawlEvent.Page(page, task.listed()));
        }

        private synchronized void feed(Task task, FetchedPage page, FeedParser.Result r) {
            if (r instanceof FeedParser.Result.Error e) {
                outcome(new FetchResult.Failed(task.uri(), page.status(), e.reason()));
                return;
            }
            feeds++;
            for (FeedEntry entry : ((FeedParser.Result.Ok) r).entries()) {
                entry(task, entry);
            }
        }

        private synchronized void sitemap(Task task, FetchedPage page, SitemapReader.Result r) {
            if (r instanceof SitemapReader.Result.Error e) {
                outcome(new FetchResult.Failed(task.uri(), page.status(), e.reason()));
                return;
            }
            sitemaps++;
            if (r instanceof SitemapReader.Result.Index index) {
                for (URI child : index.sitemaps()) {
                    Optional<URI> clean = clean(child);
                    if (clean.isEmpty()) {
                        continue;
                    }
                    if (seen.contains(clean.get())) {
                        // A self-referencing or cyclic index: report once, never fetch again.
                        outcome(new FetchResult.Failed(clean.get(), page.status(),
                                "sitemap index " + task.uri() + " lists an already visited sitemap (loop)"));
                        continue;
                    }
                    if (offHost(clean.get())) {
                        skippedOffHost++;
                        continue;
                    }
                    enqueue(new Task(clean.get(), task.depth() + 1, true, Optional.empty()));
                }
            } else {
                for (FeedEntry entry : ((SitemapReader.Result.UrlSet) r).entries()) {
                    entry(task, entry);
                }
            }
        }

        private void entry(Task parent, FeedEntry entry) {
            Optional<URI> clean = clean(entry.link());
            if (clean.isEmpty()) {
                return;
            }
            if (since.isPresent() && entry.date().isPresent() && entry.date().get().isBefore(since.get())) {
                skippedOld++;
                return;
            }
            if (offHost(clean.get())) {
                skippedOffHost++;
                return;
            }
            enqueue(new Task(clean.get(), parent.depth() + 1, false, entry.date()));
        }

        private boolean offHost(URI uri) {
            return options.sameHost() && (uri.getHost() == null
                    || !seedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT)));
        }

        private HopGate gate() {
            HopGate sameHost = hop -> offHost(hop)
                    ? Optional.of(new FetchResult.Refused(hop, "redirect to another host (sameHost)"))
                    : Optional.empty();
            return sameHost.and(robots.gate());
        }

        /** Counts and delivers an outcome; callers hold the Run's lock (or run before any worker starts). */
        private void outcome(FetchResult r) {
            if (r instanceof FetchResult.NotModified) {
                notModified++;
            } else if (r instanceof FetchResult.Disallowed) {
                disallowed++;
            } else if (r instanceof FetchResult.Refused) {
                refused++;
            } else if (r instanceof FetchResult.Failed f) {
                failed++;
                failures.merge(reasonKey(f), 1, Integer::sum);
            }
            sink.accept(new CrawlEvent.Outcome(r));
        }
    }

    /** A short reason for grouping failures in the summary: status, or the reason up to its first detail. */
    private static String reasonKey(FetchResult.Failed f) {
        String reason = f.reason().replaceAll("\\s*\\(.*$", "").replaceAll("\\d{3,}", "N");
        return reason.length() > 60 ? reason.substring(0, 60) : reason;
    }

    /** Absolute http(s) with a host, without fragment (RFC 3986 §3.5: never sent), normalised. */
    static Optional<URI> clean(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(uri); // the fetcher refuses it with the reason
        }
        try {
            URI u = new URI(scheme, uri.getRawAuthority() == null ? null : uri.getAuthority(),
                    uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath(), uri.getQuery(), null);
            return Optional.of(u.normalize());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Builds a {@link Crawler}. Defaults: {@link FetchConfig#defaults()}, system clock, real sleep, system DNS. */
    public static final class Builder {
        private HttpClient client;
        private FetchConfig config = FetchConfig.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private AddressPolicy.Resolver resolver = java.net.InetAddress::getAllByName;
        private FetchMemory memory = FetchMemory.NONE;

        private Builder() {
        }

        /** The HTTP client; it must not follow redirects. Default: {@link HttpFetcher#defaultClient}. */
        public Builder client(HttpClient v) { this.client = v; return this; }
        public Builder config(FetchConfig v) { this.config = Objects.requireNonNull(v); return this; }
        /** Lifts the refusal of loopback and private addresses (tests, local sites). */
        public Builder allowPrivate(boolean v) { this.config = config.withAllowPrivate(v); return this; }
        public Builder clock(Clock v) { this.clock = Objects.requireNonNull(v); return this; }
        public Builder sleeper(Sleeper v) { this.sleeper = Objects.requireNonNull(v); return this; }
        public Builder resolver(AddressPolicy.Resolver v) { this.resolver = Objects.requireNonNull(v); return this; }
        public Builder memory(FetchMemory v) { this.memory = Objects.requireNonNull(v); return this; }

        public Crawler build() {
            if (client == null) {
                client = HttpFetcher.defaultClient(config);
            }
            return new Crawler(this);
        }
    }
}

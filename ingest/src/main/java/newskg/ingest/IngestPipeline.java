package newskg.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.ingest.IngestSummary.Outcome;
import newskg.ingest.crawl.CrawlEvent;
import newskg.ingest.crawl.CrawlOptions;
import newskg.ingest.crawl.Crawler;
import newskg.ingest.crawl.JsonlSource;
import newskg.ingest.crawl.WarcSource;
import newskg.ingest.fetch.FetchResult;
import newskg.ingest.fetch.FetchedPage;
import newskg.ingest.source.FileSources;
import newskg.ingest.source.HtmlReader;
import newskg.ingest.source.SourceItem;
import newskg.model.Problem;

/**
 * The ingest facade: takes any mix of sources (article, feed and sitemap URLs; seed-format
 * {@code .txt}, {@code .html(.gz)}, {@code .warc(.gz)} and {@code .jsonl} files; directories),
 * extracts articles, runs the NLP stage on a pool of threads, and hands each {@link
 * newskg.model.Extraction} to a sink in input order.
 *
 * <p>Memory stays bounded: documents stream from their sources and at most {@code 2 x threads}
 * are in flight, whatever the size of the input.
 *
 * <pre>{@code
 * IngestPipeline p = IngestPipeline.builder(htmlReader).analyzer(nlp).threads(2).crawler(crawler, options).build();
 * IngestSummary s = p.run(List.of("corpus/", "https://example.org/feed.xml"), sink);
 * }</pre>
 */
public final class IngestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger("newskg.run");

    private final FileSources files;
    private final HtmlReader html;
    private final WarcSource warc;
    private final JsonlSource jsonl;
    private final Optional<ArticleAnalyzer> analyzer;
    private final Optional<Crawler> crawler;
    private final CrawlOptions crawlOptions;
    private final Optional<LocalDate> since;
    private final int threads;
    private final Clock clock;
    private final ProgressListener progress;

    private IngestPipeline(Builder b) {
        this.files = new FileSources(b.html, b.maxFileBytes);
        this.html = b.html;
        this.warc = new WarcSource(b.maxFileBytes);
        this.jsonl = new JsonlSource();
        this.analyzer = Optional.ofNullable(b.analyzer);
        this.crawler = Optional.ofNullable(b.crawler);
        this.crawlOptions = b.crawlOptions;
        this.since = Optional.ofNullable(b.since);
        this.threads = b.threads;
        this.clock = b.clock;
        this.progress = b.progress;
    }

    public static Builder builder(HtmlReader html) {
        return new Builder(html);
    }

    /** Told after each document, for progress bars; {@code total} is what is known so far. */
    @FunctionalInterface
    public interface ProgressListener {
        void update(int done, int total, java.util.Map<Outcome, Integer> counts);
    }

    /**
     * Runs over the given sources.
     *
     * @return counts per outcome and every problem; one bad document never stops the run
     */
    public IngestSummary run(List<String> sources, ExtractionSink sink) {
        long t0 = clock.millis();
        Window window = new Window(sink, analyzer, since, threads, progress);
        List<Path> paths = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        for (String s : sources) {
            if (s.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
                toUri(s).ifPresentOrElse(urls::add,
                        () -> window.report(Outcome.REFUSED, Problem.error(Problem.Stage.SOURCE, s, "not a valid URL")));
            } else {
                paths.add(Path.of(s));
            }
        }
        try {
            for (Path p : FileSources.expand(paths, problem -> window.report(Outcome.FAILED, problem))) {
                readFile(p, window);
            }
            if (!urls.isEmpty()) {
                crawl(urls, window);
            }
            window.drain();
        } finally {
            window.close();
        }
        long ms = clock.millis() - t0;
        LOG.info("{} documents in {} ms: {}", window.done(), ms, window.counts());
        return new IngestSummary(window.counts(), window.problems(), window.events(), ms);
    }

    private void readFile(Path p, Window window) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            warc.read(p, page -> window.submit(fromPage(page), Optional.empty()),
                    problem -> window.report(Outcome.FAILED, problem));
        } else if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
            jsonl.read(p, article -> window.submit(() -> new SourceItem.Read(article, List.of()), Optional.empty()),
                    problem -> window.report(problem.severity() == Problem.Severity.ERROR ? Outcome.FAILED : null, problem));
        } else {
            window.submit(() -> files.read(p), Optional.empty());
        }
    }

    private void crawl(List<URI> urls, Window window) {
        if (crawler.isEmpty()) {
            urls.forEach(u -> window.report(Outcome.REFUSED,
                    Problem.error(Problem.Stage.SOURCE, u.toString(), "crawling is not enabled here")));
            return;
        }
        crawler.get().crawl(urls, crawlOptions, event -> {
            if (event instanceof CrawlEvent.Page p) {
                window.submit(fromPage(p.page()), Optional.of(p.page()));
            } else if (event instanceof CrawlEvent.Outcome o) {
                Outcome outcome = o.result() instanceof FetchResult.NotModified ? Outcome.UNCHANGED
                        : o.result() instanceof FetchResult.Disallowed ? Outcome.DISALLOWED
                        : o.result() instanceof FetchResult.Refused ? Outcome.REFUSED : Outcome.FAILED;
                window.report(outcome, o.problem().orElse(null));
            }
        });
    }

    private Callable<SourceItem> fromPage(FetchedPage page) {
        return () -> html.read(page.requested().toString(), Optional.of(page.finalUri().toString()), page.body(),
                page.charset().map(java.nio.charset.Charset::name));
    }

    private static Optional<URI> toUri(String s) {
        try {
            URI u = new URI(s);
            return u.getHost() == null ? Optional.empty() : Optional.of(u);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Configures an {@link IngestPipeline}. */
    public static final class Builder {
        private final HtmlReader html;
        private ArticleAnalyzer analyzer;
        private Crawler crawler;
        private CrawlOptions crawlOptions = CrawlOptions.defaults();
        private LocalDate since;
        private int threads = 1;
        private long maxFileBytes = 50L << 20;
        private Clock clock = Clock.systemUTC();
        private ProgressListener progress = (d, t, c) -> { };

        private Builder(HtmlReader html) {
            this.html = Objects.requireNonNull(html, "html");
        }

        /** The NLP stage; without one, articles are extracted but not analysed ({@code --no-events}). */
        public Builder analyzer(ArticleAnalyzer value) {
            this.analyzer = value;
            return this;
        }

        /** Enables URL sources (articles, feeds, sitemaps); without a crawler they are refused. */
        public Builder crawler(Crawler value, CrawlOptions options) {
            this.crawler = Objects.requireNonNull(value, "crawler");
            this.crawlOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Skip articles published before this day (from any source). */
        public Builder since(LocalDate value) {
            this.since = value;
            return this;
        }

        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = value;
            return this;
        }

        /** The largest file, WARC record or inflated gzip read. */
        public Builder maxFileBytes(long value) {
            this.maxFileBytes = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder progress(ProgressListener value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        public IngestPipeline build() {
            return new IngestPipeline(this);
        }
    }
}

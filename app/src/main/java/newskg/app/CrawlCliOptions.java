package newskg.app;

import java.time.Duration;
import java.time.LocalDate;

import picocli.CommandLine.Option;

import newskg.ingest.crawl.FetchMemory;
import newskg.ingest.IngestPipeline;
import newskg.ingest.crawl.CrawlOptions;
import newskg.ingest.fetch.FetchConfig;

/** The crawl options of {@code ingest} and {@code extract}. */
final class CrawlCliOptions {
    @Option(names = "--max-pages", paramLabel = "N", description = "Fetch at most N article pages (default: 10000).")
    int maxPages = 10_000;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
            description = "Skip articles (and feed/sitemap entries) published before this day.")
    LocalDate since;

    @Option(names = "--same-host", description = "Only follow feed and sitemap links to the hosts of the seed URLs.")
    boolean sameHost;

    @Option(names = "--allow-private",
            description = "Allow private, loopback and link-local addresses (refused by default: a crawler must not"
                    + " be turned against its own network).")
    boolean allowPrivate;

    @Option(names = "--user-agent", paramLabel = "UA", description = "The User-Agent sent and matched in robots.txt"
            + " (default: " + FetchConfig.DEFAULT_USER_AGENT + ").")
    String userAgent = FetchConfig.DEFAULT_USER_AGENT;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", description = "Give up on a response after this long (default: 30).")
    int fetchTimeout = 30;

    @Option(names = "--host-delay", paramLabel = "MILLIS",
            description = "Wait at least this long between requests to one host (default: 1000; robots.txt Crawl-delay may ask for more).")
    long hostDelay = 1000;

    IngestPipeline.Builder apply(IngestPipeline.Builder b, FetchMemory memory) {
        FetchConfig defaults = FetchConfig.defaults();
        FetchConfig config = defaults.withUserAgent(userAgent).withAllowPrivate(allowPrivate)
                .withTimeouts(defaults.connectTimeout(), Duration.ofSeconds(fetchTimeout))
                .withPoliteness(Duration.ofMillis(hostDelay), defaults.maxCrawlDelay(), defaults.hostConcurrency());
        CrawlOptions options = CrawlOptions.defaults().withMaxPages(maxPages).withSince(since).withSameHost(sameHost);
        return b.crawler(Components.crawler(config, memory), options).since(since);
    }
}

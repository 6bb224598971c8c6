package newskg.ingest.crawl;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one crawl is limited to.
 *
 * <pre>{@code
 * CrawlOptions o = CrawlOptions.defaults().withMaxPages(100).withSince(LocalDate.of(2023, 8, 1)).withSameHost(true);
 * }</pre>
 *
 * @param maxPages  most HTML pages delivered; the crawl stops there
 * @param since     feed and sitemap entries dated before this day (UTC) are skipped; undated ones are kept
 * @param sameHost  only follow links (feed items, sitemap entries, redirects) to the seeds' hosts
 * @param maxDepth  most nested feeds/sitemap indexes followed from a seed (a guard against loops)
 * @param threads   fetches in flight at once across hosts (per host the fetcher's cap applies)
 */
public record CrawlOptions(int maxPages, Optional<LocalDate> since, boolean sameHost, int maxDepth, int threads) {

    public CrawlOptions {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
        }
        Objects.requireNonNull(since, "since");
        if (maxDepth < 1 || maxDepth > 20) {
            throw new IllegalArgumentException("maxDepth must be in 1..20: " + maxDepth);
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be in 1..64: " + threads);
        }
    }

    /** No date limit, any host, 10,000 pages, depth 5, one thread. */
    public static CrawlOptions defaults() {
        return new CrawlOptions(10_000, Optional.empty(), false, 5, 1);
    }

    public CrawlOptions withMaxPages(int v) {
        return new CrawlOptions(v, since, sameHost, maxDepth, threads);
    }

    public CrawlOptions withSince(LocalDate v) {
        return new CrawlOptions(maxPages, Optional.ofNullable(v), sameHost, maxDepth, threads);
    }

    public CrawlOptions withSameHost(boolean v) {
        return new CrawlOptions(maxPages, since, v, maxDepth, threads);
    }

    public CrawlOptions withMaxDepth(int v) {
        return new CrawlOptions(maxPages, since, sameHost, v, threads);
    }

    public CrawlOptions withThreads(int v) {
        return new CrawlOptions(maxPages, since, sameHost, maxDepth, v);
    }
}

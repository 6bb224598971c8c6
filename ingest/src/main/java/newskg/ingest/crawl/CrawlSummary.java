package newskg.ingest.crawl;

import java.util.Map;
import java.util.Objects;

/**
 * Counts per outcome of one crawl, for the summary at the end of a run.
 *
 * <pre>{@code
 * CrawlSummary s = crawler.crawl(seeds, options, sink);
 * System.err.println(s);   // "12 pages, 3 not modified, 1 disallowed, ..."
 * }</pre>
 *
 * @param pages          HTML pages delivered
 * @param notModified    304s and unchanged bodies
 * @param disallowed     URLs robots.txt forbade (never requested)
 * @param refused        URLs refused for their scheme or address (never requested)
 * @param failed         URLs that failed (HTTP errors, timeouts, caps, unreadable feeds/sitemaps, loops)
 * @param feeds          feeds read
 * @param sitemaps       sitemaps and sitemap indexes read
 * @param skippedOld     entries dated before {@code since}
 * @param skippedOffHost entries on other hosts with {@code sameHost}
 * @param skippedOther   fetched documents that were neither HTML, feed nor sitemap
 * @param notCrawled     URLs left in the queue when {@code maxPages} was reached
 * @param failures       failure counts by reason
 */
public record CrawlSummary(int pages, int notModified, int disallowed, int refused, int failed, int feeds,
                           int sitemaps, int skippedOld, int skippedOffHost, int skippedOther, int notCrawled,
                           Map<String, Integer> failures) {

    public CrawlSummary {
        failures = Map.copyOf(Objects.requireNonNull(failures, "failures"));
    }

    /** Whether any URL was disallowed, refused or failed. */
    public boolean hasProblems() {
        return disallowed + refused + failed > 0;
    }

    @Override
    public String toString() {
        return pages + " pages, " + notModified + " not modified, " + disallowed + " disallowed by robots.txt, "
                + refused + " refused, " + failed + " failed, " + feeds + " feeds, " + sitemaps + " sitemaps, "
                + skippedOld + " older than --since, " + skippedOffHost + " off-host, " + skippedOther
                + " not HTML, " + notCrawled + " not crawled (page limit)" + (failures.isEmpty() ? "" : " " + failures);
    }
}

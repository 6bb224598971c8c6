/**
 * Crawling from seeds, and reading archives of many pages or articles.
 *
 * <ul>
 *   <li>{@link newskg.ingest.crawl.Crawler}: seeds (pages, RSS/Atom feeds, sitemaps and indexes) to a
 *       stream of {@link newskg.ingest.crawl.CrawlEvent}s (an HTML page to extract, or an outcome),
 *       with a {@link newskg.ingest.crawl.CrawlSummary} at the end. It never extracts articles.</li>
 *   <li>{@link newskg.ingest.crawl.FeedParser}, {@link newskg.ingest.crawl.SitemapReader},
 *       {@link newskg.ingest.crawl.ContentSniffer}: bytes plus URL in, values out; no DTDs, no entities.</li>
 *   <li>{@link newskg.ingest.crawl.WarcSource} (jwarc) and {@link newskg.ingest.crawl.JsonlSource}:
 *       streaming readers; a bad record or line is a {@link newskg.model.Problem} and reading goes on.</li>
 * </ul>
 *
 * <pre>{@code
 * CrawlSummary s = Crawler.builder().allowPrivate(false).build()
 *         .crawl(List.of(URI.create("https://example.org/feed.xml")), CrawlOptions.defaults(), event -> { ... });
 * }</pre>
 */
package newskg.ingest.crawl;

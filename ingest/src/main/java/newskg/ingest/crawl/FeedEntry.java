package newskg.ingest.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of an RSS or Atom feed, or one URL of a sitemap: where the article is, and the date the
 * listing gives for it (RSS {@code pubDate}, Atom {@code published}/{@code updated}, news sitemap
 * {@code publication_date}, sitemap {@code lastmod}).
 *
 * <pre>{@code
 * FeedEntry e = new FeedEntry(URI.create("https://example.org/a"), Optional.of(Instant.parse("2023-08-15T00:00:00Z")), "Title");
 * }</pre>
 */
public record FeedEntry(URI link, Optional<Instant> date, String title) {
    public FeedEntry {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
    }
}

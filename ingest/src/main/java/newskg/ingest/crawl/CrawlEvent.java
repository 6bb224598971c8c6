package newskg.ingest.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import newskg.ingest.fetch.FetchResult;
import newskg.ingest.fetch.FetchedPage;
import newskg.model.Problem;

/**
 * What a crawl hands to its consumer, one at a time, in crawl order: an HTML page to extract, or
 * the outcome of a URL that gave none.
 *
 * <pre>{@code
 * crawler.crawl(seeds, options, event -> {
 *     if (event instanceof CrawlEvent.Page p) store(extractor.extract(p.page()));
 *     else if (event instanceof CrawlEvent.Outcome o) summary.add(o.result());
 * });
 * }</pre>
 */
public sealed interface CrawlEvent {

    URI uri();

    /**
     * An HTML page to extract.
     *
     * @param listedDate the date its feed or sitemap entry gave, when it came from one
     */
    record Page(FetchedPage page, Optional<Instant> listedDate) implements CrawlEvent {
        public Page {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(listedDate, "listedDate");
        }

        @Override
        public URI uri() {
            return page.requested();
        }
    }

    /**
     * A URL that gave no page: not modified, disallowed by robots.txt, refused, or failed (a feed or
     * sitemap that could not be read is a {@link FetchResult.Failed} with its HTTP status).
     */
    record Outcome(FetchResult result) implements CrawlEvent {
        public Outcome {
            Objects.requireNonNull(result, "result");
            if (result instanceof FetchResult.Fetched) {
                throw new IllegalArgumentException("a fetched page is a Page event");
            }
        }

        @Override
        public URI uri() {
            return result.uri();
        }

        /**
         * The outcome as a {@link Problem} for the run's report: a robots.txt refusal is a warning
         * (we chose not to fetch), a refusal or failure an error; "not modified" is no problem.
         */
        public Optional<Problem> problem() {
            String url = result.uri().toString();
            if (result instanceof FetchResult.Disallowed d) {
                return Optional.of(Problem.warning(Problem.Stage.ROBOTS, url, d.reason()));
            }
            if (result instanceof FetchResult.Refused r) {
                return Optional.of(Problem.error(Problem.Stage.FETCH, url, "refused: " + r.reason()));
            }
            if (result instanceof FetchResult.Failed f) {
                return Optional.of(Problem.error(Problem.Stage.FETCH, url,
                        f.hasResponse() ? "HTTP " + f.status() + ": " + f.reason() : f.reason()));
            }
            return Optional.empty();
        }
    }
}

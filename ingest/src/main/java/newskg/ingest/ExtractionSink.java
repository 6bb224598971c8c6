package newskg.ingest;

import java.net.URI;
import java.util.Optional;

import newskg.ingest.fetch.Validators;
import newskg.model.Article;
import newskg.model.Extraction;

/**
 * Where extractions go: the store, stdout, a remote endpoint. Called from one thread at a time,
 * in input order.
 *
 * <pre>{@code
 * ExtractionSink print = x -> { System.out.println(ExtractionJson.line(x)); return Outcome.PRINTED; };
 * }</pre>
 */
public interface ExtractionSink {

    /** Whether this article is already there unchanged, so that it need not be analysed again. */
    default boolean isUnchanged(Article article) {
        return false;
    }

    /** Takes one extraction; returns how it ended ({@code STORED}, {@code PRINTED}). */
    IngestSummary.Outcome accept(Extraction extraction);

    /** What an earlier run remembered of a fetched URL, for a conditional GET (may be called from crawl threads). */
    default Optional<Validators> validators(URI uri) {
        return Optional.empty();
    }

    /** Remembers a fetched URL's validators once its article is stored. */
    default void fetched(URI uri, Validators validators) {
    }
}

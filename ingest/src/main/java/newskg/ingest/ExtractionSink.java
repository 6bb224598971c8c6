package newskg.ingest;

import newskg.model.Article;
import newskg.model.Extraction;

/**
 * Where extractions go: the store, stdout, a remote endpoint. Called from one thread, in input order.
 */
public interface ExtractionSink {

    /** Whether this article is already there unchanged, so that it need not be analysed again. */
    default boolean isUnchanged(Article article) {
        return false;
    }

    /** Takes one extraction; returns how it ended ({@code STORED}, {@code PRINTED}). */
    IngestSummary.Outcome accept(Extraction extraction);
}

package newskg.ingest.crawl;

import java.net.URI;
import java.util.Optional;
import newskg.ingest.fetch.Validators;

/**
 * What the store remembers of earlier fetches, so a re-crawl sends conditional GETs and skips
 * unchanged pages. The crawler only reads it; the caller records {@code page.validators()} after
 * storing an article.
 *
 * <pre>{@code
 * FetchMemory memory = uri -> store.validators(uri);   // Optional<Validators>
 * }</pre>
 */
@FunctionalInterface
public interface FetchMemory {

    /** Remembers nothing: every fetch is unconditional. */
    FetchMemory NONE = uri -> Optional.empty();

    Optional<Validators> lookup(URI uri);
}

package newskg.graph.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What the store remembers of one fetched URL: its validators (RFC 9110 §8.8) and the hash of
 * the body, so that a re-crawl sends a conditional GET and recognises an unchanged page.
 *
 * <pre>{@code
 * store.rememberFetch(new FetchRecord(url, Optional.of("\"abc\""), Optional.empty(), Optional.of(sha)));
 * }</pre>
 */
public record FetchRecord(String url, Optional<String> etag, Optional<String> lastModified, Optional<String> bodyHash) {
    public FetchRecord {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(bodyHash, "bodyHash");
    }
}

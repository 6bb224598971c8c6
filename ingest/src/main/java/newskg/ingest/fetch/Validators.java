package newskg.ingest.fetch;

import java.util.Objects;
import java.util.Optional;

/**
 * What is remembered about a URL from an earlier fetch, to make the next one conditional
 * (RFC 9110 §13.1: If-None-Match from the ETag, If-Modified-Since from Last-Modified) and to
 * recognise an unchanged body when the server ignores conditions.
 *
 * <pre>{@code
 * Validators v = page.validators();                  // after a fetch: store these
 * fetcher.fetch(uri, v, HopGate.ALLOW_ALL);          // next time: 304 -> NotModified
 * }</pre>
 *
 * @param etag         the ETag header as received (quotes and W/ prefix kept)
 * @param lastModified the Last-Modified header as received (an HTTP-date)
 * @param contentHash  hex SHA-256 of the decoded body ({@link FetchedPage#sha256()})
 */
public record Validators(Optional<String> etag, Optional<String> lastModified, Optional<String> contentHash) {

    /** Nothing known: an unconditional GET. */
    public static final Validators NONE = new Validators(Optional.empty(), Optional.empty(), Optional.empty());

    public Validators {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public static Validators of(String etag, String lastModified, String contentHash) {
        return new Validators(Optional.ofNullable(etag), Optional.ofNullable(lastModified),
                Optional.ofNullable(contentHash));
    }
}

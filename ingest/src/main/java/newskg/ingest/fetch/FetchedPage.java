package newskg.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One fetched document: what was asked for, where it ended up after redirects, and its decoded
 * bytes (Content-Encoding already removed). Immutable: the body is copied in and out, because a
 * record compares and exposes arrays by reference.
 *
 * <pre>{@code
 * FetchedPage page = FetchedPage.of(URI.create("https://example.org/a"), 200,
 *         Map.of("content-type", List.of("text/html; charset=utf-8")), bytes, clock.instant());
 * String html = page.text();               // decoded by header, BOM, meta or sniffing
 * Optional<String> etag = page.header("ETag");
 * }</pre>
 *
 * @param requested the URI the caller asked for
 * @param finalUri  the URI that answered after redirects (equal to {@code requested} without them)
 * @param status    the HTTP status of the final response (200 for records read from files)
 * @param headers   response headers, names lower-cased, in arrival order
 * @param body      the decoded body bytes (copied)
 * @param charset   the charset declared in Content-Type, if any and if known to the JVM
 * @param fetchedAt when the response arrived (or the WARC-Date of an archived record)
 */
public record FetchedPage(URI requested, URI finalUri, int status, Map<String, List<String>> headers,
                          byte[] body, Optional<Charset> charset, Instant fetchedAt) {

    public FetchedPage {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(finalUri, "finalUri");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status out of range: " + status);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers").forEach((k, v) ->
                copy.merge(k.toLowerCase(Locale.ROOT), List.copyOf(v), FetchedPage::concat));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** A page without redirects whose charset is taken from its Content-Type header. */
    public static FetchedPage of(URI uri, int status, Map<String, List<String>> headers, byte[] body,
                                 Instant fetchedAt) {
        return of(uri, uri, status, headers, body, fetchedAt);
    }

    /** A page whose charset is taken from its Content-Type header. */
    public static FetchedPage of(URI requested, URI finalUri, int status, Map<String, List<String>> headers,
                                 byte[] body, Instant fetchedAt) {
        Optional<String> type = headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("content-type") && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst();
        return new FetchedPage(requested, finalUri, status, headers, body,
                type.flatMap(FetchedPage::charsetOf), fetchedAt);
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body length in bytes, without copying. */
    public int length() {
        return body.length;
    }

    /** The body as a stream, without copying. */
    public InputStream openBody() {
        return new ByteArrayInputStream(body);
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The media type of Content-Type, lower-cased and without parameters ({@code text/html}). */
    public Optional<String> mediaType() {
        return header("content-type").map(FetchedPage::mediaTypeOf).filter(s -> !s.isEmpty());
    }

    /** The body decoded as text: BOM, then the declared charset, then {@code <meta>}/XML declaration, then sniffing. */
    public String text() {
        return new String(body, Charsets.detect(body, charset));
    }

    /** Hex SHA-256 of the body: what {@link Validators#contentHash()} holds for an unchanged page. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The validators to remember for a conditional GET next time (RFC 9110 §8.8). */
    public Validators validators() {
        return new Validators(header("etag"), header("last-modified"), Optional.of(sha256()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FetchedPage p && requested.equals(p.requested) && finalUri.equals(p.finalUri)
                && status == p.status && headers.equals(p.headers) && java.util.Arrays.equals(body, p.body)
                && charset.equals(p.charset) && fetchedAt.equals(p.fetchedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requested, finalUri, status, headers, java.util.Arrays.hashCode(body), charset, fetchedAt);
    }

    @Override
    public String toString() {
        return "FetchedPage[" + status + " " + finalUri + ", " + body.length + " bytes, " + fetchedAt + "]";
    }

    static String mediaTypeOf(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    static Optional<Charset> charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return Charsets.forName(p.substring(8).replace("\"", "").replace("'", "").strip());
            }
        }
        return Optional.empty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}

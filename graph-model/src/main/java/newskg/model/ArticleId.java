package newskg.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable identifier of an article: 16 hex digits of a SHA-256.
 *
 * <p>It is derived from the canonical URL when the article has one, else from
 * the body text, so that the same article read from two places (a page and a
 * WARC record, two copies of a file) gets one identity.
 *
 * <pre>{@code
 * ArticleId id = ArticleId.ofUrl("https://example.org/news/1");
 * ArticleId id2 = ArticleId.ofText(body);
 * }</pre>
 */
public record ArticleId(String value) {
    private static final Pattern HEX16 = Pattern.compile("[0-9a-f]{16}");

    public ArticleId {
        Objects.requireNonNull(value, "value");
        if (!HEX16.matcher(value).matches()) {
            throw new IllegalArgumentException("article id must be 16 lower-case hex digits: " + value);
        }
    }

    public static ArticleId ofUrl(String canonicalUrl) {
        return new ArticleId(sha256("url:" + canonicalUrl).substring(0, 16));
    }

    public static ArticleId ofText(String body) {
        return new ArticleId(sha256("text:" + body).substring(0, 16));
    }

    /** The full SHA-256 of a text, as lower-case hex; used for content hashes too. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

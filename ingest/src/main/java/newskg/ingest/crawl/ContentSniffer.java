package newskg.ingest.crawl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newskg.ingest.fetch.Decompression;
import newskg.ingest.fetch.FetchedPage;

/**
 * Tells a feed, a sitemap and an HTML page apart, by the first element of the body first (servers
 * often send feeds as text/xml or even text/html) and by Content-Type second, in the spirit of the
 * WHATWG MIME Sniffing standard's feed/HTML rules.
 *
 * <pre>{@code
 * ContentSniffer.Kind kind = ContentSniffer.classify(page);   // HTML, FEED, SITEMAP or OTHER
 * }</pre>
 */
public final class ContentSniffer {

    /** What a fetched document is, for the crawler. */
    public enum Kind { HTML, FEED, SITEMAP, OTHER }

    private static final int HEAD = 8192;
    /** The first start tag: not a PI ({@code <?}), declaration or comment ({@code <!}), or end tag. */
    private static final Pattern FIRST_ELEMENT = Pattern.compile("<(?![?!/])([A-Za-z_][\\w:.-]*)");
    private static final Pattern HTML_DOCTYPE = Pattern.compile("^(?:\\xEF\\xBB\\xBF)?\\s*<!doctype\\s+html",
            Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> HTML_ROOTS = java.util.Set.of("html", "head", "body", "title", "meta",
            "div", "p", "article", "main", "section", "header", "script", "link", "style");

    private ContentSniffer() {
    }

    public static Kind classify(FetchedPage page) {
        String type = page.mediaType().orElse("");
        byte[] body = page.body();
        if (Decompression.isGzip(body)) {
            // A .gz file served as such (not Content-Encoding): only sitemaps come gzipped this way.
            return Kind.SITEMAP;
        }
        Optional<String> root = firstElement(body);
        if (HTML_DOCTYPE.matcher(head(body)).lookingAt()) {
            return Kind.HTML;
        }
        if (root.isPresent()) {
            String local = root.get().substring(root.get().indexOf(':') + 1).toLowerCase(Locale.ROOT);
            switch (local) {
                case "rss", "feed", "rdf" -> {
                    return Kind.FEED;
                }
                case "urlset", "sitemapindex" -> {
                    return Kind.SITEMAP;
                }
                case "html" -> {
                    return Kind.HTML;
                }
                default -> { }
            }
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return Kind.HTML;
        }
        if (type.equals("application/rss+xml") || type.equals("application/atom+xml")) {
            return Kind.FEED;
        }
        if (type.equals("text/plain") && looksLikeUrlList(body)) {
            return Kind.SITEMAP; // sitemaps.org: a text file with one URL per line is a sitemap
        }
        if (root.isPresent() && type.isEmpty()) {
            return HTML_ROOTS.contains(root.get().toLowerCase(Locale.ROOT)) ? Kind.HTML : Kind.OTHER;
        }
        return Kind.OTHER;
    }

    /** Whether the body starts (after BOM, whitespace, declarations) with markup. */
    static boolean looksLikeXml(byte[] body) {
        String h = head(body).stripLeading();
        if (h.startsWith("\uFEFF") || h.startsWith("ï»¿")) {
            h = h.substring(h.startsWith("\uFEFF") ? 1 : 3).stripLeading();
        }
        return h.startsWith("<");
    }

    static Optional<String> firstElement(byte[] body) {
        String h = head(body);
        if (!looksLikeXml(body)) {
            return Optional.empty();
        }
        Matcher m = FIRST_ELEMENT.matcher(stripComments(h));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String stripComments(String s) {
        return s.replaceAll("(?s)<!--.*?-->", "");
    }

    private static boolean looksLikeUrlList(byte[] body) {
        return head(body).lines().map(String::strip).filter(l -> !l.isEmpty()).limit(5)
                .allMatch(l -> l.startsWith("http://") || l.startsWith("https://"));
    }

    private static String head(byte[] body) {
        return new String(body, 0, Math.min(body.length, HEAD), StandardCharsets.ISO_8859_1);
    }
}

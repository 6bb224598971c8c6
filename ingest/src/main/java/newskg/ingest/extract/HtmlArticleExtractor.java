package newskg.ingest.extract;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.model.Article;
import newskg.model.Problem;

/**
 * Extracts a news article from an HTML page: body text with paragraphs (joined by a blank line)
 * and without boilerplate, headline, publication day, authors, publisher, language and
 * canonical URL. Structured data comes first (JSON-LD, OpenGraph, {@code meta},
 * {@code <time>}), heuristics after (URL patterns, dated elements, content scoring).
 *
 * <pre>{@code
 * HtmlArticleExtractor extractor = HtmlArticleExtractor.builder().clock(clock).build();
 * ArticleResult r = extractor.extract("https://example.org/a", Optional.of("https://example.org/a"),
 *         bytes, Optional.of("utf-8"));
 * if (r instanceof ArticleResult.Ok ok) {
 *     Article a = ok.article();
 * }
 * }</pre>
 *
 * <p>Contract: a page's failure is a {@link ArticleResult.Failed} value, never an exception;
 * pages above {@link Builder#maxBytes(int)} are cut (with a warning). Instances are immutable and
 * safe to share between threads; nothing is cached between pages.
 */
public final class HtmlArticleExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlArticleExtractor.class);
    /** No news site predates the web's commercial opening; earlier days on a page are something else. */
    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    private static final int BINARY_PROBE = 4096;

    private final int maxBytes;
    private final Clock clock;
    private final Duration futureTolerance;
    private final BodyExtractor bodies;
    private final DateExtractor dates;

    private HtmlArticleExtractor(Builder b) {
        this.maxBytes = b.maxBytes;
        this.clock = b.clock;
        this.futureTolerance = b.futureTolerance;
        this.bodies = new BodyExtractor(BodyHints.load());
        this.dates = DateExtractor.load();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An extractor with the defaults: 8 MiB cap, system clock, one day of future tolerance. */
    public static HtmlArticleExtractor create() {
        return builder().build();
    }

    /**
     * Extracts the article of one page.
     *
     * @param source          the path or URL to record as the article's source
     * @param pageUrl         the URL the page was fetched from, when known (resolves relative links, dates in URLs)
     * @param html            the page's bytes, as fetched
     * @param declaredCharset the charset of the HTTP {@code Content-Type}, when there was one
     */
    public ArticleResult extract(String source, Optional<String> pageUrl, byte[] html, Optional<String> declaredCharset) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(declaredCharset, "declaredCharset");
        if (html == null || html.length == 0) {
            return failed(source, "empty page");
        }
        try {
            return extractChecked(source, pageUrl, html, declaredCharset);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a page beyond what the parser handles; one page must not stop the run.
            LOG.warn("extraction failed for {}: {}", source, e.toString());
            return failed(source, "extraction failed: " + e);
        }
    }

    private ArticleResult extractChecked(String source, Optional<String> pageUrl, byte[] html,
                                         Optional<String> declaredCharset) {
        List<Problem> warnings = new ArrayList<>();
        byte[] bytes = html;
        if (bytes.length > maxBytes) {
            warnings.add(Problem.warning(Problem.Stage.EXTRACT, source,
                    "page of " + bytes.length + " bytes cut to " + maxBytes));
            bytes = Arrays.copyOf(bytes, maxBytes);
        }
        if (looksBinary(bytes)) {
            return failed(source, "not an HTML page (binary content)");
        }
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, declaredCharset);
        Document doc = Jsoup.parse(decoded.text(), pageUrl.orElse(""), Parser.htmlParser());

        JsonLd ld = JsonLd.of(doc);
        MetadataExtractor.PageMeta meta = MetadataExtractor.extract(doc, ld, pageUrl);
        LocalDate today = LocalDate.ofInstant(clock.instant().plus(futureTolerance), ZoneOffset.UTC);
        DateParser parser = new DateParser(EARLIEST, today, DateParser.pageOffset(decoded.text()));
        boolean monthFirst = meta.language().map(HtmlArticleExtractor::writesMonthFirst).orElse(false);
        Optional<DateExtractor.Dated> dated = dates.extract(doc, ld, meta.urls(), parser, monthFirst);
        Optional<LocalDate> published = dated.map(DateExtractor.Dated::date);
        String body = bodies.extract(doc, meta.title(), meta.jsonLdBody());
        Optional<String> language = meta.language().or(() -> LanguageGuess.guess(body));

        if (body.isEmpty() && meta.title().isEmpty()) {
            return failed(source, "no article text found");
        }
        if (body.isEmpty()) {
            warnings.add(Problem.warning(Problem.Stage.EXTRACT, source, "no body text found"));
        }
        if (published.isEmpty()) {
            warnings.add(Problem.warning(Problem.Stage.EXTRACT, source, "no publication date found"));
        }
        if (meta.title().isEmpty()) {
            warnings.add(Problem.warning(Problem.Stage.EXTRACT, source, "no headline found"));
        }
        Article.Builder a = Article.builder(source, meta.title(), body)
                .authors(meta.authors());
        meta.canonicalUrl().ifPresent(a::url);
        published.ifPresent(a::published);
        meta.publisher().ifPresent(a::publisher);
        language.ifPresent(a::language);
        LOG.debug("{}: charset {} ({}), {} body chars, date {} ({})", source, decoded.charset(), decoded.origin(),
                body.length(), published.orElse(null), dated.map(DateExtractor.Dated::how).orElse("none"));
        return new ArticleResult.Ok(a.build(), warnings);
    }

    /** US English writes 8/15/2023; everyone else, 15/8/2023. */
    private static boolean writesMonthFirst(String languageTag) {
        String t = languageTag.toLowerCase(Locale.ROOT);
        return t.equals("en") || t.equals("en-us");
    }

    /** NUL bytes do not occur in HTML text of any single-byte or UTF-8 charset. */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return false;
        }
        int n = Math.min(bytes.length, BINARY_PROBE);
        int nul = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                nul++;
            }
        }
        return nul > 8;
    }

    private static ArticleResult failed(String source, String message) {
        return new ArticleResult.Failed(Problem.error(Problem.Stage.EXTRACT, source, message));
    }

    /** Builds an immutable {@link HtmlArticleExtractor}. */
    public static final class Builder {
        private int maxBytes = 8 * 1024 * 1024;
        private Clock clock = Clock.systemUTC();
        private Duration futureTolerance = Duration.ofDays(1);

        private Builder() {
        }

        /** Pages longer than this are cut before parsing (default 8 MiB). */
        public Builder maxBytes(int value) {
            if (value < 1024) {
                throw new IllegalArgumentException("maxBytes must be at least 1024, was " + value);
            }
            this.maxBytes = value;
            return this;
        }

        /** The clock that says what "the future" is for publication dates. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How far after the clock's day a publication date may lie (time zones; default one day). */
        public Builder futureTolerance(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("futureTolerance must not be negative");
            }
            this.futureTolerance = value;
            return this;
        }

        public HtmlArticleExtractor build() {
            return new HtmlArticleExtractor(this);
        }
    }
}

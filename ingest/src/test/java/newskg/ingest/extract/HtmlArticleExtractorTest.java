package newskg.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newskg.model.Article;
import newskg.model.Problem;

class HtmlArticleExtractorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-10T12:00:00Z"), ZoneOffset.UTC);
    private final HtmlArticleExtractor extractor = HtmlArticleExtractor.builder().clock(CLOCK).build();

    private static final String P1 = "The city council of Lindenfeld voted on Tuesday to close the old harbour bridge "
            + "for repairs, a decision that will divert traffic for at least six months, officials said.";
    private static final String P2 = "Engineers found corrosion in two of the bridge's main cables during an inspection "
            + "in the spring, and the council's transport committee recommended the closure, citing safety.";
    private static final String P3 = "Local shop owners, who depend on visitors crossing from the old town, said they "
            + "feared a drop in trade, while cyclists welcomed a temporary ferry that the city promised to run.";

    private static String page(String head, String article) {
        return "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + "<header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> "
                + "<a href=\"/sport\">Sport</a></nav></header>"
                + "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies?</div>"
                + article
                + "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Another story about a "
                + "different topic</a></li><li><a href=\"/b\">Yet another headline to click on</a></li></ul></aside>"
                + "<footer><p>Copyright 2024 The Lindenfeld Courier. All rights reserved.</p></footer></body></html>";
    }

    private static final String ARTICLE = "<article><h1>Harbour bridge to close for repairs</h1>"
            + "<div class=\"byline\">By Jane Doe</div>"
            + "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>"
            + "<div class=\"article-body\"><p>" + P1 + "</p>"
            + "<figure><img src=\"b.jpg\"><figcaption>The bridge at dusk. Photo: City archive</figcaption></figure>"
            + "<p>" + P2 + "</p><p>" + P3 + "</p>"
            + "<div class=\"related-links\"><h4>Related</h4><ul><li><a href=\"/x\">Council budget approved after "
            + "long debate</a></li><li><a href=\"/y\">Ferry service to resume</a></li></ul></div>"
            + "</div>"
            + "<section class=\"comments\"><h3>3 comments</h3><p>I always said that bridge was unsafe, nobody "
            + "listened to us residents for years and years.</p></section>"
            + "</article>";

    private Article ok(String html, Optional<String> url) {
        ArticleResult r = extractor.extract("test.html", url, html.getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(r).isInstanceOf(ArticleResult.Ok.class);
        return ((ArticleResult.Ok) r).article();
    }

    @Test
    void bodyKeepsParagraphsAndDropsBoilerplate() {
        Article a = ok(page("", ARTICLE), Optional.empty());
        assertThat(a.body()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(a.title()).isEqualTo("Harbour bridge to close for repairs");
        assertThat(a.language()).contains("en-GB");
    }

    @Test
    void structuredDataGivesMetadata() {
        String head = "<title>Harbour bridge to close for repairs | The Lindenfeld Courier</title>"
                + "<link rel=\"canonical\" href=\"https://courier.example/news/harbour-bridge\">"
                + "<meta property=\"og:site_name\" content=\"The Lindenfeld Courier\">"
                + "<meta property=\"article:modified_time\" content=\"2023-09-01T08:00:00Z\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Courier\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour bridge to close for repairs\","
                + "\"datePublished\":\"2023-08-15T09:30:00+02:00\",\"dateModified\":\"2023-09-01\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"Max Muster\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Lindenfeld Courier\"}}]}</script>";
        Article a = ok(page(head, ARTICLE), Optional.empty());
        assertThat(a.published()).contains(LocalDate.of(2023, 8, 15));
        assertThat(a.authors()).containsExactly("Jane Doe", "Max Muster");
        assertThat(a.publisher()).contains("The Lindenfeld Courier");
        assertThat(a.url()).contains("https://courier.example/news/harbour-bridge");
        assertThat(a.title()).isEqualTo("Harbour bridge to close for repairs");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "meta article:published_time | <meta property=\"article:published_time\" content=\"2022-03-04T10:00:00Z\"> | | 2022-03-04",
        "meta DC.date | <meta name=\"DC.date.issued\" content=\"2022-03-04\"> | | 2022-03-04",
        "time element | | <time datetime=\"2022-03-04T10:00\">4 March</time> | 2022-03-04",
        "itemprop | | <span itemprop=\"datePublished\" content=\"2022-03-04\">4.3.2022</span> | 2022-03-04",
        "dated element | | <div class=\"post-date\">Posted on March 4, 2022</div> | 2022-03-04",
        "German text | | <div class=\"info\">Veröffentlicht am 4. März 2022</div> | 2022-03-04",
        "modified only | <meta property=\"article:modified_time\" content=\"2022-05-05\"> | <p class=\"x\">Stand 4.3.2022</p> | 2022-03-04",
    })
    void publicationDateFromMarkup(String name, String head, String inArticle, String expected) {
        String article = "<article><h1>Title</h1>" + (inArticle == null ? "" : inArticle)
                + "<p>" + P1 + "</p><p>" + P2 + "</p></article>";
        Article a = ok(page(head == null ? "" : head, article), Optional.empty());
        assertThat(a.published()).contains(LocalDate.parse(expected));
    }

    @Test
    void dateInTheUrlWins() {
        Article a = ok(page("", "<article><p>" + P1 + "</p></article>"),
                Optional.of("https://courier.example/2021/11/30/bridge-story"));
        assertThat(a.published()).contains(LocalDate.of(2021, 11, 30));
    }

    @Test
    void futureAndAncientDatesAreRejected() {
        String head = "<meta property=\"article:published_time\" content=\"2031-01-01\">"
                + "<meta name=\"date\" content=\"1980-01-01\">";
        ArticleResult r = extractor.extract("t.html", Optional.empty(),
                page(head, "<article><p>" + P1 + "</p></article>").getBytes(StandardCharsets.UTF_8), Optional.empty());
        Article a = ((ArticleResult.Ok) r).article();
        assertThat(a.published()).isEmpty();
        assertThat(r.problems()).extracting(Problem::message).contains("no publication date found");
    }

    @Test
    void textInDivsWithLineBreaksIsFound() {
        String article = "<div id=\"main\"><div class=\"story\">" + P1 + "<br><br>" + P2 + "<br><br>" + P3
                + "</div></div>";
        Article a = ok(page("", article), Optional.empty());
        assertThat(a.body()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void jsonLdArticleBodyIsTheFallbackWhenTheMarkupHasLittle() {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"H\","
                + "\"articleBody\":\"" + P1 + "\\n" + P2 + "\"}</script>";
        Article a = ok(page(head, "<div id=\"app\"><h1>H</h1><p>Loading...</p></div>"), Optional.empty());
        assertThat(a.body()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void legacyCharsetPagesDecode() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body><article><p>"
                + P1 + " Caf\u00e9 \u201cau lait\u201d.</p></article></body></html>";
        ArticleResult r = extractor.extract("t.html", Optional.empty(),
                html.getBytes(java.nio.charset.Charset.forName("windows-1252")), Optional.empty());
        assertThat(((ArticleResult.Ok) r).article().body()).endsWith("Caf\u00e9 \u201cau lait\u201d.");
    }

    @Test
    void languageIsGuessedWhenUndeclared() {
        String html = "<html><body><article><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
        assertThat(ok(html, Optional.empty()).language()).contains("en");
    }
}

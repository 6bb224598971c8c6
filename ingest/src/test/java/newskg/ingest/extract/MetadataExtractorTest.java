package newskg.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataExtractorTest {

    private static MetadataExtractor.PageMeta meta(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
        return MetadataExtractor.extract(doc, JsonLd.of(doc), Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "single h1 | <title>Site - Headline here</title> | <h1>Headline here</h1> | Headline here",
        "site-name h1, entry title | <meta property=og:site_name content=\"My Blog\"> | <h1>My Blog</h1><h2 class=entry-title>Post title</h2> | Post title",
        "title tag without site | <title>Council approves plan - The Courier</title><meta property=og:site_name content=\"The Courier\"> | <p>x</p> | Council approves plan",
        "og:title | <meta property=og:title content=\"From OpenGraph\"> | <h1>One</h1><h1>Two</h1> | From OpenGraph",
    })
    void headline(String name, String head, String body, String expected) {
        assertThat(meta(head, body).title()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "meta author | <meta name=author content=\"Jane Doe\"> | | Jane Doe",
        "byline prefix | | <span class=byline><a href=/a>By Jane Doe</a></span> | Jane Doe",
        "rel author outside comments | | <div class=comments><a rel=author>Commenter</a></div><a rel=author href=/j>Jane Doe</a> | Jane Doe",
        "url is not a name | <meta property=article:author content=\"https://facebook.com/jane\"><meta name=author content=\"Jane Doe\"> | | Jane Doe",
    })
    void authors(String name, String head, String body, String expected) {
        assertThat(meta(head == null ? "" : head, body == null ? "" : body).authors()).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://example.org/2023/08/15/story, 2023-08-15",
        "https://example.org/news/2023-08-05-story.html, 2023-08-05",
        "https://example.org/2023/8/5/story, 2023-08-05",
        "https://example.org/20230815/story, 2023-08-15",
        "https://example.org/2019/43/story, ",
        "https://example.org/2016/12/python-360.html, ",
        "https://example.org/2023/10/3-questions, ",
        "https://example.org/2021-22/season, ",
    })
    void datesInUrls(String url, String expected) {
        DateParser parser = new DateParser(LocalDate.of(1995, 1, 1), LocalDate.of(2030, 1, 1));
        assertThat(DateExtractor.fromUrl(url, parser)).isEqualTo(Optional.ofNullable(expected).map(LocalDate::parse));
    }
}

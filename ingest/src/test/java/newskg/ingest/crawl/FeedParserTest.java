package newskg.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static List<FeedEntry> ok(FeedParser.Result r) {
        assertThat(r).isInstanceOf(FeedParser.Result.Ok.class);
        return ((FeedParser.Result.Ok) r).entries();
    }

    private static String error(FeedParser.Result r) {
        assertThat(r).isInstanceOf(FeedParser.Result.Error.class);
        return ((FeedParser.Result.Error) r).reason();
    }

    @Test
    void readsRss2() {
        List<FeedEntry> e = ok(FeedParser.parse(Fixtures.bytes("rss.xml"), URI.create("https://news.example/feed.xml")));
        assertThat(e).extracting(FeedEntry::link).containsExactly(
                URI.create("https://news.example/2023/08/15/iraq-telegram"),
                URI.create("https://news.example/2023/08/10/relative"),
                URI.create("https://news.example/2023/07/01/guid-only"));
        assertThat(e.get(0).date()).contains(Instant.parse("2023-08-15T09:30:00Z"));
        assertThat(e.get(0).title()).isEqualTo("Iraq lifts Telegram ban");
        assertThat(e.get(1).date()).contains(Instant.parse("2023-08-10T15:00:00Z"));
        assertThat(e.get(1).title()).isEqualTo("Relative & CDATA");
        assertThat(e.get(2).date()).contains(Instant.parse("2023-07-01T08:00:00Z"));
    }

    @Test
    void readsAtom() {
        List<FeedEntry> e = ok(FeedParser.parse(Fixtures.bytes("atom.xml"), URI.create("https://atom.example/atom.xml")));
        assertThat(e).extracting(FeedEntry::link).containsExactly(
                URI.create("https://atom.example/a/1"), URI.create("https://atom.example/a/2"));
        assertThat(e.get(0).date()).contains(Instant.parse("2023-08-14T08:00:00Z"));
        assertThat(e.get(1).date()).contains(Instant.parse("2023-08-16T00:00:00Z"));
    }

    @Test
    void readsRss1Rdf() {
        String rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://rdf.example/"><title>t</title><link>https://rdf.example/</link></channel>
                  <item rdf:about="https://rdf.example/1"><title>One</title><link>https://rdf.example/1</link>
                    <dc:date>2023-08-01</dc:date></item>
                </rdf:RDF>
                """;
        List<FeedEntry> e = ok(FeedParser.parse(rdf.getBytes(StandardCharsets.UTF_8), URI.create("https://rdf.example/rss")));
        assertThat(e).extracting(FeedEntry::link).containsExactly(URI.create("https://rdf.example/1"));
    }

    @Test
    void externalEntityIsNeverResolved() {
        String reason = error(FeedParser.parse(Fixtures.bytes("xxe-feed.xml"), URI.create("https://evil.example/feed")));
        assertThat(reason).contains("DOCTYPE");
        assertThat(reason).doesNotContain("root:");
    }

    @Test
    void billionLaughsIsRejectedWithoutExpansion() {
        assertThat(error(FeedParser.parse(Fixtures.bytes("billion-laughs.xml"), URI.create("https://evil.example/feed"))))
                .contains("DOCTYPE");
    }

    @Test
    void undeclaredEntityAndMalformedXmlAreErrors() {
        byte[] undeclared = "<rss><channel><item><title>&foo;</title><link>http://a.test/</link></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(FeedParser.parse(undeclared, URI.create("http://a.test/"))).isInstanceOf(FeedParser.Result.Error.class);
        byte[] broken = "<rss><channel><item><link>http://a.test/x</link>".getBytes(StandardCharsets.UTF_8);
        assertThat(error(FeedParser.parse(broken, URI.create("http://a.test/")))).startsWith("malformed feed");
        assertThat(FeedParser.parse(new byte[0], URI.create("http://a.test/"))).isInstanceOf(FeedParser.Result.Error.class);
        byte[] binary = {0, 1, 2, (byte) 0xff, (byte) 0xfe};
        assertThat(FeedParser.parse(binary, URI.create("http://a.test/"))).isInstanceOf(FeedParser.Result.Error.class);
    }

    @Test
    void htmlIsNotAFeed() {
        byte[] html = "<html><body><a href=x>x</a></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(error(FeedParser.parse(html, URI.create("http://a.test/")))).contains("not a feed");
    }

    @Test
    void absurdDatesAreIgnoredNotFatal() {
        byte[] rss = """
                <rss version="2.0"><channel>
                <item><link>http://a.test/1</link><pubDate> date 2099-13-45</pubDate></item>
                </channel></rss>""".getBytes(StandardCharsets.UTF_8);
        List<FeedEntry> e = ok(FeedParser.parse(rss, URI.create("http://a.test/")));
        assertThat(e).hasSize(1);
        assertThat(e.get(0).date()).isEmpty();
    }
}

package newskg.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import newskg.ingest.fetch.TestServer;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {

    private static final URI BASE = URI.create("https://news.example/sitemap.xml");

    private static List<FeedEntry> urls(SitemapReader.Result r) {
        assertThat(r).isInstanceOf(SitemapReader.Result.UrlSet.class);
        return ((SitemapReader.Result.UrlSet) r).entries();
    }

    @Test
    void newsSitemapGivesPublicationDatesElseLastmod() {
        List<FeedEntry> e = urls(SitemapReader.parse(Fixtures.bytes("news-sitemap.xml"), "application/xml", BASE, 1 << 20));
        assertThat(e).extracting(FeedEntry::link).containsExactly(URI.create("https://news.example/2023/08/15/new"),
                URI.create("https://news.example/2020/01/01/old"), URI.create("https://news.example/undated"));
        assertThat(e.get(0).date()).contains(Instant.parse("2023-08-15T09:30:00Z"));
        assertThat(e.get(0).title()).isEqualTo("New article");
        assertThat(e.get(1).date()).contains(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(e.get(2).date()).isEmpty();
    }

    @Test
    void indexListsSitemaps() {
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example/s1.xml</loc></sitemap>
                  <sitemap><loc>https://news.example/s2.xml.gz</loc><lastmod>2023-08-01</lastmod></sitemap>
                </sitemapindex>""";
        SitemapReader.Result r = SitemapReader.parse(index.getBytes(StandardCharsets.UTF_8), "text/xml", BASE, 1 << 20);
        assertThat(r).isInstanceOf(SitemapReader.Result.Index.class);
        assertThat(((SitemapReader.Result.Index) r).sitemaps()).containsExactly(
                URI.create("https://news.example/s1.xml"), URI.create("https://news.example/s2.xml.gz"));
    }

    @Test
    void gzippedSitemapIsInflatedWithACap() {
        byte[] gz = TestServer.gzip(Fixtures.bytes("news-sitemap.xml"));
        assertThat(urls(SitemapReader.parse(gz, "application/gzip", URI.create("https://news.example/s.xml.gz"), 1 << 20)))
                .hasSize(3);
        SitemapReader.Result bomb = SitemapReader.parse(TestServer.gzipZeros(8L << 20), "application/gzip", BASE, 1 << 20);
        assertThat(bomb).isInstanceOf(SitemapReader.Result.Error.class);
        assertThat(((SitemapReader.Result.Error) bomb).reason()).contains("inflates past");
    }

    @Test
    void plainTextSitemap() {
        byte[] txt = "https://news.example/a\nhttps://news.example/b\n".getBytes(StandardCharsets.UTF_8);
        assertThat(urls(SitemapReader.parse(txt, "text/plain", URI.create("https://news.example/sitemap.txt"), 1 << 20)))
                .extracting(FeedEntry::link).containsExactly(URI.create("https://news.example/a"), URI.create("https://news.example/b"));
    }

    @Test
    void doctypeAndGarbageAreErrors() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/&xxe;</loc></url></urlset>""";
        SitemapReader.Result r = SitemapReader.parse(xxe.getBytes(StandardCharsets.UTF_8), "application/xml", BASE, 1 << 20);
        assertThat(r).isInstanceOf(SitemapReader.Result.Error.class);
        assertThat(SitemapReader.parse(new byte[] {1, 2, 3}, "application/xml", BASE, 1 << 20))
                .isInstanceOf(SitemapReader.Result.Error.class);
    }
}

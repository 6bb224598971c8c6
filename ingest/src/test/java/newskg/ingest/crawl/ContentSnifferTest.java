package newskg.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newskg.ingest.fetch.FetchedPage;
import newskg.ingest.fetch.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentSnifferTest {

    private static FetchedPage page(String contentType, byte[] body) {
        Map<String, List<String>> headers = contentType.isEmpty() ? Map.of() : Map.of("Content-Type", List.of(contentType));
        return FetchedPage.of(URI.create("http://a.test/x"), 200, headers, body, Instant.EPOCH);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "text/html                | <!DOCTYPE html><html><body>x</body></html>                     | HTML",
        "text/xml                 | <?xml version='1.0'?><rss version='2.0'><channel/></rss>        | FEED",
        "text/html                | <?xml version='1.0'?><!-- c --><feed xmlns='x'></feed>          | FEED",
        "application/xml          | <urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'/>   | SITEMAP",
        "''                       | <sitemapindex><sitemap/></sitemapindex>                         | SITEMAP",
        "application/rss+xml      | garbage                                                         | FEED",
        "application/xhtml+xml    | <html xmlns='http://www.w3.org/1999/xhtml'/>                    | HTML",
        "''                       | <!doctype html><title>x</title>                                 | HTML",
        "image/png                | PNGDATA                                                         | OTHER",
        "application/json         | {\"a\": 1}                                                      | OTHER",
        "text/plain               | https://a.test/1\\nhttps://a.test/2                              | SITEMAP",
        "application/xml          | <rdf:RDF xmlns:rdf='x'/>                                        | FEED"})
    void classifies(String type, String body, ContentSniffer.Kind kind) {
        assertThat(ContentSniffer.classify(page(type, body.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(kind);
    }

    @Test
    void gzipBodyIsASitemapCandidate() {
        assertThat(ContentSniffer.classify(page("application/x-gzip", TestServer.gzip("<urlset/>".getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo(ContentSniffer.Kind.SITEMAP);
    }
}

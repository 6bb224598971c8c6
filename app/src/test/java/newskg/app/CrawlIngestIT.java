package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import newskg.graph.store.NewsStore;

/** {@code newskg ingest} against a small news site on loopback: robots.txt, a feed, a sitemap, re-crawls. */
class CrawlIngestIT {
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        pages.put("/robots.txt", "User-agent: *\nDisallow: /private/\n");
        pages.put("/feed.xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Example wire</title>
                <item><title>One</title><link>BASE/news/2024/02/18/regulator-restricts-x.html</link></item>
                <item><title>Two</title><link>BASE/private/2024/02/19/internal-memo.html</link></item>
                </channel></rss>""".replace("BASE", base));
        pages.put("/sitemap.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>BASE/news/2024/03/01/court-lifts-ban.html</loc></url>
                <url><loc>BASE/news/2024/02/18/regulator-restricts-x.html</loc></url>
                </urlset>""".replace("BASE", base));
        pages.put("/news/2024/02/18/regulator-restricts-x.html", page("Regulator restricts X", "2024-02-18",
                "The national telecommunications regulator restricted access to the social network X on Saturday,"
                        + " citing a threat to public order."));
        pages.put("/news/2024/03/01/court-lifts-ban.html", page("Court lifts ban on X", "2024-03-01",
                "A high court on Friday ordered the regulator to restore access to X, ending a two-week block."));
        pages.put("/private/2024/02/19/internal-memo.html", page("Memo", "2024-02-19", "Not for crawlers."));
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(path);
        String body = pages.get(path);
        if (body == null) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String type = path.endsWith(".xml") ? "application/xml" : path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8";
        ex.getResponseHeaders().add("Content-Type", type);
        ex.getResponseHeaders().add("ETag", etag);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void storesExactlyTheArticlesRobotsAllowsAndReCrawlsConditionally(@TempDir Path tmp) {
        String store = tmp.resolve("store").toString();
        Cli.Result r = Cli.run("ingest", "--allow-private", "--store", store, base + "/feed.xml", base + "/sitemap.xml");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(requests).contains("/robots.txt", "/feed.xml", "/sitemap.xml",
                "/news/2024/02/18/regulator-restricts-x.html", "/news/2024/03/01/court-lifts-ban.html");
        assertThat(requests).noneMatch(p -> p.startsWith("/private/"));
        assertThat(r.err()).contains("2 stored", "1 disallowed");
        try (NewsStore s = NewsStore.open(Path.of(store), StoreOptions.mapper())) {
            assertThat(s.countArticles()).isEqualTo(2);
        }

        requests.clear();
        Cli.Result again = Cli.run("ingest", "--allow-private", "--store", store, base + "/feed.xml", base + "/sitemap.xml");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).contains("2 unchanged").doesNotContain("stored,");
    }

    @Test
    void withoutAllowPrivateNothingIsRequestedAndTheRefusalIsReported(@TempDir Path tmp) {
        Cli.Result r = Cli.run("ingest", "--store", tmp.resolve("store").toString(), base + "/feed.xml");
        assertThat(requests).isEmpty();
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("refused").contains(base + "/feed.xml");
    }

    private static String page(String title, String date, String text) {
        return "<!doctype html><html lang=en><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + date + "T09:00:00Z\"></head><body>"
                + "<nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>" + title + "</h1>"
                + "<p>" + text + "</p><p>" + text.replace("The ", "Officials said the ").replace("A ", "Officials said a ")
                + "</p><p>The decision was published in the official gazette and took effect at once.</p>"
                + "</article><footer>Copyright Example Wire</footer></body></html>";
    }
}

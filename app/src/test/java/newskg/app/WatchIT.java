package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** {@code serve --watch FILE --every 2s}: a feed is crawled again while the server keeps answering. */
class WatchIT {
    private static final String ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://schema.org/NewsArticle> }";
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void newFeedItemsArriveWhileQueriesKeepBeingAnswered(@TempDir Path tmp) throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        site.createContext("/", ex -> {
            String body = pages.get(ex.getRequestURI().getPath());
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", ex.getRequestURI().getPath().endsWith(".xml")
                    ? "application/rss+xml" : "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
        site.start();
        pages.put("/a.html", page("Regulator blocks Signal", "The communications regulator blocked Signal on Monday."));
        pages.put("/b.html", page("Regulator unblocks Signal", "The communications regulator restored access to Signal on Friday."));
        pages.put("/feed.xml", feed(base, "/a.html"));
        Path watch = Files.writeString(tmp.resolve("sources.txt"), "# watched feeds\n" + base + "/feed.xml\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--store",
                tmp.resolve("store").toString(), "--port", Integer.toString(port), "--watch", watch.toString(),
                "--every", "2s", "--allow-private", "--host-delay", "0")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("serve.log").toFile()).start();
        String sparql = "http://127.0.0.1:" + port + "/newskg/sparql";
        try {
            long answered = waitFor(sparql, 1, serve, tmp);
            pages.put("/feed.xml", feed(base, "/a.html", "/b.html"));
            answered += waitFor(sparql, 2, serve, tmp);
            assertThat(answered).as("queries answered while the watcher crawled").isGreaterThan(2);
            assertThat(Files.readString(tmp.resolve("serve.log"))).contains("newskg watch:").doesNotContain("\tat ");
        } finally {
            serve.destroy();
            serve.waitFor();
            site.stop(0);
        }
    }

    /** Polls until the store holds {@code n} articles; returns how many queries were answered meanwhile. */
    private long waitFor(String sparql, int n, Process serve, Path tmp) throws Exception {
        long answered = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(serve.isAlive()).as(() -> log(tmp)).isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql + "?query="
                        + URLEncoder.encode(ARTICLES, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    answered++;
                    if (r.body().strip().endsWith(Integer.toString(n))) {
                        return answered;
                    }
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the store never held " + n + " articles\n" + log(tmp));
    }

    private static String log(Path tmp) {
        try {
            return Files.readString(tmp.resolve("serve.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String feed(String base, String... items) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
        for (String i : items) {
            s.append("<item><title>x</title><link>").append(base).append(i).append("</link></item>");
        }
        return s.append("</channel></rss>").toString();
    }

    private static String page(String title, String text) {
        return "<!doctype html><html lang=en><head><title>" + title + "</title><meta property=\"article:published_time\""
                + " content=\"2024-05-10T08:00:00Z\"></head><body><article><h1>" + title + "</h1><p>" + text
                + " Officials said the decision took effect at once and would be reviewed.</p><p>" + text
                + "</p></article></body></html>";
    }
}

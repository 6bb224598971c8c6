package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A corpus of hostile inputs, generated here: every one gets a clear problem in the summary, the
 * run goes on and stores the good article, exits 3, prints no stack trace, and the store stays valid.
 */
class HostileInputIT {
    private HttpServer server;
    private ServerSocket silent;
    private final List<Socket> held = new ArrayList<>();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", this::handle);
        server.start();
        // A server that accepts connections and never answers.
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-server");
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.stop(0);
        silent.close();
        for (Socket s : held) {
            s.close();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String body;
        String type = "application/xml";
        switch (path) {
            case "/robots.txt" -> { ex.sendResponseHeaders(404, -1); ex.close(); return; }
            case "/xxe.xml" -> body = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                    <rss version="2.0"><channel><title>&xxe;</title><item><link>BASE/a</link></item></channel></rss>""";
            case "/laughs.xml" -> body = """
                    <?xml version="1.0"?>
                    <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                    <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                    <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
                    <rss version="2.0"><channel><title>&lol4;</title></channel></rss>""";
            case "/self-index.xml" -> body = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    <sitemap><loc>BASE/self-index.xml</loc></sitemap></sitemapindex>""";
            case "/loop-a" -> { redirect(ex, "/loop-b"); return; }
            case "/loop-b" -> { redirect(ex, "/loop-a"); return; }
            default -> { ex.sendResponseHeaders(404, -1); ex.close(); return; }
        }
        byte[] bytes = body.replace("BASE", base).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    @Test
    void everyHostileInputIsReportedAndTheRunGoesOn(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("00-good.txt"), """
                 date 2024-02-18 Regulator restricts the X platform

                The national telecommunications regulator restricted access to X on Saturday, citing public order.
                """);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("empty.html"), "");
        Files.write(in.resolve("binary.html"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        Files.write(in.resolve("truncated.html.gz"), gzip("<html><body><p>cut short</p></body></html>".repeat(50), 25));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.html.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
        }
        Files.writeString(in.resolve("huge.html"), "<html><body><p>" + "word ".repeat(11_000_000) + "</p></body></html>");
        Files.write(in.resolve("invalid-utf8.txt"), concat(" date 2024-01-01 Broken bytes\n\nText ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}));
        Files.writeString(in.resolve("deep.html"), "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000));
        Files.writeString(in.resolve("german.html"), "<html lang=de><head><title>Regierung sperrt Plattform</title>"
                + "<meta property='article:published_time' content='2024-03-01'></head><body><article><p>"
                + "Die Regierung hat am Freitag den Zugang zu der Plattform gesperrt, teilte die Behoerde mit. ".repeat(12)
                + "</p></article></body></html>");
        Files.writeString(in.resolve("no-sentences.txt"), " date 2024-01-01 Nothing to say\n\n   \n");
        Files.writeString(in.resolve("absurd-date.txt"), " date 2099-13-45 From the future\n\nSomething happened.\n");

        String store = tmp.resolve("store").toString();
        List<String> args = new ArrayList<>(List.of("ingest", "--allow-private", "--fetch-timeout", "2", "--host-delay", "0",
                "--store", store, in.toString(),
                base + "/xxe.xml", base + "/laughs.xml", base + "/self-index.xml", base + "/loop-a",
                "http://127.0.0.1:" + silent.getLocalPort() + "/never"));
        Cli.Result r = Cli.run(args.toArray(String[]::new));

        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "Caused by");
        assertThat(r.err()).contains("stored");
        for (String name : List.of("empty.txt", "empty.html", "binary.html", "truncated.html.gz", "bomb.html.gz",
                "huge.html", "invalid-utf8.txt", "no-sentences.txt", "absurd-date.txt", "german.html",
                "/xxe.xml", "/laughs.xml", "/self-index.xml", "/loop-a", "/never")) {
            assertThat(r.err().lines().filter(l -> l.contains(name)).toList()).as("a problem line for " + name).isNotEmpty();
        }
        Cli.Result validate = Cli.run("validate", "--store", store);
        assertThat(validate.code()).as(validate.out()).isZero();
    }

    private static byte[] gzip(String text, int keep) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return java.util.Arrays.copyOf(b.toByteArray(), keep);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

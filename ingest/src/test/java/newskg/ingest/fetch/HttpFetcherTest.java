package newskg.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchConfig config() {
        return FetchConfig.defaults()
                .withAllowPrivate(true)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withPoliteness(Duration.ZERO, Duration.ofSeconds(30), 2)
                .withRetries(2, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    private HttpFetcher fetcher(FetchConfig config) {
        return HttpFetcher.builder().config(config).clock(time).sleeper(time).build();
    }

    private static FetchedPage page(FetchResult r) {
        assertThat(r).isInstanceOf(FetchResult.Fetched.class);
        return ((FetchResult.Fetched) r).page();
    }

    private static FetchResult.Failed failed(FetchResult r) {
        assertThat(r).isInstanceOf(FetchResult.Failed.class);
        return (FetchResult.Failed) r;
    }

    @Test
    void fetchesAPageWithHeadersCharsetAndUserAgent() {
        server.ok("/a", "text/html; charset=ISO-8859-15", "<p>caf\u00e9</p>".getBytes(java.nio.charset.Charset.forName("ISO-8859-15")));
        FetchedPage p = page(fetcher(config()).fetch(server.uri("/a")));
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.requested()).isEqualTo(server.uri("/a"));
        assertThat(p.finalUri()).isEqualTo(server.uri("/a"));
        assertThat(p.charset()).map(java.nio.charset.Charset::name).contains("ISO-8859-15");
        assertThat(p.text()).isEqualTo("<p>caf\u00e9</p>");
        assertThat(p.mediaType()).contains("text/html");
        assertThat(p.fetchedAt()).isEqualTo(time.instant());
        assertThat(server.requests().get(0).header("User-Agent")).isEqualTo(FetchConfig.DEFAULT_USER_AGENT);
    }

    @Test
    void loopbackIsRefusedWithoutAllowPrivateAndNoRequestIsSent() {
        FetchResult r = fetcher(config().withAllowPrivate(false)).fetch(server.uri("/a"));
        assertThat(r).isInstanceOf(FetchResult.Refused.class);
        assertThat(((FetchResult.Refused) r).reason()).contains("127.0.0.1");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        HttpFetcher f = fetcher(config());
        assertThat(f.fetch(URI.create("file:///etc/passwd"))).isInstanceOf(FetchResult.Refused.class);
        assertThat(f.fetch(URI.create("ftp://127.0.0.1/x"))).isInstanceOf(FetchResult.Refused.class);
        assertThat(f.fetch(URI.create("gopher://127.0.0.1:70/"))).isInstanceOf(FetchResult.Refused.class);
    }

    @Test
    void redirectTargetIsCheckedAgainAfterEachHop() {
        // The resolver calls 127.0.0.1 public (so the first hop passes) but localhost private:
        // the redirect to localhost must be refused without a request for /secret.
        AddressPolicy.Resolver resolver = host -> host.equals("127.0.0.1")
                ? new InetAddress[] {InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 216, 34})}
                : new InetAddress[] {InetAddress.getLoopbackAddress()};
        server.redirect("/r", 302, "http://localhost:" + server.port() + "/secret");
        server.ok("/secret", "text/html", "<p>secret</p>");
        HttpFetcher f = HttpFetcher.builder().config(config().withAllowPrivate(false)).clock(time).sleeper(time)
                .resolver(resolver).build();
        FetchResult r = f.fetch(server.uri("/r"));
        assertThat(r).isInstanceOf(FetchResult.Refused.class);
        assertThat(r.uri()).isEqualTo(server.uri("/r"));
        assertThat(server.paths()).containsExactly("/r");
    }

    @Test
    void followsRelativeRedirects() {
        server.redirect("/old", 301, "/mid");
        server.redirect("/mid", 308, "new?x=1#frag");
        server.ok("/new", "text/html", "<p>here</p>");
        FetchedPage p = page(fetcher(config()).fetch(server.uri("/old")));
        assertThat(p.requested()).isEqualTo(server.uri("/old"));
        assertThat(p.finalUri()).isEqualTo(server.uri("/new?x=1"));
        assertThat(server.paths()).containsExactly("/old", "/mid", "/new?x=1");
    }

    @Test
    void redirectLoopFails() {
        server.redirect("/a", 302, "/b");
        server.redirect("/b", 302, "/a");
        FetchResult.Failed f = failed(fetcher(config()).fetch(server.uri("/a")));
        assertThat(f.reason()).contains("redirect loop");
        assertThat(f.status()).isEqualTo(302);
        assertThat(server.paths()).containsExactly("/a", "/b");
    }

    @Test
    void redirectLimitHolds() {
        for (int i = 0; i < 10; i++) {
            server.redirect("/r" + i, 302, "/r" + (i + 1));
        }
        FetchResult.Failed f = failed(fetcher(config().withMaxRedirects(3)).fetch(server.uri("/r0")));
        assertThat(f.reason()).contains("more than 3 redirects");
        assertThat(server.paths()).hasSize(4);
    }

    @Test
    void conditionalGetGivesNotModified() {
        server.route("/c", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            if ("\"v1\"".equals(inm)) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().add("ETag", "\"v1\"");
                ex.getResponseHeaders().add("Last-Modified", "Mon, 15 Jan 2024 10:00:00 GMT");
                TestServer.send(ex, 200, "text/html", "<p>v1</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        HttpFetcher f = fetcher(config());
        FetchedPage first = page(f.fetch(server.uri("/c")));
        Validators v = first.validators();
        assertThat(v.etag()).contains("\"v1\"");
        assertThat(v.lastModified()).contains("Mon, 15 Jan 2024 10:00:00 GMT");
        assertThat(f.fetch(server.uri("/c"), v, HopGate.ALLOW_ALL)).isInstanceOf(FetchResult.NotModified.class);
        assertThat(server.requests().get(1).header("If-Modified-Since")).isEqualTo("Mon, 15 Jan 2024 10:00:00 GMT");
    }

    @Test
    void unchangedBodyHashGivesNotModified() {
        server.ok("/h", "text/html", "<p>same</p>");
        HttpFetcher f = fetcher(config());
        String hash = page(f.fetch(server.uri("/h"))).sha256();
        FetchResult again = f.fetch(server.uri("/h"), Validators.of(null, null, hash), HopGate.ALLOW_ALL);
        assertThat(again).isInstanceOf(FetchResult.NotModified.class);
    }

    @Test
    void retriesAfter429HonouringRetryAfterOnTheInjectedClock() {
        int[] calls = {0};
        server.route("/busy", ex -> {
            if (calls[0]++ == 0) {
                ex.getResponseHeaders().add("Retry-After", "7");
                TestServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                TestServer.send(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        FetchedPage p = page(fetcher(config()).fetch(server.uri("/busy")));
        assertThat(p.status()).isEqualTo(200);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(server.paths()).hasSize(2);
    }

    @Test
    void retryAfterAsHttpDateAndBackoffWithout() {
        server.route("/d", ex -> {
            ex.getResponseHeaders().add("Retry-After", "Mon, 15 Jan 2024 12:00:30 GMT"); // FakeTime starts 12:00:00
            TestServer.send(ex, 503, "text/plain", "down".getBytes(StandardCharsets.UTF_8));
        });
        server.status("/e", 503);
        HttpFetcher f = fetcher(config());
        FetchResult.Failed d = failed(f.fetch(server.uri("/d")));
        assertThat(d.status()).isEqualTo(503);
        assertThat(d.reason()).contains("after 3 attempts");
        assertThat(time.sleeps().get(0)).isEqualTo(Duration.ofSeconds(30));
        FakeTime t2 = new FakeTime();
        HttpFetcher g = HttpFetcher.builder().config(config()).clock(t2).sleeper(t2).build();
        failed(g.fetch(server.uri("/e")));
        assertThat(t2.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void retryAfterLongerThanTheCapFailsAtOnce() {
        server.route("/z", ex -> {
            ex.getResponseHeaders().add("Retry-After", "86400");
            TestServer.send(ex, 429, "text/plain", "tomorrow".getBytes(StandardCharsets.UTF_8));
        });
        FetchResult.Failed f = failed(fetcher(config()).fetch(server.uri("/z")));
        assertThat(f.status()).isEqualTo(429);
        assertThat(f.reason()).contains("Retry-After");
        assertThat(time.sleeps()).isEmpty();
        assertThat(server.paths()).hasSize(1);
    }

    @Test
    void politenessDelaySeparatesRequestsToOneHost() {
        server.ok("/p", "text/html", "<p>x</p>");
        HttpFetcher f = fetcher(config().withPoliteness(Duration.ofSeconds(5), Duration.ofSeconds(30), 1));
        for (int i = 0; i < 3; i++) {
            page(f.fetch(server.uri("/p")));
        }
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void crawlDelayIsCappedAndNeverBelowTheHostDelay() {
        HttpFetcher f = fetcher(config().withPoliteness(Duration.ofSeconds(1), Duration.ofSeconds(10), 1));
        URI u = server.uri("/");
        f.crawlDelay(u, Duration.ofSeconds(60));
        assertThat(f.hostDelay(u)).isEqualTo(Duration.ofSeconds(10));
        f.crawlDelay(u, Duration.ofMillis(10));
        assertThat(f.hostDelay(u)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void declaredOversizedBodyIsRefusedUnread() {
        server.ok("/big", "text/html", new byte[50_000]);
        FetchResult.Failed f = failed(fetcher(config().withBodyLimits(10_000, 100_000)).fetch(server.uri("/big")));
        assertThat(f.reason()).contains("body larger than 10000 bytes");
    }

    @Test
    void chunkedOversizedBodyIsCutOff() {
        server.route("/stream", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked, no Content-Length
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[8192];
                for (int i = 0; i < 64; i++) { // 512 KiB, far past the cap
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up at the cap, as it should
                assertThat(e).isNotNull();
            }
        });
        FetchResult.Failed f = failed(fetcher(config().withBodyLimits(20_000, 100_000)).fetch(server.uri("/stream")));
        assertThat(f.reason()).contains("body larger than 20000 bytes");
    }

    @Test
    void gzipAndDeflateAreDecoded() throws IOException {
        byte[] html = "<p>compressed</p>".getBytes(StandardCharsets.UTF_8);
        server.route("/gz", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", TestServer.gzip(html));
        });
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(zlib, new Deflater())) {
            d.write(html);
        }
        server.route("/deflate", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "deflate");
            TestServer.send(ex, 200, "text/html", zlib.toByteArray());
        });
        HttpFetcher f = fetcher(config());
        FetchedPage gz = page(f.fetch(server.uri("/gz")));
        assertThat(gz.text()).isEqualTo("<p>compressed</p>");
        assertThat(gz.header("content-encoding")).isEmpty();
        assertThat(page(f.fetch(server.uri("/deflate"))).text()).isEqualTo("<p>compressed</p>");
        assertThat(server.requests().get(0).header("Accept-Encoding")).contains("gzip");
    }

    @Test
    void gzipBombIsStoppedAtTheInflateCap() {
        byte[] bomb = TestServer.gzipZeros(20L << 20); // 20 MiB of zeros in about 20 KiB
        assertThat(bomb.length).isLessThan(100_000);
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", bomb);
        });
        FetchResult.Failed f = failed(fetcher(config().withBodyLimits(1 << 20, 1 << 20)).fetch(server.uri("/bomb")));
        assertThat(f.reason()).contains("inflates past");
    }

    @Test
    void truncatedGzipFails() {
        byte[] gz = TestServer.gzip("<p>hello world, hello world</p>".getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length - 12);
        server.route("/cut", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", cut);
        });
        assertThat(failed(fetcher(config()).fetch(server.uri("/cut"))).reason()).contains("gzip");
    }

    @Test
    void slowBodyHitsTheReadTimeout() {
        server.route("/slow", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write("<p>first bytes".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            server.stall();
        });
        FetchResult.Failed f = failed(fetcher(config().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)))
                .fetch(server.uri("/slow")));
        assertThat(f.hasResponse()).isFalse();
        assertThat(f.reason()).contains("timeout");
    }

    @Test
    void serverThatAcceptsAndNeverAnswersTimesOut() throws IOException {
        // Bound but never accept()ed: the kernel completes the handshake, nobody ever answers.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            URI uri = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/");
            FetchResult.Failed f = failed(fetcher(config().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)))
                    .fetch(uri));
            assertThat(f.reason()).contains("timeout");
        }
    }

    @Test
    void connectionRefusedFails() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        FetchResult.Failed f = failed(fetcher(config()).fetch(URI.create("http://127.0.0.1:" + port + "/")));
        assertThat(f.hasResponse()).isFalse();
    }

    @Test
    void httpErrorsAreFailuresWithTheirStatus() {
        server.status("/gone", 410);
        FetchResult.Failed f = failed(fetcher(config()).fetch(server.uri("/gone")));
        assertThat(f.status()).isEqualTo(410);
        assertThat(f.reason()).isEqualTo("HTTP 410");
    }

    @Test
    void aClientThatFollowsRedirectsIsRejected() {
        java.net.http.HttpClient following = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpFetcher.builder().client(following).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fiftyMegabytePageIsRefusedAtTheDefaultCap() {
        server.route("/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            long size = 50L << 20;
            ex.sendResponseHeaders(200, size);
            byte[] chunk = new byte[1 << 16];
            try (OutputStream out = ex.getResponseBody()) {
                for (long n = 0; n < size; n += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up after reading the Content-Length, as it should
                assertThat(e).isNotNull();
            }
        });
        FetchConfig defaults = FetchConfig.defaults().withAllowPrivate(true).withPoliteness(Duration.ZERO, Duration.ZERO, 2);
        FetchResult.Failed f = failed(fetcher(defaults).fetch(server.uri("/huge")));
        assertThat(f.reason()).contains("body larger than " + (10L << 20));
    }

    @Test
    void perHostConcurrencyCapHolds() throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger max = new java.util.concurrent.atomic.AtomicInteger();
        server.route("/c", ex -> {
            max.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30); // hold the request open so that others would overlap
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            TestServer.send(ex, 200, "text/html", "<p>c</p>".getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher f = fetcher(config().withPoliteness(Duration.ZERO, Duration.ZERO, 2));
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        java.util.List<FetchResult> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 6; i++) {
            Thread t = new Thread(() -> results.add(f.fetch(server.uri("/c"))));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).hasSize(6).allMatch(r -> r instanceof FetchResult.Fetched);
        assertThat(max.get()).isBetween(1, 2);
    }
}

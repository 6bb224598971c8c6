package newskg.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsPolicyTest {

    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpFetcher fetcher() {
        FetchConfig c = FetchConfig.defaults().withAllowPrivate(true)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withPoliteness(Duration.ZERO, Duration.ofSeconds(5), 2)
                .withRetries(0, Duration.ZERO, Duration.ZERO);
        return HttpFetcher.builder().config(c).clock(time).sleeper(time).build();
    }

    @Test
    void disallowedPathIsNeverRequestedAndRobotsIsFetchedOnce() {
        server.ok("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n");
        server.ok("/private/a", "text/html", "<p>no</p>");
        server.ok("/public/a", "text/html", "<p>yes</p>");
        HttpFetcher f = fetcher();
        RobotsPolicy robots = new RobotsPolicy(f);
        FetchResult denied = f.fetch(server.uri("/private/a"), Validators.NONE, robots.gate());
        FetchResult allowed = f.fetch(server.uri("/public/a"), Validators.NONE, robots.gate());
        assertThat(denied).isInstanceOf(FetchResult.Disallowed.class);
        assertThat(((FetchResult.Disallowed) denied).reason()).contains("robots.txt");
        assertThat(allowed).isInstanceOf(FetchResult.Fetched.class);
        assertThat(server.paths()).containsExactly("/robots.txt", "/public/a");
    }

    @Test
    void groupForOurProductTokenWins() {
        server.ok("/robots.txt", "text/plain",
                "User-agent: *\nAllow: /\n\nUser-agent: newskg\nDisallow: /news/\n");
        RobotsPolicy robots = new RobotsPolicy(fetcher());
        assertThat(robots.isAllowed(server.uri("/news/1"))).isFalse();
        assertThat(robots.isAllowed(server.uri("/other"))).isTrue();
    }

    @Test
    void redirectIntoADisallowedPathIsStoppedBeforeTheRequest() {
        server.ok("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n");
        server.redirect("/go", 302, "/private/x");
        HttpFetcher f = fetcher();
        FetchResult r = f.fetch(server.uri("/go"), Validators.NONE, new RobotsPolicy(f).gate());
        assertThat(r).isInstanceOf(FetchResult.Disallowed.class);
        assertThat(r.uri()).isEqualTo(server.uri("/go"));
        assertThat(server.paths()).containsExactly("/robots.txt", "/go");
    }

    @ParameterizedTest(name = "robots.txt status {0} -> allowed {1}")
    @CsvSource({"404, true", "410, true", "403, true", "500, false", "503, false"})
    void statusMappingFollowsRfc9309(int status, boolean allowed) {
        server.status("/robots.txt", status);
        server.ok("/page", "text/html", "<p>x</p>");
        HttpFetcher f = fetcher();
        FetchResult r = f.fetch(server.uri("/page"), Validators.NONE, new RobotsPolicy(f).gate());
        if (allowed) {
            assertThat(r).isInstanceOf(FetchResult.Fetched.class);
            assertThat(server.paths()).containsExactly("/robots.txt", "/page");
        } else {
            assertThat(r).isInstanceOf(FetchResult.Disallowed.class);
            assertThat(((FetchResult.Disallowed) r).reason()).contains("unreachable");
            assertThat(server.paths()).containsExactly("/robots.txt");
        }
    }

    @Test
    void robotsBehindTooManyRedirectsCountsAsUnavailable() {
        for (int i = 0; i < 8; i++) {
            server.redirect(i == 0 ? "/robots.txt" : "/r" + i, 301, "/r" + (i + 1));
        }
        assertThat(new RobotsPolicy(fetcher()).isAllowed(server.uri("/page"))).isTrue();
    }

    @Test
    void unreachableRobotsDisallowsAll() throws java.io.IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        RobotsPolicy robots = new RobotsPolicy(fetcher());
        assertThat(robots.isAllowed(URI.create("http://127.0.0.1:" + port + "/a"))).isFalse();
    }

    @Test
    void crawlDelayIsPassedToTheFetcherUpToTheCap() {
        server.ok("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 3\nDisallow:\n");
        HttpFetcher f = fetcher();
        RobotsPolicy robots = new RobotsPolicy(f);
        assertThat(robots.isAllowed(server.uri("/a"))).isTrue();
        assertThat(f.hostDelay(server.uri("/a"))).isEqualTo(Duration.ofSeconds(3));

        try (TestServer slow = new TestServer()) {
            slow.ok("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 3600\n");
            // a different port is a different robots.txt, but the same host queue: capped at 5 s
            robots.isAllowed(slow.uri("/a"));
            assertThat(f.hostDelay(slow.uri("/a"))).isEqualTo(Duration.ofSeconds(5));
        }
    }

    @Test
    void rulesAreCachedPerSchemeHostAndPortAndExpire() {
        server.ok("/robots.txt", "text/plain", "User-agent: *\nDisallow: /x\n");
        HttpFetcher f = fetcher();
        RobotsPolicy robots = new RobotsPolicy(f);
        robots.isAllowed(server.uri("/a"));
        robots.isAllowed(server.uri("/b"));
        assertThat(server.paths()).containsExactly("/robots.txt");
        time.advance(Duration.ofHours(25));
        robots.isAllowed(server.uri("/c"));
        assertThat(server.paths()).containsExactly("/robots.txt", "/robots.txt");
        assertThat(RobotsPolicy.siteKey(URI.create("HTTP://Example.org/a"))).isEqualTo("http://example.org:80");
        assertThat(RobotsPolicy.siteKey(URI.create("https://example.org:8443/a"))).isEqualTo("https://example.org:8443");
    }

    @Test
    void sitemapsListedInRobotsAreExposed() {
        server.ok("/robots.txt", "text/plain", "User-agent: *\nDisallow:\nSitemap: " + server.uri("/sitemap.xml") + "\n");
        assertThat(new RobotsPolicy(fetcher()).sitemaps(server.uri("/"))).containsExactly(server.uri("/sitemap.xml").toString());
    }

    @Test
    void robotsOfARefusedHostIsNeverFetched() {
        HttpFetcher f = HttpFetcher.builder().config(FetchConfig.defaults()).clock(time).sleeper(time).build();
        FetchResult r = f.fetch(server.uri("/a"), Validators.NONE, new RobotsPolicy(f).gate());
        assertThat(r).isInstanceOf(FetchResult.Refused.class);
        assertThat(server.requests()).isEmpty();
        assertThat(HopGate.ALLOW_ALL.check(server.uri("/a"))).isEqualTo(Optional.empty());
    }
}

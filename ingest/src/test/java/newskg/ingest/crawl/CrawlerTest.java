package newskg.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newskg.ingest.fetch.FakeTime;
import newskg.ingest.fetch.FetchConfig;
import newskg.ingest.fetch.FetchResult;
import newskg.ingest.fetch.TestServer;
import newskg.ingest.fetch.Validators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A small news site on loopback: robots.txt, an RSS feed, an Atom feed, a sitemap index, gzipped sitemaps. */
class CrawlerTest {

    private final TestServer site = new TestServer();
    private final FakeTime time = new FakeTime();
    private final List<CrawlEvent> events = new ArrayList<>();

    @BeforeEach
    void buildSite() {
        String base = "http://127.0.0.1:" + site.port();
        site.ok("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.ok("/feed.xml", "application/rss+xml; charset=utf-8", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Site</title>
                <item><title>A1</title><link>%1$s/a1</link><pubDate>Tue, 15 Aug 2023 09:30:00 GMT</pubDate></item>
                <item><title>Secret</title><link>%1$s/private/secret</link><pubDate>Tue, 15 Aug 2023 09:30:00 GMT</pubDate></item>
                <item><title>Old</title><link>%1$s/old</link><pubDate>Wed, 01 Jan 2020 00:00:00 GMT</pubDate></item>
                <item><title>Elsewhere</title><link>http://localhost:%2$d/elsewhere</link></item>
                </channel></rss>""".formatted(base, site.port()));
        site.ok("/atom.xml", "application/atom+xml", """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
                <entry><title>T1</title><link href="/t1"/><published>2023-08-16T00:00:00Z</published></entry>
                </feed>""");
        site.ok("/sitemap_index.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%1$s/sitemap1.xml</loc></sitemap>
                  <sitemap><loc>%1$s/sitemap2.xml.gz</loc></sitemap>
                  <sitemap><loc>%1$s/sitemap_index.xml</loc></sitemap>
                </sitemapindex>""".formatted(base));
        site.ok("/sitemap1.xml", "text/xml", urlset(base + "/s1", base + "/s2"));
        site.ok("/sitemap2.xml.gz", "application/gzip",
                TestServer.gzip(urlset(base + "/s3").getBytes(StandardCharsets.UTF_8)));
        for (String p : List.of("/a1", "/old", "/private/secret", "/elsewhere", "/s1", "/s2", "/s3", "/t1")) {
            site.route(p, ex -> {
                String etag = "\"" + p + "\"";
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
                ex.getResponseHeaders().add("ETag", etag);
                TestServer.send(ex, 200, "text/html; charset=utf-8",
                        ("<!DOCTYPE html><html><head><title>" + p + "</title></head><body><p>Story " + p
                                + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static String urlset(String... locs) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String l : locs) {
            b.append("<url><loc>").append(l).append("</loc><lastmod>2023-08-15</lastmod></url>");
        }
        return b.append("</urlset>").toString();
    }

    private Crawler crawler(boolean allowPrivate, FetchMemory memory) {
        FetchConfig config = FetchConfig.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withPoliteness(Duration.ofMillis(10), Duration.ofSeconds(1), 2)
                .withRetries(0, Duration.ZERO, Duration.ZERO);
        return Crawler.builder().config(config).allowPrivate(allowPrivate).clock(time).sleeper(time).memory(memory).build();
    }

    private List<String> pagePaths() {
        return events.stream().filter(e -> e instanceof CrawlEvent.Page)
                .map(e -> e.uri().getHost() + e.uri().getPath()).toList();
    }

    private <T extends FetchResult> List<T> outcomes(Class<T> type) {
        return events.stream().filter(e -> e instanceof CrawlEvent.Outcome)
                .map(e -> ((CrawlEvent.Outcome) e).result()).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void crawlsFeedAndSitemapIndexObeyingRobots() {
        CrawlSummary s = crawler(true, FetchMemory.NONE).crawl(
                List.of(site.uri("/feed.xml"), site.uri("/sitemap_index.xml")),
                CrawlOptions.defaults().withSince(LocalDate.of(2023, 1, 1)), events::add);

        assertThat(pagePaths()).containsExactly("127.0.0.1/a1", "localhost/elsewhere", "127.0.0.1/s1", "127.0.0.1/s2",
                "127.0.0.1/s3");
        assertThat(outcomes(FetchResult.Disallowed.class)).extracting(FetchResult::uri)
                .containsExactly(site.uri("/private/secret"));
        assertThat(events).filteredOn(e -> e instanceof CrawlEvent.Outcome o && o.result() instanceof FetchResult.Disallowed)
                .singleElement().satisfies(e -> assertThat(((CrawlEvent.Outcome) e).problem()).get()
                        .extracting(newskg.model.Problem::stage).isEqualTo(newskg.model.Problem.Stage.ROBOTS));
        assertThat(outcomes(FetchResult.Failed.class)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("loop"));
        assertThat(site.paths()).contains("/robots.txt").doesNotContain("/private/secret", "/old");
        assertThat(site.paths().stream().filter("/sitemap_index.xml"::equals)).hasSize(1);
        assertThat(s.pages()).isEqualTo(5);
        assertThat(s.disallowed()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.skippedOld()).isEqualTo(1);
        assertThat(s.feeds()).isEqualTo(1);
        assertThat(s.sitemaps()).isEqualTo(3);
        assertThat(s.hasProblems()).isTrue();
        CrawlEvent.Page first = (CrawlEvent.Page) events.stream().filter(e -> e instanceof CrawlEvent.Page).findFirst().get();
        assertThat(first.listedDate()).contains(java.time.Instant.parse("2023-08-15T09:30:00Z"));
        assertThat(first.page().text()).contains("Story /a1");
    }

    @Test
    void parallelCrawlFindsTheSameAndCallsTheSinkOneAtATime() {
        java.util.concurrent.atomic.AtomicInteger inSink = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger overlaps = new java.util.concurrent.atomic.AtomicInteger();
        CrawlSummary s = crawler(true, FetchMemory.NONE).crawl(
                List.of(site.uri("/feed.xml"), site.uri("/sitemap_index.xml"), site.uri("/atom.xml")),
                CrawlOptions.defaults().withSince(LocalDate.of(2023, 1, 1)).withThreads(4), e -> {
                    if (inSink.incrementAndGet() > 1) {
                        overlaps.incrementAndGet();
                    }
                    events.add(e);
                    inSink.decrementAndGet();
                });
        assertThat(overlaps.get()).isZero();
        assertThat(pagePaths()).containsExactlyInAnyOrder("127.0.0.1/a1", "localhost/elsewhere", "127.0.0.1/s1",
                "127.0.0.1/s2", "127.0.0.1/s3", "127.0.0.1/t1");
        assertThat(s.pages()).isEqualTo(6);
        assertThat(s.disallowed()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.feeds()).isEqualTo(2);
        assertThat(s.sitemaps()).isEqualTo(3);
        assertThat(site.paths()).doesNotContain("/private/secret");
    }

    @Test
    void parallelCrawlStopsAtMaxPagesAndRethrowsSinkErrors() {
        CrawlSummary s = crawler(true, FetchMemory.NONE).crawl(List.of(site.uri("/sitemap_index.xml")),
                CrawlOptions.defaults().withMaxPages(2).withThreads(3), events::add);
        assertThat(s.pages()).isEqualTo(2);
        assertThat(pagePaths()).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> crawler(true, FetchMemory.NONE).crawl(
                List.of(site.uri("/feed.xml")), CrawlOptions.defaults().withThreads(2), e -> {
                    throw new IllegalStateException("sink broke");
                })).isInstanceOf(IllegalStateException.class).hasMessage("sink broke");
    }

    @Test
    void withoutAllowPrivateNoRequestIsSentAtAll() {
        CrawlSummary s = crawler(false, FetchMemory.NONE).crawl(
                List.of(site.uri("/feed.xml"), site.uri("/sitemap_index.xml")), CrawlOptions.defaults(), events::add);
        assertThat(site.requests()).isEmpty();
        assertThat(s.refused()).isEqualTo(2);
        assertThat(outcomes(FetchResult.Refused.class)).allSatisfy(r -> assertThat(r.reason()).contains("non-public"));
        assertThat(s.pages()).isZero();
    }

    @Test
    void sameHostSkipsOtherHosts() {
        CrawlSummary s = crawler(true, FetchMemory.NONE).crawl(List.of(site.uri("/feed.xml")),
                CrawlOptions.defaults().withSameHost(true), events::add);
        assertThat(pagePaths()).containsExactly("127.0.0.1/a1", "127.0.0.1/old");
        assertThat(s.skippedOffHost()).isEqualTo(1);
        assertThat(site.paths()).doesNotContain("/elsewhere");
    }

    @Test
    void maxPagesStopsTheCrawl() {
        CrawlSummary s = crawler(true, FetchMemory.NONE).crawl(List.of(site.uri("/sitemap_index.xml")),
                CrawlOptions.defaults().withMaxPages(2), events::add);
        assertThat(s.pages()).isEqualTo(2);
        assertThat(s.notCrawled()).isPositive();
    }

    @Test
    void recrawlWithRememberedValidatorsIsConditional() {
        Map<URI, Validators> store = new HashMap<>();
        crawler(true, FetchMemory.NONE).crawl(List.of(site.uri("/atom.xml")), CrawlOptions.defaults(), e -> {
            if (e instanceof CrawlEvent.Page p) {
                store.put(p.uri(), p.page().validators());
            }
            events.add(e);
        });
        assertThat(pagePaths()).containsExactly("127.0.0.1/t1");
        events.clear();
        CrawlSummary again = crawler(true, uri -> Optional.ofNullable(store.get(uri)))
                .crawl(List.of(site.uri("/atom.xml")), CrawlOptions.defaults(), events::add);
        assertThat(again.pages()).isZero();
        assertThat(again.notModified()).isEqualTo(1);
        assertThat(outcomes(FetchResult.NotModified.class)).extracting(FetchResult::uri).containsExactly(site.uri("/t1"));
    }

    @Test
    void hostileFeedsAndBrokenPagesAreOutcomesAndTheCrawlGoesOn() {
        site.ok("/xxe.xml", "application/rss+xml", Fixtures.bytes("xxe-feed.xml"));
        site.ok("/lol.xml", "text/xml", Fixtures.bytes("billion-laughs.xml"));
        site.redirect("/loop1", 302, "/loop2");
        site.redirect("/loop2", 302, "/loop1");
        site.ok("/img.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        CrawlSummary s = crawler(true, FetchMemory.NONE).crawl(List.of(site.uri("/xxe.xml"), site.uri("/lol.xml"),
                site.uri("/loop1"), site.uri("/missing"), site.uri("/img.png"), URI.create("file:///etc/passwd"),
                URI.create("relative/path"), site.uri("/a1")), CrawlOptions.defaults(), events::add);
        assertThat(pagePaths()).containsExactly("127.0.0.1/a1");
        assertThat(outcomes(FetchResult.Failed.class)).extracting(FetchResult.Failed::reason)
                .anySatisfy(r -> assertThat(r).contains("DOCTYPE"))
                .anySatisfy(r -> assertThat(r).contains("redirect loop"))
                .anySatisfy(r -> assertThat(r).isEqualTo("HTTP 404"));
        assertThat(s.failed()).isEqualTo(4);
        assertThat(s.refused()).isEqualTo(2);
        assertThat(s.skippedOther()).isEqualTo(1);
        assertThat(s.failures()).isNotEmpty();
        assertThat(site.paths()).noneMatch(p -> p.contains("evil") || p.contains("passwd"));
        assertThat(events).filteredOn(e -> e instanceof CrawlEvent.Outcome)
                .allSatisfy(e -> assertThat(((CrawlEvent.Outcome) e).problem()).isPresent()
                        .get().extracting(newskg.model.Problem::severity).isEqualTo(newskg.model.Problem.Severity.ERROR));
    }

    @Test
    void cleanDropsFragmentsAndNormalises() {
        assertThat(Crawler.clean(URI.create("HTTP://Example.org/a/../b#frag"))).contains(URI.create("http://Example.org/b"));
        assertThat(Crawler.clean(URI.create("http://example.org"))).contains(URI.create("http://example.org/"));
        assertThat(Crawler.clean(URI.create("/relative"))).isEmpty();
    }
}

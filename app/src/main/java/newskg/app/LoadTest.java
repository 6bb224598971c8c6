package newskg.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import newskg.model.Extraction;
import newskg.queries.NamedQuery;
import newskg.queries.NewsEndpoint;
import newskg.queries.QueryCatalog;

/**
 * The load test of {@code newskg bench}: concurrent clients that each loop over the named queries
 * through the endpoint's named-query route ({@code /newskg/named/NAME?...}) for a while, each
 * request asking for the first page of {@link #PAGE} rows, as an application built on the
 * endpoint does. With the documented example parameters the endpoint serves most answers from its
 * cache; with {@link Drawn} values most requests are computed.
 *
 * <pre>{@code
 * new LoadTest(50, Duration.ofSeconds(60), Duration.ofSeconds(60), null).run(System.out, endpoint);
 * }</pre>
 */
final class LoadTest {
    /** Rows per request: clients page through answers. */
    static final int PAGE = 1000;

    private final int clients;
    private final Duration duration;
    private final Duration requestTimeout;
    private final Drawn drawn;

    /** Parameter values drawn at random from the synthetic graph of {@code articles} articles. */
    record Drawn(int articles, int eventsPerArticle) {
    }

    /** {@code drawn}: null for the documented examples. */
    LoadTest(int clients, Duration duration, Duration requestTimeout, Drawn drawn) {
        this.clients = clients;
        this.duration = duration;
        this.requestTimeout = requestTimeout;
        this.drawn = drawn;
    }

    /** Per query and in all: requests, errors, answers served from the cache, p50 and p99. */
    private record Tally(ConcurrentLinkedQueue<Double> millis, AtomicLong errors, AtomicLong kept) {
        Tally() {
            this(new ConcurrentLinkedQueue<>(), new AtomicLong(), new AtomicLong());
        }
    }

    void run(PrintStream out, NewsEndpoint ep) {
        List<NamedQuery> qs = QueryCatalog.shipped().all();
        // Worked out once: the clients' loop only draws values (with Drawn) and sends.
        Map<String, Map<String, String>> examples = new HashMap<>();
        qs.forEach(q -> examples.put(q.name(), BenchCommand.exampleParams(q)));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Tally> tallies = new ConcurrentHashMap<>();
        qs.forEach(q -> tallies.put(q.name(), new Tally()));
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                Random random = new Random(offset);
                for (int i = offset; System.nanoTime() < end; i++) {
                    NamedQuery q = qs.get(i % qs.size());
                    if (!send(http, url(ep, q, examples.get(q.name()), random), tallies.get(q.name()))) {
                        return;
                    }
                }
            }, "load-client-" + c);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        report(out, qs, tallies);
    }

    /** One request; false when the client was interrupted. */
    private boolean send(HttpClient http, String url, Tally tally) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "application/sparql-results+json").timeout(requestTimeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                tally.errors().incrementAndGet();
            }
            String cache = r.headers().firstValue("X-Cache").orElse("");
            if (cache.equals("hit") || cache.equals("shared")) {
                tally.kept().incrementAndGet();
            }
        } catch (IOException e) {
            tally.errors().incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        tally.millis().add((System.nanoTime() - t0) / 1e6);
        return true;
    }

    private void report(PrintStream out, List<NamedQuery> qs, Map<String, Tally> tallies) {
        List<Double> all = new ArrayList<>();
        long errors = 0;
        out.printf("%-28s %8s %7s %7s %9s %9s%n", "load test: named query", "requests", "errors", "cached",
                "p50 ms", "p99 ms");
        for (NamedQuery q : qs) {
            Tally t = tallies.get(q.name());
            List<Double> l = new ArrayList<>(t.millis());
            all.addAll(l);
            errors += t.errors().get();
            out.printf("%-28s %8d %7d %7d %9.1f %9.1f%n", q.name(), l.size(), t.errors().get(), t.kept().get(),
                    BenchCommand.pct(l, 50), BenchCommand.pct(l, 99));
        }
        double seconds = duration.toMillis() / 1000.0;
        out.printf("load test (%s): %d clients for %d s over HTTP: %d requests, %d errors, %.1f requests/s,"
                + " p50 %.1f ms, p99 %.1f ms%n", drawn != null ? "drawn parameters" : "documented examples", clients,
                duration.toSeconds(), all.size(), errors, all.size() / seconds, BenchCommand.pct(all, 50),
                BenchCommand.pct(all, 99));
    }

    /** The request a client sends: the documented example, or (with {@link Drawn}) values drawn at random. */
    private String url(NewsEndpoint ep, NamedQuery q, Map<String, String> example, Random random) {
        Map<String, String> params = new HashMap<>(example);
        if (drawn != null) {
            List<String> countries = SyntheticCorpus.countryCodes();
            List<String> platforms = SyntheticCorpus.platformNames();
            Extraction x = SyntheticCorpus.article(random.nextInt(drawn.articles()), drawn.eventsPerArticle());
            params.replaceAll((k, v) -> switch (k) {
                case "country" -> countries.get(random.nextInt(countries.size()));
                case "platform", "q" -> platforms.get(random.nextInt(platforms.size()));
                case "actor" -> random.nextBoolean() ? platforms.get(random.nextInt(platforms.size()))
                        : x.events().get(0).agent().orElseThrow().name();
                case "article" -> x.article().url().orElseThrow();
                case "event" -> StoreOptions.mapper().minter().event(x.article().id(), x.events().get(0)).getURI();
                default -> v;
            });
        }
        params.put("limit", Integer.toString(PAGE));
        String query = String.join("&", params.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).sorted().toList());
        return ep.baseUrl() + "/newskg/named/" + q.name() + "?" + query;
    }
}

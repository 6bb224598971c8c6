package newskg.app;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import newskg.graph.store.IngestRun;
import newskg.graph.store.NewsStore;
import newskg.ingest.ArticleAnalyzer;
import newskg.ingest.IngestPipeline;
import newskg.ingest.IngestSummary;
import newskg.model.Extraction;
import newskg.queries.NamedQuery;
import newskg.queries.NewsEndpoint;
import newskg.queries.QueryCatalog;
import newskg.queries.QueryRunner;

/**
 * {@code newskg bench}: throughput of extraction with and without NLP on a corpus, storing speed,
 * peak heap, latency of every named query on a large synthetic graph, and an HTTP load test.
 * Figures go to stdout; they belong in BENCHMARKS.md, never in a timed test assertion.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction (with and without NLP) on a corpus, storing, named-query latency on a"
                + " synthetic graph, and (with --clients) an HTTP load test against the endpoint.")
final class BenchCommand implements Callable<Integer> {
    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\s\\w]");

    @ParentCommand
    NewsKgCommand parent;

    @Parameters(arity = "0..1", paramLabel = "CORPUS", description = "A corpus directory (files newskg reads).")
    Path corpus;

    @Option(names = "--threads", description = "NLP threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--articles", description = "Synthetic articles for the query benchmark (default: ${DEFAULT-VALUE}).",
            defaultValue = "100000")
    int articles;

    @Option(names = "--events-per-article", defaultValue = "10",
            description = "Events per synthetic article (default: ${DEFAULT-VALUE}: 1,000,000 events with the default articles).")
    int eventsPerArticle;

    @Option(names = "--runs", defaultValue = "20", description = "Timed runs per named query (default: ${DEFAULT-VALUE}; 0: no per-query timings).")
    int runs;

    @Option(names = "--clients", defaultValue = "0", description = "Concurrent HTTP clients for the load test (0: none).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "Load test duration (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--vary", description = "Load test clients draw each parameter value at random from the"
            + " synthetic data (country, platform, actor, article, event) instead of sending the documented"
            + " examples, so that most requests miss the answer cache.")
    boolean vary;

    @Option(names = "--query-timeout", defaultValue = "30",
            description = "Seconds after which a named query counts as timed out and is not run again (default: ${DEFAULT-VALUE}).")
    int queryTimeout;

    @Option(names = "--work-dir", description = "Where the benchmark stores go (default: a temporary directory).")
    Path workDir;

    @Mixin
    LogOptions log;

    @Override
    public Integer call() throws IOException {
        log.apply();
        PrintStream out = parent.out();
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("newskg-bench");
        out.printf("newskg bench on %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        if (corpus != null) {
            corpusBench(out, dir);
        }
        if (articles > 0) {
            try (NewsStore store = NewsStore.open(dir.resolve("synthetic"), StoreOptions.mapper())) {
                synthetic(out, store, dir);
                // Timed on the dataset the endpoint serves (with its full-text index), one index in memory.
                try (NewsEndpoint ep = NewsEndpoint.builder(store.dataset()).port(0)
                        .queryTimeout(Duration.ofSeconds(queryTimeout)).build().start()) {
                    if (runs > 0) {
                        queries(out, ep.dataset());
                    }
                    if (clients > 0) {
                        new LoadTest(clients, Duration.ofSeconds(seconds), Duration.ofSeconds(2L * queryTimeout),
                                vary ? new LoadTest.Drawn(articles, eventsPerArticle) : null).run(out, ep);
                    }
                }
            }
        }
        out.printf("peak heap: %d MB%n", peakHeap() >> 20);
        return ExitCodes.OK;
    }

    private void corpusBench(PrintStream out, Path dir) {
        List<String> src = List.of(corpus.toString());
        long[] bytes = {0};
        long t0 = System.nanoTime();
        IngestSummary plain = IngestPipeline.builder(Components.html()).threads(threads).build().run(src, x -> {
            bytes[0] += x.article().body().length();
            return IngestSummary.Outcome.PRINTED;
        });
        double s = secs(t0);
        int n = plain.count(IngestSummary.Outcome.PRINTED);
        out.printf("extract --no-events: %d articles in %.2f s = %.1f articles/s (%.1f MB text/s)%n", n, s, n / s,
                bytes[0] / s / 1e6);

        long tl = System.nanoTime();
        ArticleAnalyzer nlp = Components.nlp();
        out.printf("NLP models loaded in %.1f s%n", secs(tl));
        long[] tokens = {0};
        long[] triples = {0};
        long[] storeNanos = {0};
        IngestRun run = IngestRun.start("bench", Clock.systemUTC());
        try (NewsStore store = NewsStore.open(dir.resolve("corpus"), StoreOptions.mapper())) {
            long t1 = System.nanoTime();
            IngestSummary withNlp = IngestPipeline.builder(Components.html()).analyzer(nlp).threads(threads).build()
                    .run(src, x -> {
                        tokens[0] += tokens(x.article().body());
                        long ts = System.nanoTime();
                        store.replace(x, run);
                        storeNanos[0] += System.nanoTime() - ts;
                        triples[0] += StoreOptions.mapper().toGraph(x).size();
                        return IngestSummary.Outcome.STORED;
                    });
            double s1 = secs(t1) - storeNanos[0] / 1e9;
            int m = withNlp.count(IngestSummary.Outcome.STORED);
            out.printf("extract with NLP (%d threads): %d articles, %d events in %.2f s = %.2f articles/s, %.0f tokens/s%n",
                    threads, m, withNlp.events(), s1, m / s1, tokens[0] / s1);
            out.printf("store (TDB2, one transaction per article): %d triples in %.2f s = %.0f triples/s%n", triples[0],
                    storeNanos[0] / 1e9, triples[0] / (storeNanos[0] / 1e9));
        }
    }

    /**
     * Writes the synthetic articles as one N-Quads shard and bulk-loads it, as {@code newskg load}
     * does: one write transaction per batch would leave TDB2 many times larger (copy-on-write pages).
     */
    private void synthetic(PrintStream out, NewsStore store, Path dir) throws IOException {
        if (store.countArticles() >= articles) {
            out.printf("synthetic graph: reusing %d articles already in the work store%n", store.countArticles());
            return;
        }
        Path shard = dir.resolve("synthetic.nq.gz");
        long t0 = System.nanoTime();
        try (java.io.OutputStream os = new java.util.zip.GZIPOutputStream(
                new java.io.BufferedOutputStream(Files.newOutputStream(shard)), 1 << 16)) {
            org.apache.jena.riot.system.StreamRDF w = org.apache.jena.riot.system.StreamRDFWriter
                    .getWriterStream(os, org.apache.jena.riot.Lang.NQUADS);
            w.start();
            for (int i = 0; i < articles; i++) {
                Extraction x = SyntheticCorpus.article(i, eventsPerArticle);
                org.apache.jena.graph.Node g = store.minter().articleGraph(x.article().id());
                StoreOptions.mapper().toGraph(x).find().forEachRemaining(t -> w.quad(
                        org.apache.jena.sparql.core.Quad.create(g, t)));
            }
            w.finish();
        }
        double gen = secs(t0);
        long t1 = System.nanoTime();
        newskg.graph.store.LoadSummary loaded = newskg.graph.store.BulkLoader.builder(store).build()
                .load(List.of(shard), IngestRun.start("bench", Clock.systemUTC()));
        double s = secs(t1);
        out.printf("synthetic graph: %d articles, %d events, %d quads; generated in %.1f s, bulk-loaded in %.1f s"
                + " = %.0f quads/s%n", articles, (long) articles * eventsPerArticle, loaded.quads(), gen, s,
                loaded.quads() / s);
        long td = System.nanoTime();
        int periods = newskg.queries.DerivedGraph.recompute(store);
        out.printf("derived graph: %d restriction periods in %.1f s%n", periods, secs(td));
    }

    /**
     * Each named query as the documentation shows it (its {@code # example:} parameters; the
     * parameters that name one article, event or actor taken from the synthetic data), timed
     * {@code runs} times; then once over the whole graph, with no parameters but the required ones.
     */
    private void queries(PrintStream out, org.apache.jena.sparql.core.DatasetGraph served) {
        QueryRunner runner = new QueryRunner(served);
        out.printf("%-28s %-44s %7s %8s %8s %10s %10s%n", "named query", "parameters", "rows", "p50 ms", "p95 ms",
                "all rows", "all ms");
        for (NamedQuery q : QueryCatalog.shipped().all()) {
            Map<String, String> params = exampleParams(q);
            String shown = params.isEmpty() ? "-" : String.join("&", params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
            if (shown.length() > 44) {
                shown = shown.substring(0, 41) + "...";
            }
            String timed = time(runner, q, params, runs);
            String whole = time(runner, q, requiredParams(q), 1);
            out.printf("%-28s %-44s %s %s%n", q.name(), shown, timed, whole);
        }
    }

    /** "rows p50 p95" of {@code n} runs after two warm-ups, or "rows ms" when n is 1 (no warm-up). */
    private String time(QueryRunner runner, NamedQuery q, Map<String, String> params, int n) {
        List<Double> ms = new ArrayList<>();
        int rows = 0;
        try {
            int warm = n > 1 ? 2 : 0;
            for (int i = 0; i < n + warm; i++) {
                long t = System.nanoTime();
                rows = runner.select(q, params).size();
                if (i >= warm) {
                    ms.add((System.nanoTime() - t) / 1e6);
                }
            }
            return n > 1 ? String.format("%7d %8.1f %8.1f", rows, pct(ms, 50), pct(ms, 95))
                    : String.format("%10d %10.1f", rows, ms.get(0));
        } catch (org.apache.jena.query.QueryCancelledException e) {
            return n > 1 ? String.format("%25s", "> " + queryTimeout + " s") : String.format("%21s", "> " + queryTimeout + " s");
        } catch (RuntimeException e) {
            return "failed: " + e.getMessage();
        }
    }

    /** Values that exist in the synthetic graph for the parameters that name one thing. */
    private static Map<String, String> sample() {
        Extraction x = SyntheticCorpus.article(0, 10);
        return Map.of("article", x.article().url().orElseThrow(),
                "actor", x.events().get(0).agent().orElseThrow().name(),
                "event", StoreOptions.mapper().minter().event(x.article().id(), x.events().get(0)).getURI(),
                "q", "ban");
    }

    /** A query's documented example, with the values that name one thing replaced by synthetic ones. */
    static Map<String, String> exampleParams(NamedQuery q) {
        Map<String, String> out = new HashMap<>();
        q.example().ifPresent(ex -> {
            for (String kv : ex.split("&")) {
                String[] p = kv.split("=", 2);
                if (p.length == 2) {
                    out.put(p[0], p[1]);
                }
            }
        });
        Map<String, String> sample = sample();
        for (String name : List.of("article", "event")) {
            if (out.containsKey(name)) {
                out.put(name, sample.get(name));
            }
        }
        return out;
    }

    /** Values for the parameters a query cannot run without, taken from synthetic article 0. */
    private static Map<String, String> requiredParams(NamedQuery q) {
        Map<String, String> sample = sample();
        Map<String, String> out = new HashMap<>();
        for (NamedQuery.Param p : q.params()) {
            if (p.defaultValue().isEmpty() && p.description().toLowerCase(Locale.ROOT).contains("required")
                    && sample.containsKey(p.name())) {
                out.put(p.name(), sample.get(p.name()));
            }
        }
        return out;
    }

    private static long tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The {@code p}th percentile of {@code xs} (nearest rank); NaN when there are none. */
    static double pct(List<Double> xs, int p) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

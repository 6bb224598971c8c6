package newskg.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import newskg.graph.store.NewsStore;
import newskg.ingest.IngestPipeline;
import newskg.queries.DerivedGraph;
import newskg.queries.NewsEndpoint;

/** {@code newskg serve}: the SPARQL endpoint, the named queries and the pages on the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store with an embedded Fuseki:",
            "  /                  the timeline page",
            "  /query.html        named queries and a SPARQL editor",
            "  /newskg/sparql     SPARQL query, GET and POST, results by Accept",
            "  /newskg/get        Graph Store Protocol, read",
            "  /newskg/named/Q    a named query (?param=value&format=csv)",
            "  /newskg/timeline   restriction periods and events, JSON",
            "  /id/...            the store's IRIs as HTML or RDF",
            "  /ontology.ttl  /shapes.ttl  /context.jsonld",
            "  /$/ping  /$/stats  /$/metrics",
            "Read-only unless --update-password-file is given: then /newskg/update",
            "and /newskg/data accept the file's users over HTTP Basic auth."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    NewsKgCommand parent;

    @Mixin
    StoreOptions store;

    @Mixin
    LogOptions log;

    @Option(names = "--port", defaultValue = "3330", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all interfaces).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Longest a query may run, in seconds (default: ${DEFAULT-VALUE}); a query over it gets HTTP 503.")
    int timeout;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Requests that work on the store at once (default: twice the cores); the others wait"
                    + " their turn up to --timeout, then get HTTP 503.")
    Integer maxConcurrent;

    @Option(names = "--update-password-file", paramLabel = "FILE",
            description = "Enable /newskg/update and /newskg/data (Graph Store writes) for the users of FILE,"
                    + " one 'user:password' per line, over HTTP Basic auth (use HTTPS or loopback).")
    Path passwordFile;

    @Option(names = "--watch", paramLabel = "FILE",
            description = "Keep crawling the sources listed in FILE (URLs, feeds, sitemaps, files; one a line)"
                    + " while serving; loads the NLP models.")
    Path watch;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "30m",
            description = "How often --watch crawls (default: ${DEFAULT-VALUE}; e.g. 45s, 30m, 2h, PT1H).")
    String every;

    @Mixin
    CrawlCliOptions crawl;

    @Override
    public Integer call() {
        log.apply();
        if (timeout <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds");
        }
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw new IllegalArgumentException("cannot read --update-password-file " + passwordFile);
        }
        if (passwordFile != null && !host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            // Basic auth sends the password in clear: say so when it leaves this machine.
            parent.err().println("newskg: warning: --update-password-file with --host " + host
                    + " sends passwords in clear text over HTTP; put a TLS proxy in front.");
        }
        Duration interval = Watcher.parseEvery(every);
        if (watch != null && !Files.isReadable(watch)) {
            throw new IllegalArgumentException("cannot read --watch file " + watch);
        }
        try (NewsStore s = store.open()) {
            return serveWatching(s, new Limits(timeout, Optional.ofNullable(maxConcurrent)), Optional.ofNullable(passwordFile), parent.out(),
                    Optional.ofNullable(watch).map(f -> new WatchSpec(f, interval)));
        }
    }

    /** Read-only serving, as {@code newskg demo} does. */
    static int serve(NewsStore s, String host, int port, int timeoutSeconds, PrintStream out) {
        return run(s, host, port, new Limits(timeoutSeconds, Optional.empty()), Optional.empty(), out, Optional.empty());
    }

    /** How long a query may run and how many run at once (empty: the endpoint's default). */
    private record Limits(int timeoutSeconds, Optional<Integer> concurrent) {
    }

    /** What {@code --watch} crawls, and how often. */
    private record WatchSpec(Path file, Duration every) {
    }

    private int serveWatching(NewsStore s, Limits limits, Optional<Path> passwordFile,
                              PrintStream out, Optional<WatchSpec> watchSpec) {
        Optional<Companion> watcher = watchSpec.map(w -> ep -> {
            // Articles go through the endpoint's indexed view, so full-text search sees them at once.
            NewsStore view = NewsStore.over(ep.dataset(), StoreOptions.mapper());
            IngestPipeline pipeline = crawl.apply(IngestPipeline.builder(Components.html()), StoreSink.memory(view))
                    .analyzer(Components.nlp()).threads(Runtime.getRuntime().availableProcessors()).build();
            Watcher started = new Watcher(w.file(), view, pipeline, parent.err());
            started.start(w.every());
            out.println("Watching:        " + w.file() + " every " + w.every());
            return started;
        });
        return run(s, host, port, limits, passwordFile, out, watcher);
    }

    /** Starts something beside the running endpoint, closed when the server stops. */
    private interface Companion {
        AutoCloseable start(NewsEndpoint ep);
    }

    private static int run(NewsStore s, String host, int port, Limits limits, Optional<Path> passwordFile,
                           PrintStream out, Optional<Companion> companion) {
        // Ingest, load, demo and HTTP writes keep the periods fresh; this catches stores written by an
        // older newskg. It runs beside the server (readers see the old periods until it commits),
        // so that a large store still answers its first query within seconds.
        Thread derived = new Thread(() -> DerivedGraph.recompute(s), "newskg-derived");
        derived.setDaemon(true);
        derived.start();
        NewsEndpoint.Builder b = NewsEndpoint.builder(s.dataset()).host(host).port(port).indexInBackground(true)
                .iriBase(s.minter().base()).queryTimeout(Duration.ofSeconds(limits.timeoutSeconds()));
        limits.concurrent().ifPresent(b::maxConcurrentQueries);
        passwordFile.ifPresent(b::updatePasswordFile);
        try (NewsEndpoint ep = b.build().start()) {
            out.println("Timeline:        " + ep.baseUrl() + "/");
            out.println("Queries:         " + ep.baseUrl() + "/query.html");
            out.println("SPARQL endpoint: " + ep.sparqlUrl());
            passwordFile.ifPresent(f -> out.println("Update:          " + ep.baseUrl() + NewsEndpoint.DATASET
                    + "/update (HTTP Basic, users of " + f + ")"));
            out.println("Try: curl -s " + ep.sparqlUrl()
                    + " --data-urlencode 'query=SELECT (COUNT(?a) AS ?articles) { ?a a <https://schema.org/NewsArticle> }'"
                    + " -H 'Accept: text/csv'");
            out.flush();
            AutoCloseable beside = companion.map(c -> c.start(ep)).orElse(null);
            try {
                ep.join();
            } finally {
                if (beside != null) {
                    try {
                        beside.close();
                    } catch (Exception e) {
                        org.slf4j.LoggerFactory.getLogger("newskg.app").warn("stopping the watcher: {}", e.toString());
                    }
                }
            }
        }
        return ExitCodes.OK;
    }
}

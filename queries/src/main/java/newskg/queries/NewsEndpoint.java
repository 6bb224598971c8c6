package newskg.queries;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.graph.mapping.IriMinter;

/**
 * The embedded Fuseki endpoint over the store.
 *
 * <ul>
 * <li>{@code /newskg/sparql} and {@code /newskg/query}: SPARQL query, GET and POST, results by
 *     the Accept header (JSON, XML, CSV, TSV; Turtle, N-Triples, JSON-LD, RDF/XML for CONSTRUCT
 *     and DESCRIBE). Full-text search with {@code text:query} (see {@link SearchIndex}).</li>
 * <li>{@code /newskg/get}: Graph Store Protocol, read.</li>
 * <li>{@code /newskg}: query and Graph Store read on the dataset URL itself.</li>
 * <li>{@code /newskg/named}, {@code /newskg/named/NAME?param=...}: the named queries.</li>
 * <li>{@code /newskg/timeline}: the restriction periods and platform events as JSON.</li>
 * <li>{@code /id/...}: the store's resource IRIs, described as HTML or RDF.</li>
 * <li>{@code /}, {@code /query.html}: the timeline page and the query page.</li>
 * <li>{@code /ontology.ttl}, {@code /shapes.ttl}, {@code /context.jsonld}.</li>
 * <li>{@code /$/ping}, {@code /$/stats}, {@code /$/metrics} (Prometheus).</li>
 * </ul>
 *
 * <p>Read-only unless {@link Builder#updatePasswordFile} is given: then {@code /newskg/update}
 * (SPARQL Update) and {@code /newskg/data} (Graph Store Protocol read-write) accept the users of
 * that file over HTTP Basic auth, and everything else stays anonymous; after each write the
 * derived graph ({@link DerivedGraph}) is recomputed. CORS is on for every path;
 * every query has a time limit, and a query that passes it gets a 503.
 *
 * <pre>{@code
 * try (NewsEndpoint ep = NewsEndpoint.builder(store.dataset()).port(0).build().start()) {
 *     String url = ep.sparqlUrl();   // http://127.0.0.1:PORT/newskg/sparql
 * }
 * }</pre>
 */
public final class NewsEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NewsEndpoint.class);
    /** The dataset's path on the server. */
    public static final String DATASET = "/newskg";
    /** Named-query answers larger than this are not kept; all kept answers together stay under the total. */
    private static final long CACHE_ENTRY_BYTES = 32L << 20;
    private static final long CACHE_TOTAL_BYTES = 256L << 20;

    private final FusekiServer server;
    private final String host;
    private final DatasetGraph dataset;

    private NewsEndpoint(FusekiServer server, String host, DatasetGraph dataset) {
        this.server = server;
        this.host = host;
        this.dataset = dataset;
    }

    public static Builder builder(DatasetGraph dsg) {
        return new Builder(dsg);
    }

    public NewsEndpoint start() {
        server.start();
        LOG.info("SPARQL endpoint at {}", sparqlUrl());
        return this;
    }

    public int port() {
        return server.getHttpPort();
    }

    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0")) {
            h = "127.0.0.1";
        }
        return "http://" + h + ":" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    /**
     * The dataset the server runs on: the store's, with the text index over it. Writes that
     * should be searchable go through this one.
     */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Configures a {@link NewsEndpoint}. */
    public static final class Builder {
        private final DatasetGraph dsg;
        private int port = 3330;
        private String host = "127.0.0.1";
        private Duration queryTimeout = Duration.ofSeconds(30);
        private int maxConcurrentQueries = 2 * Runtime.getRuntime().availableProcessors();
        private Path passwordFile;
        private String iriBase = IriMinter.DEFAULT_BASE;
        private boolean indexInBackground;

        private Builder(DatasetGraph dsg) {
            this.dsg = Objects.requireNonNull(dsg, "dsg");
        }

        /** The port; 0 picks a free one. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** The address to listen on; loopback by default, {@code 0.0.0.0} for all interfaces. */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /**
         * How many requests work on the dataset at once (default: twice the cores); the others
         * wait their turn up to the query timeout, then get a 503.
         */
        public Builder maxConcurrentQueries(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("at least one concurrent query: " + value);
            }
            this.maxConcurrentQueries = value;
            return this;
        }

        /** The longest a query may run, also when a client asks for more with {@code ?timeout=}. */
        public Builder queryTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("query timeout must be positive: " + value);
            }
            this.queryTimeout = value;
            return this;
        }

        /**
         * Enables {@code /newskg/update} and {@code /newskg/data} for the users of this file
         * ({@code user:password} lines, Jetty's format), over HTTP Basic auth.
         */
        public Builder updatePasswordFile(Path file) {
            this.passwordFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /** The resource base of the store's IRIs, resolved at {@code /id/}; the standard one by default. */
        public Builder iriBase(String value) {
            this.iriBase = Objects.requireNonNull(value, "iriBase");
            return this;
        }

        /**
         * Build the full-text index in the background, so that a large store answers its first
         * query at once; {@code text:query} finds nothing until the index is ready (logged).
         */
        public Builder indexInBackground(boolean value) {
            this.indexInBackground = value;
            return this;
        }

        public NewsEndpoint build() {
            DatasetGraph ds = indexInBackground ? SearchIndex.wrapFillingInBackground(dsg) : SearchIndex.wrap(dsg);
            // An upper bound for every query, also for clients that ask for more with ?timeout=.
            ds.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            DataService.Builder service = DataService.newBuilder(ds)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get")
                    // On the dataset URL too, so that RDFConnection.connect(".../newskg") just works.
                    .addEndpoint(Operation.Query, "")
                    .addEndpoint(Operation.GSP_R, "");
            if (passwordFile != null) {
                // Per-endpoint policies: the rest of the server stays anonymous (TECH-NOTES §A3).
                AuthPolicy writers = Auth.policyAllowSpecific(PasswordFile.users(passwordFile));
                service.addEndpoint(Operation.Update, "update", writers)
                        .addEndpoint(Operation.GSP_RW, "data", writers);
            } else {
                service.addEndpoint(Operation.GSP_R, "data");
            }
            boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
            QueryCatalog catalog = QueryCatalog.shipped();
            AdmissionFilter admission = new AdmissionFilter(maxConcurrentQueries, queryTimeout, DATASET + "/named");
            NamedQueryServlet named = new NamedQueryServlet(ds, catalog, iriBase,
                    ResultCache.over(ds, CACHE_ENTRY_BYTES, CACHE_TOTAL_BYTES), admission);
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .add(DATASET, service.build())
                    .enableCors(true)
                    .enablePing(true)
                    .enableStats(true)
                    .enableMetrics(true)
                    .addServlet(DATASET + "/named", named)
                    .addServlet(DATASET + "/named/*", named)
                    .addServlet(DATASET + "/timeline", new TimelineServlet(ds, iriBase))
                    .addServlet("/id/*", new ResourceServlet(ds, iriBase));
            StaticServlet files = new StaticServlet();
            for (String path : StaticServlet.PATHS) {
                fb.addServlet(path, files);
            }
            // First of the filters: a request waits for its turn before it does anything else.
            fb.addFilter("/*", admission);
            if (passwordFile != null) {
                fb.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).realm("newskg");
                RecomputeFilter recompute = new RecomputeFilter(ds, IriMinter.withBase(iriBase));
                fb.addFilter(DATASET + "/update", recompute).addFilter(DATASET + "/data", recompute);
            }
            FusekiServer server = fb.build();
            if (!loopback && !host.equals("0.0.0.0")) {
                for (Connector c : server.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.setHost(host);
                    }
                }
            }
            return new NewsEndpoint(server, host, ds);
        }
    }
}

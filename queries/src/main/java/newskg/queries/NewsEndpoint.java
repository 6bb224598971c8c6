package newskg.queries;

import java.time.Duration;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Fuseki endpoint over the store: SPARQL query at {@code /newskg/sparql} (GET and
 * POST), Graph Store Protocol read at {@code /newskg/get}, {@code /$/ping} and {@code /$/metrics}.
 * Read-only: no update operation is registered, so an update gets a 4xx and changes nothing.
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

    private final FusekiServer server;
    private final String host;

    private NewsEndpoint(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
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

        public Builder queryTimeout(Duration value) {
            this.queryTimeout = Objects.requireNonNull(value, "queryTimeout");
            return this;
        }

        public NewsEndpoint build() {
            // An upper bound for every query, also for clients that ask for more with ?timeout=.
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            DataService service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get")
                    .build();
            boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
            FusekiServer server = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .add(DATASET, service)
                    .enableCors(true)
                    .enablePing(true)
                    .enableStats(true)
                    .enableMetrics(true)
                    .build();
            if (!loopback && !host.equals("0.0.0.0")) {
                for (Connector c : server.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.setHost(host);
                    }
                }
            }
            return new NewsEndpoint(server, host);
        }
    }
}

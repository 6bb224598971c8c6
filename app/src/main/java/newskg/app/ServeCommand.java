package newskg.app;

import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import newskg.graph.store.NewsStore;
import newskg.queries.NewsEndpoint;

/** {@code newskg serve}: the SPARQL endpoint on the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over SPARQL with an embedded Fuseki: query at /newskg/sparql"
                + " (GET and POST), Graph Store read at /newskg/get, /$/ping, /$/metrics. Read-only.")
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
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Override
    public Integer call() {
        log.apply();
        try (NewsStore s = store.open()) {
            return serve(s, host, port, timeout, parent.out());
        }
    }

    static int serve(NewsStore s, String host, int port, int timeoutSeconds, java.io.PrintStream out) {
        try (NewsEndpoint ep = NewsEndpoint.builder(s.dataset()).host(host).port(port)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).build().start()) {
            out.println("SPARQL endpoint: " + ep.sparqlUrl());
            out.println("Try: curl -s " + ep.sparqlUrl()
                    + " --data-urlencode 'query=SELECT (COUNT(?a) AS ?articles) { ?a a <https://schema.org/NewsArticle> }'"
                    + " -H 'Accept: text/csv'");
            out.flush();
            ep.join();
        }
        return ExitCodes.OK;
    }
}

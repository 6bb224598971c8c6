package newskg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real Fuseki on port 0, used over HTTP the way clients use it. */
class NewsEndpointIT {
    private static DatasetGraph dsg;
    private static NewsEndpoint endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        dsg = Fixtures.events();
        endpoint = NewsEndpoint.builder(dsg).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @Test
    void rdfConnectionRunsTheNamedQueriesOverHttpWithTheSameAnswersAsLocally() {
        NamedQuery timeline = QueryCatalog.shipped().get("timeline").orElseThrow();
        int local = new QueryRunner(dsg).select(timeline, Map.of()).size();
        int[] remote = {0};
        try (RDFConnection conn = RDFConnection.queryConnect(endpoint.sparqlUrl())) {
            conn.querySelect(timeline.sparql(), (QuerySolution row) -> remote[0]++);
            long[] articles = {0};
            conn.querySelect("SELECT (COUNT(*) AS ?n) { ?a a <https://schema.org/NewsArticle> }",
                    row -> articles[0] = row.getLiteral("n").getLong());
            assertThat(articles[0]).isEqualTo(2);
        }
        assertThat(remote[0]).isEqualTo(local).isEqualTo(4);
    }

    @Test
    void getAndPostBothAnswerInTheAcceptedFormat() throws IOException, InterruptedException {
        String q = "SELECT ?h { ?a <https://schema.org/headline> ?h } ORDER BY ?h";
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(endpoint.sparqlUrl() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).startsWith("h\r\n").contains("Ruritania restores Telegram");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(endpoint.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).contains("\"bindings\"");
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws IOException, InterruptedException {
        String update = "DROP ALL";
        for (String path : new String[] {"/newskg/sparql", "/newskg/update", "/newskg", "/newskg/get"}) {
            // A fresh client per request: Jetty may close the connection after refusing a request body.
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
        }
        try (RDFConnection conn = RDFConnection.queryConnect(endpoint.sparqlUrl())) {
            assertThat(conn.queryAsk("ASK { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> }")).isTrue();
        }
    }

    @Test
    void pingAndCorsAndMalformedQueries() throws IOException, InterruptedException {
        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + "/$/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);
        HttpResponse<String> cors = http.send(HttpRequest.newBuilder(URI.create(endpoint.sparqlUrl() + "?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", "https://tools.example.org").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cors.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(endpoint.sparqlUrl() + "?query="
                + URLEncoder.encode("SELECT WHERE {", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).containsIgnoringCase("parse");
    }
}

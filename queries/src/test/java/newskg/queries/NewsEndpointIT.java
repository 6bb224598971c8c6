package newskg.queries;

import static newskg.queries.Web.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import newskg.graph.store.NewsStore;

/** A real Fuseki on port 0, read-only, used over HTTP the way clients use it. */
class NewsEndpointIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADLINES = "SELECT ?h { ?a <https://schema.org/headline> ?h } ORDER BY ?h";
    private static final String CONSTRUCT = "CONSTRUCT { ?a <https://schema.org/headline> ?h }"
            + " WHERE { ?a <https://schema.org/headline> ?h }";
    private static DatasetGraph dsg;
    private static NewsEndpoint endpoint;

    @BeforeAll
    static void start() {
        dsg = Fixtures.events();
        endpoint = NewsEndpoint.builder(dsg).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    private static String sparql(String query) {
        return endpoint.sparqlUrl() + "?query=" + enc(query);
    }

    @Test
    void rdfConnectionRunsTheNamedQueriesOverHttpWithTheSameAnswersAsLocally() {
        for (NamedQuery q : QueryCatalog.shipped().all()) {
            if (!q.params().isEmpty() && q.params().stream().anyMatch(p -> p.description().contains("Required"))) {
                continue;
            }
            int local = new QueryRunner(dsg).select(q, Map.of()).size();
            int[] remote = {0};
            try (RDFConnection conn = RDFConnection.queryConnect(endpoint.sparqlUrl())) {
                conn.querySelect(q.sparql(), (QuerySolution row) -> remote[0]++);
            }
            assertThat(remote[0]).as(q.name()).isEqualTo(local);
        }
        try (RDFConnection conn = RDFConnection.queryConnect(endpoint.sparqlUrl())) {
            long[] articles = {0};
            conn.querySelect("SELECT (COUNT(*) AS ?n) { ?a a <https://schema.org/NewsArticle> }",
                    row -> articles[0] = row.getLiteral("n").getLong());
            assertThat(articles[0]).isEqualTo(3);
            Model m = conn.queryConstruct(CONSTRUCT);
            assertThat(m.size()).isEqualTo(3);
        }
    }

    @Test
    void fullTextSearchWorksOverHttp() {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX oa: <http://www.w3.org/ns/oa#>"
                + " SELECT ?s { GRAPH <urn:x-arq:UnionGraph> { ?s text:query (oa:exact 'takedown') } }";
        try (RDFConnection conn = RDFConnection.queryConnect(endpoint.sparqlUrl())) {
            int[] n = {0};
            conn.querySelect(q, row -> n[0]++);
            assertThat(n[0]).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json, \"bindings\"",
        "application/sparql-results+xml, application/sparql-results+xml, <sparql",
        "text/csv, text/csv, Ruritania restores Telegram",
        "text/tab-separated-values, text/tab-separated-values, ?h"})
    void selectResultsFollowTheAcceptHeaderOnGetAndPost(String accept, String type, String marker) {
        HttpResponse<String> get = Web.get(sparql(HEADLINES), "Accept", accept);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        assertThat(get.body()).contains(marker);
        HttpResponse<String> post = Web.post(endpoint.sparqlUrl(), "application/sparql-query", HEADLINES, "Accept", accept);
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        HttpResponse<String> form = Web.post(endpoint.sparqlUrl(), "application/x-www-form-urlencoded",
                "query=" + enc(HEADLINES), "Accept", accept);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).isEqualTo(post.body());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/ld+json, JSONLD",
        "application/rdf+xml, RDFXML"})
    void constructAndDescribeFollowTheAcceptHeader(String accept, String langName) {
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
        HttpResponse<String> r = Web.get(sparql(CONSTRUCT), "Accept", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
        Graph g = RDFParser.fromString(r.body()).lang(lang).toGraph();
        assertThat(g.size()).isEqualTo(3);
        HttpResponse<String> d = Web.get(sparql("DESCRIBE <https://w3id.org/newskg/id/event/ban-third>"), "Accept", accept);
        assertThat(d.statusCode()).isEqualTo(200);
        assertThat(RDFParser.fromString(d.body()).lang(lang).toGraph().size()).isGreaterThan(5);
    }

    @Test
    void graphStoreReadReturnsTheUnionAndOneArticleGraph() {
        // The stored default graph is empty (all data lives in named graphs); the union has a name.
        HttpResponse<String> all = Web.get(endpoint.baseUrl() + "/newskg/get?graph=" + enc("urn:x-arq:UnionGraph"),
                "Accept", "text/turtle");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("Ruritania blocks Telegram").contains("Borduria blocks TikTok");
        String graph = "https://w3id.org/newskg/id/graph/article/00000000000000c3";
        HttpResponse<String> one = Web.get(endpoint.baseUrl() + "/newskg/get?graph=" + enc(graph),
                "Accept", "application/n-triples");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("Borduria").doesNotContain("Ruritania");
    }

    @Test
    void updatesAreRefusedAndChangeNothing() {
        long before = quads();
        String update = "DROP ALL";
        for (String path : new String[] {"/newskg/sparql", "/newskg/update", "/newskg", "/newskg/get", "/newskg/data"}) {
            HttpResponse<String> r = Web.post(endpoint.baseUrl() + path, "application/sparql-update", update);
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
            HttpResponse<String> form = Web.post(endpoint.baseUrl() + path, "application/x-www-form-urlencoded",
                    "update=" + enc(update));
            assertThat(form.statusCode()).as(path + " form").isBetween(400, 499);
        }
        String nq = "<http://ex/s> <http://ex/p> <http://ex/o> <http://ex/g> .";
        assertThat(Web.post(endpoint.baseUrl() + "/newskg/data", "application/n-quads", nq).statusCode()).isBetween(400, 499);
        assertThat(Web.put(endpoint.baseUrl() + "/newskg/data?default", "text/turtle", "<http://ex/s> <http://ex/p> 1 .")
                .statusCode()).isBetween(400, 499);
        assertThat(Web.method("DELETE", endpoint.baseUrl() + "/newskg/data?default").statusCode()).isBetween(400, 499);
        assertThat(quads()).isEqualTo(before);
    }

    private static long quads() {
        HttpResponse<String> r = Web.get(sparql("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), "Accept", "text/csv");
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void corsHeadersOnQueriesAndPreflight() {
        HttpResponse<String> r = Web.get(sparql("ASK {}"), "Origin", "https://tools.example.org");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValueSatisfying(
                v -> assertThat(v).isIn("*", "https://tools.example.org"));
        HttpResponse<String> pre = Web.method("OPTIONS", endpoint.sparqlUrl(), "Origin", "https://tools.example.org",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Content-Type");
        assertThat(pre.statusCode()).isEqualTo(200);
        assertThat(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
    }

    @Test
    void pingStatsMetricsAndMalformedQueries() {
        assertThat(Web.get(endpoint.baseUrl() + "/$/ping").statusCode()).isEqualTo(200);
        Web.get(sparql("ASK {}"));
        HttpResponse<String> metrics = Web.get(endpoint.baseUrl() + "/$/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("fuseki_requests").contains("dataset=\"/newskg\"");
        assertThat(Web.get(endpoint.baseUrl() + "/$/stats").body()).contains("/newskg");
        HttpResponse<String> bad = Web.get(sparql("SELECT WHERE {"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).containsIgnoringCase("parse");
        assertThat(Web.get(endpoint.baseUrl() + "/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void ontologyShapesAndContextAreServedAsFiles() throws IOException, InterruptedException {
        HttpResponse<String> onto = Web.get(endpoint.baseUrl() + "/ontology.ttl");
        assertThat(onto.statusCode()).isEqualTo(200);
        assertThat(onto.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        Graph g = RDFParser.fromString(onto.body()).lang(Lang.TURTLE).toGraph();
        assertThat(g.isIsomorphicWith(NewsStore.ontology())).isTrue();
        HttpResponse<String> shapes = Web.get(endpoint.baseUrl() + "/shapes.ttl");
        assertThat(RDFParser.fromString(shapes.body()).lang(Lang.TURTLE).toGraph().size()).isGreaterThan(10);
        HttpResponse<String> ctx = Web.get(endpoint.baseUrl() + "/context.jsonld");
        assertThat(ctx.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        JsonNode context = JSON.readTree(ctx.body()).get("@context");
        assertThat(context.get("nk").asText()).isEqualTo("https://w3id.org/newskg/ns#");
        // The context reads our own data: a document using it parses to the same IRIs.
        String doc = "{\"@context\": " + context + ", \"id\": \"nkr:event/x\", \"type\": \"Event\","
                + " \"platform\": \"nkr:platform/telegram\", \"country\": \"IQ\"}";
        Graph fromDoc = RDFParser.fromString(doc).lang(Lang.JSONLD).toGraph();
        assertThat(fromDoc.size()).isEqualTo(3);
        assertThat(fromDoc.find().toList().toString()).contains("https://w3id.org/newskg/ns#platform")
                .contains("https://w3id.org/newskg/id/platform/telegram");
    }

    @Test
    void thePagesAreServed() {
        HttpResponse<String> index = Web.get(endpoint.baseUrl() + "/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(index.body()).contains("/web/timeline.js").doesNotContain("https://cdn");
        assertThat(Web.get(endpoint.baseUrl() + "/query.html").body()).contains("/web/query.js");
        assertThat(Web.get(endpoint.baseUrl() + "/web/timeline.js").headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/javascript");
        assertThat(Web.get(endpoint.baseUrl() + "/web/../newskg.ttl").statusCode()).isEqualTo(404);
    }
}

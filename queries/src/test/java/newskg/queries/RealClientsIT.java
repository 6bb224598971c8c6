package newskg.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The endpoint used by the clients people actually use: Jena's RDFConnection, curl, Python's
 * SPARQLWrapper (Debian python3-sparqlwrapper, for /usr/bin/python3) and roqet (Debian
 * rasqal-utils). A test skips when its client is not installed.
 */
class RealClientsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "PREFIX nk: <https://w3id.org/newskg/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
            + " SELECT ?platform ?country WHERE { ?e nk:platform/rdfs:label ?platform ; nk:country ?country }"
            + " GROUP BY ?platform ?country ORDER BY ?platform";
    private static NewsEndpoint endpoint;

    @BeforeAll
    static void start() {
        endpoint = NewsEndpoint.builder(Fixtures.events()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    record Run(int code, String out) {
    }

    private static Run run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", cmd.get(0)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static boolean installed(String path) {
        return Files.isExecutable(Path.of(path));
    }

    @Test
    void rdfConnectionQueriesAndFetchesGraphs() {
        try (RDFConnection conn = RDFConnection.connect(endpoint.baseUrl() + NewsEndpoint.DATASET)) {
            List<String> platforms = new java.util.ArrayList<>();
            conn.querySelect(QUERY, row -> platforms.add(row.getLiteral("platform").getString()));
            assertThat(platforms).containsExactly("Telegram", "TikTok", "X");
            // GSP read through the connection's "get" service
            Graph article = conn.fetch("https://w3id.org/newskg/id/graph/article/00000000000000b2").getGraph();
            assertThat(article.size()).isGreaterThan(10);
            assertThat(conn.queryAsk("ASK { ?p a <https://w3id.org/newskg/ns#RestrictionPeriod> }")).isTrue();
        }
    }

    @Test
    void curlWithAcceptHeaders() throws IOException, InterruptedException {
        assumeTrue(installed("/usr/bin/curl"), "curl is not installed");
        Run csv = run(List.of("curl", "-sS", "-H", "Accept: text/csv", "--data-urlencode", "query=" + QUERY,
                endpoint.sparqlUrl()));
        assertThat(csv.code()).isZero();
        assertThat(csv.out()).startsWith("platform,country").contains("TikTok,XB");
        Run json = run(List.of("curl", "-sS", "-G", "-H", "Accept: application/sparql-results+json",
                "--data-urlencode", "query=" + QUERY, endpoint.sparqlUrl()));
        assertThat(JSON.readTree(json.out()).at("/results/bindings")).hasSize(3);
        Run ttl = run(List.of("curl", "-sS", "-H", "Accept: text/turtle",
                endpoint.baseUrl() + "/id/event/threaten-third"));
        Graph g = RDFParser.fromString(ttl.out()).lang(Lang.TURTLE).toGraph();
        assertThat(g.size()).isGreaterThan(5);
        Run html = run(List.of("curl", "-sS", "-H", "Accept: text/html", endpoint.baseUrl() + "/id/event/threaten-third"));
        assertThat(html.out()).contains("<h2>Evidence</h2>");
        Run head = run(List.of("curl", "-sS", "-D", "-", "-o", "/dev/null", "-H", "Origin: https://yasgui.example",
                endpoint.sparqlUrl() + "?query=ASK%7B%7D"));
        assertThat(head.out()).containsIgnoringCase("Access-Control-Allow-Origin");
        Run update = run(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "--data-urlencode",
                "update=DROP ALL", endpoint.baseUrl() + "/newskg/update"));
        assertThat(Integer.parseInt(update.out().strip())).isBetween(400, 499);
        Run named = run(List.of("curl", "-sS", "-H", "Accept: text/tab-separated-values",
                endpoint.baseUrl() + "/newskg/named/ongoing-bans"));
        assertThat(named.out()).startsWith("?since").contains("\"TikTok\"");
    }

    @Test
    void pythonSparqlWrapper(@TempDir Path tmp) throws IOException, InterruptedException {
        assumeTrue(installed("/usr/bin/python3"), "python3 is not installed");
        Run check = run(List.of("/usr/bin/python3", "-c", "import SPARQLWrapper"));
        assumeTrue(check.code() == 0, "python3-sparqlwrapper is not installed");
        Path script = tmp.resolve("client.py");
        Files.writeString(script, """
                import json, sys
                from SPARQLWrapper import SPARQLWrapper, JSON, TURTLE
                s = SPARQLWrapper(sys.argv[1])
                s.setQuery(sys.argv[2])
                s.setReturnFormat(JSON)
                rows = s.query().convert()["results"]["bindings"]
                c = SPARQLWrapper(sys.argv[1])
                c.setQuery("CONSTRUCT { ?a <https://schema.org/headline> ?h } WHERE { ?a <https://schema.org/headline> ?h }")
                c.setReturnFormat(TURTLE)
                ttl = c.query().convert()
                print(json.dumps({"platforms": [r["platform"]["value"] for r in rows], "turtle": ttl.decode("utf-8")}))
                """);
        Run r = run(List.of("/usr/bin/python3", script.toString(), endpoint.sparqlUrl(), QUERY));
        assertThat(r.code()).as(r.out()).isZero();
        JsonNode out = JSON.readTree(r.out());
        assertThat(out.get("platforms").toString()).isEqualTo("[\"Telegram\",\"TikTok\",\"X\"]");
        assertThat(RDFParser.fromString(out.get("turtle").asText()).lang(Lang.TURTLE).toGraph().size()).isEqualTo(3);
    }

    @Test
    void roqet() throws IOException, InterruptedException {
        assumeTrue(installed("/usr/bin/roqet"), "roqet (rasqal-utils) is not installed");
        Run r = run(List.of("roqet", "-q", "-p", endpoint.sparqlUrl(), "-e", QUERY, "-r", "csv"));
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("TikTok").contains("XB");
    }
}

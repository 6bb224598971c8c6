package newskg.queries;

import static newskg.queries.Web.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import newskg.graph.vocab.NK;
import newskg.graph.vocab.Vocab;

/** Resource IRIs resolved through the server, the named queries and the timeline over HTTP. */
class ResolverAndNamedIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BAN = "https://w3id.org/newskg/id/event/ban-883ccbd0e8a3d056";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
    private static NewsEndpoint endpoint;

    @BeforeAll
    static void start() {
        DatasetGraph dsg = Fixtures.events();
        // An entity whose name would run as script if the page did not escape it.
        Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("https://w3id.org/newskg/id/graph/article/00000000000000c3"),
                NodeFactory.createURI("https://w3id.org/newskg/id/person/xb/evil"), Vocab.RDFS_LABEL,
                NodeFactory.createLiteralString("<script>alert('x')</script>")));
        endpoint = NewsEndpoint.builder(dsg).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    private static String id(String iri) {
        return endpoint.baseUrl() + "/id/" + iri.substring("https://w3id.org/newskg/id/".length());
    }

    @Test
    void aBrowserGetsHtmlWithTheEvidenceSentenceAndTheArticle() {
        HttpResponse<String> r = Web.get(id(BAN), "Accept", BROWSER);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
        assertThat(r.body()).contains("<h1>ban of Telegram in RU, 2023-08-14</h1>")
                .contains("<blockquote class=\"evidence\">Ruritania&#39;s Ministry of Communications said on Monday it had"
                        + " blocked Telegram nationwide.</blockquote>")
                .contains("href=\"https://news.example.org/2023/08/15/ruritania-telegram\"")
                // links to our own resources stay on this server
                .contains("href=\"/id/platform/telegram\"").contains("href=\"/id/article/681c1bf717fadcad\"");
    }

    @Test
    void rdfClientsGetTurtleJsonLdOrNTriples() {
        Node ban = NodeFactory.createURI(BAN);
        for (String[] c : new String[][] {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"},
            {"application/n-triples", "NT"}, {"", "TTL"}, {"*/*", "TTL"}}) {
            HttpResponse<String> r = c[0].isEmpty() ? Web.get(id(BAN)) : Web.get(id(BAN), "Accept", c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(200);
            Lang lang = switch (c[1]) {
                case "JSONLD" -> Lang.JSONLD;
                case "NT" -> Lang.NTRIPLES;
                default -> Lang.TURTLE;
            };
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(lang.getHeaderString());
            Graph g = RDFParser.fromString(r.body()).lang(lang).toGraph();
            assertThat(g.contains(ban, NK.platform, NodeFactory.createURI("https://w3id.org/newskg/id/platform/telegram")))
                    .as(c[0]).isTrue();
            assertThat(g.find(Node.ANY, Vocab.Oa.exact, Node.ANY).toList()).as(c[0]).isNotEmpty();
        }
        assertThat(Web.get(id(BAN) + "?format=jsonld", "Accept", BROWSER).body()).contains("\"@context\"");
    }

    @Test
    void unknownIrisAre404AndValuesAreEscaped() {
        assertThat(Web.get(endpoint.baseUrl() + "/id/event/none", "Accept", BROWSER).statusCode()).isEqualTo(404);
        assertThat(Web.get(endpoint.baseUrl() + "/id/", "Accept", BROWSER).statusCode()).isEqualTo(404);
        HttpResponse<String> evil = Web.get(endpoint.baseUrl() + "/id/person/xb/evil", "Accept", BROWSER);
        assertThat(evil.statusCode()).isEqualTo(200);
        assertThat(evil.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)");
    }

    @Test
    void thePlatformPageListsTheEventsAboutIt() {
        HttpResponse<String> r = Web.get(endpoint.baseUrl() + "/id/platform/tiktok", "Accept", BROWSER);
        assertThat(r.body()).contains("Referenced by").contains("href=\"/id/event/ban-third\"");
    }

    @Test
    void theCatalogueIsListedOverHttp() throws IOException, InterruptedException {
        JsonNode list = JSON.readTree(Web.get(endpoint.baseUrl() + "/newskg/named").body());
        assertThat(list.get("iri_base").asText()).isEqualTo("https://w3id.org/newskg/id/");
        assertThat(list.get("queries").size()).isGreaterThanOrEqualTo(12).isEqualTo(QueryCatalog.shipped().all().size());
        assertThat(list.get("queries").get(0).get("params").get(0).get("name").asText()).isEqualTo("platform");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml", "csv", "tsv"})
    void aNamedQueryRunsOverHttpWithItsParametersBound(String format) {
        HttpResponse<String> r = Web.get(endpoint.baseUrl() + "/newskg/named/bans?country=XB&format=" + format);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("TikTok").doesNotContain("Telegram");
    }

    @Test
    void namedQueriesNegotiateAndReportBadRequests() throws IOException, InterruptedException {
        HttpResponse<String> csv = Web.get(endpoint.baseUrl() + "/newskg/named/sources-of-event?event=" + enc(BAN),
                "Accept", "text/csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(2);
        JsonNode search = JSON.readTree(Web.get(endpoint.baseUrl() + "/newskg/named/search?q=" + enc("takedown orders"),
                "Accept", "application/sparql-results+json").body());
        assertThat(search.at("/results/bindings").size()).isEqualTo(2);
        HttpResponse<String> badDate = Web.get(endpoint.baseUrl() + "/newskg/named/bans?from=yesterday");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("YYYY-MM-DD");
        assertThat(Web.get(endpoint.baseUrl() + "/newskg/named/bans?colour=red").statusCode()).isEqualTo(400);
        assertThat(Web.get(endpoint.baseUrl() + "/newskg/named/no-such-query").statusCode()).isEqualTo(404);
        HttpResponse<String> badLucene = Web.get(endpoint.baseUrl() + "/newskg/named/search?q=" + enc("AND("));
        assertThat(badLucene.statusCode()).isEqualTo(400);
        assertThat(badLucene.body()).contains("parse");
        // An empty form field means "not given".
        assertThat(Web.get(endpoint.baseUrl() + "/newskg/named/bans?country=&platform=").body().lines().count())
                .isGreaterThan(1);
    }

    @Test
    void namedAnswersAreKeptUntilTheStoreChangesAndPageWithLimitAndOffset() throws IOException {
        String url = endpoint.baseUrl() + "/newskg/named/timeline?country=RU&format=csv";
        HttpResponse<String> first = Web.get(url);
        HttpResponse<String> again = Web.get(url);
        assertThat(first.headers().firstValue("X-Cache")).contains("miss");
        assertThat(again.headers().firstValue("X-Cache")).contains("hit");
        assertThat(again.body()).isEqualTo(first.body());
        // A write to the store, as an ingest or the update endpoint makes, and the answer is computed again.
        DatasetGraph dsg = endpoint.dataset();
        Node g = NodeFactory.createURI("https://w3id.org/newskg/id/graph/article/00000000000000c4");
        Txn.executeWrite(dsg, () -> dsg.add(g, NodeFactory.createURI("https://w3id.org/newskg/id/platform/telegram"),
                Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralString("Telegram Messenger")));
        HttpResponse<String> after = Web.get(url);
        assertThat(after.headers().firstValue("X-Cache")).contains("miss");
        Txn.executeWrite(dsg, () -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
        // limit and offset page through the ordered rows of any named query
        String all = Web.get(endpoint.baseUrl() + "/newskg/named/timeline?format=csv").body();
        String page = Web.get(endpoint.baseUrl() + "/newskg/named/timeline?format=csv&limit=2&offset=1").body();
        List<String> rows = all.lines().toList();
        assertThat(page.lines().toList()).containsExactly(rows.get(0), rows.get(2), rows.get(3));
        assertThat(Web.get(endpoint.baseUrl() + "/newskg/named/timeline?limit=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void ourOwnPathsCarryCorsHeadersToo() {
        for (String path : new String[] {"/newskg/named/platforms", "/newskg/timeline", "/id/event/ban-third",
            "/context.jsonld"}) {
            HttpResponse<String> r = Web.get(endpoint.baseUrl() + path, "Origin", "https://notebook.example");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).isPresent();
        }
    }

    @Test
    void theTimelineJsonIsTheCommandsJson() throws IOException, InterruptedException {
        JsonNode t = JSON.readTree(Web.get(endpoint.baseUrl() + "/newskg/timeline").body());
        assertThat(t.get("periods")).hasSize(2);
        assertThat(t.get("events")).hasSize(4);
        assertThat(t.get("iri_base").asText()).isEqualTo("https://w3id.org/newskg/id/");
        JsonNode ru = JSON.readTree(Web.get(endpoint.baseUrl() + "/newskg/timeline?country=RU&platform=telegram").body());
        assertThat(ru.get("periods")).singleElement().satisfies(p -> {
            assertThat(p.get("status").asText()).isEqualTo("ended");
            assertThat(p.get("sources")).hasSize(2);
            assertThat(p.get("imposed_by").get("evidence").toString()).contains("blocked Telegram nationwide");
        });
        assertThat(Web.get(endpoint.baseUrl() + "/newskg/timeline?from=soon").statusCode()).isEqualTo(400);
        assertThat(Web.get(endpoint.baseUrl() + "/newskg/timeline?format=csv").body()).startsWith("platform,country");
    }
}

package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import newskg.graph.store.NewsStore;

/**
 * {@code newskg serve} as a separate process on a store on disk, used over real HTTP; then
 * {@code query}, {@code timeline} and {@code export} on the same store.
 */
class ServeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String N = "https://w3id.org/newskg/id/";
    /** One fictional article: a ban and, a month later, its lift. */
    private static final String TRIG = """
            PREFIX nk: <https://w3id.org/newskg/ns#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            <%1$sgraph/article/00000000000000a1> {
              <%1$sarticle/00000000000000a1> a schema:NewsArticle ; schema:headline "Zembla unblocks Signal" ;
                  schema:datePublished "2022-05-02"^^xsd:date ; nk:source "tests/zembla.txt" ;
                  schema:articleBody "Zembla blocked Signal in March. The regulator unblocked it on Monday." .
              <%1$splatform/signal> a nk:Platform, sem:Actor ; rdfs:label "Signal" .
              <%1$sevent/ban-z> a sem:Event ; sem:eventType nk:ban ; nk:platform <%1$splatform/signal> ;
                  nk:country "XZ" ; nk:modality "occurred" ; nk:isoDate "2022-03" ; nk:datePrecision "month" ;
                  sem:hasTimeStamp "2022-03-01"^^xsd:date ; nk:reportedBy <%1$sarticle/00000000000000a1> ;
                  nif:confidence 0.9e0 ; nk:evidence <%1$sevidence/a1/1> .
              <%1$sevent/lift-z> a sem:Event ; sem:eventType nk:lift ; nk:platform <%1$splatform/signal> ;
                  nk:country "XZ" ; nk:modality "occurred" ; nk:isoDate "2022-05-02" ; nk:datePrecision "day" ;
                  sem:hasTimeStamp "2022-05-02"^^xsd:date ; nk:reportedBy <%1$sarticle/00000000000000a1> ;
                  nif:confidence 0.5e0 ; nk:evidence <%1$sevidence/a1/2> .
              <%1$sevidence/a1/1> oa:hasTarget <%1$sevidence/a1/1-t> .
              <%1$sevidence/a1/1-t> oa:hasSource <%1$sarticle/00000000000000a1> ; oa:hasSelector <%1$sevidence/a1/1-q> .
              <%1$sevidence/a1/1-q> oa:exact "Zembla blocked Signal in March." .
              <%1$sevidence/a1/2> oa:hasTarget <%1$sevidence/a1/2-t> .
              <%1$sevidence/a1/2-t> oa:hasSource <%1$sarticle/00000000000000a1> ; oa:hasSelector <%1$sevidence/a1/2-q> .
              <%1$sevidence/a1/2-q> oa:exact "The regulator unblocked it on Monday." .
            }
            """.formatted(N);

    @Test
    void serveQueryTimelineAndExportOnAStoreOnDisk(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("store");
        NewsStore s = NewsStore.open(store, StoreOptions.mapper());
        Txn.executeWrite(s.dataset(), () -> RDFParser.fromString(TRIG).lang(Lang.TRIG).parse(s.dataset()));
        s.close();
        // TDB2 keeps a closed database's lock in its JVM-wide cache; the server process needs it.
        TDBInternal.expel(s.dataset(), true);
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "editor:correct-horse\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "newskg.app.Main", "serve", "--store", store.toString(),
                "--port", Integer.toString(port), "--timeout", "2", "--max-concurrent", "1",
                "--update-password-file", passwd.toString()));
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("serve.log").toFile())
                .start();
        try {
            waitForPing(base, server, tmp.resolve("serve.log"));
            // The derived graph is computed at start, beside the server: the period comes, ended.
            String status = "";
            for (long until = System.nanoTime() + 20_000_000_000L; status.isEmpty() && System.nanoTime() < until; ) {
                JsonNode periods = JSON.readTree(get(base + "/newskg/named/restriction-periods?format=json", null).body());
                status = periods.at("/results/bindings/0/periodStatus/value").asText();
                if (status.isEmpty()) {
                    Thread.sleep(100);
                }
            }
            assertThat(status).isEqualTo("ended");
            // Timeline page and query page
            assertThat(get(base + "/", null).body()).contains("timeline.js");
            assertThat(get(base + "/query.html", null).statusCode()).isEqualTo(200);
            // The resource IRIs resolve
            assertThat(get(base + "/id/event/ban-z", "text/html").body()).contains("Zembla blocked Signal in March.");
            // Writes: 401 without credentials, 401 with a wrong password, 2xx with the right one.
            String insert = "INSERT DATA { GRAPH <http://example.org/notes> { <http://example.org/n> <http://example.org/p> 1 } }";
            assertThat(update(base, insert, null).statusCode()).isEqualTo(401);
            assertThat(update(base, insert, "editor:wrong").statusCode()).isEqualTo(401);
            assertThat(update(base, insert, "editor:correct-horse").statusCode()).isBetween(200, 299);
            assertThat(get(base + "/newskg/sparql?query=" + enc("ASK { <http://example.org/n> ?p ?o }"), "text/csv").body())
                    .contains("true");
            // --timeout: a query past 2 s gets 503 and the server goes on. --max-concurrent 1: a light
            // query sent meanwhile waits its turn and is answered; the ping does not wait.
            String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
            var heavyAnswer = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> get(base + "/newskg/sparql?query=" + enc(heavy), null));
            Thread.sleep(300);
            assertThat(get(base + "/$/ping", null).statusCode()).isEqualTo(200);
            HttpResponse<String> light = get(base + "/newskg/sparql?query=" + enc("ASK { ?s ?p ?o }"), "text/csv");
            assertThat(light.statusCode()).isEqualTo(200);
            assertThat(heavyAnswer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
            assertThat(get(base + "/$/metrics", null).body()).contains("fuseki_requests");
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Cli.Result list = Cli.run("query", "--list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("restriction-periods - Restriction periods", "--param q=<string>", "search - ");
        assertThat(list.out().lines().filter(l -> !l.startsWith(" ")).count()).isGreaterThanOrEqualTo(12);

        String dir = store.toString();
        Cli.Result csv = Cli.run("query", "bans", "--param", "platform=signal", "--format", "csv", "--store", dir);
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("date,precision,type,platformName,countryCode").contains("2022-03,month,ban,Signal,XZ");
        Cli.Result tsv = Cli.run("query", "restriction-periods", "--format", "tsv", "--store", dir);
        assertThat(tsv.out()).contains("\"ended\"");
        Cli.Result search = Cli.run("query", "search", "-p", "q=unblocked", "--format", "json", "--store", dir);
        assertThat(JSON.readTree(search.out()).at("/results/bindings").size()).isGreaterThanOrEqualTo(2);
        Cli.Result table = Cli.run("query", "articles", "--store", dir);
        assertThat(table.out()).contains("Zembla unblocks Signal");
        Cli.Result bad = Cli.run("query", "bans", "--param", "from=someday", "--store", dir);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("YYYY-MM-DD");

        Cli.Result json = Cli.run("timeline", "--format", "json", "--platform", "Signal", "--store", dir);
        JsonNode p = JSON.readTree(json.out()).at("/periods/0");
        assertThat(p.get("start").asText()).isEqualTo("2022-03");
        assertThat(p.get("end").asText()).isEqualTo("2022-05-02");
        assertThat(p.get("status").asText()).isEqualTo("ended");
        assertThat(p.get("sources").toString()).contains("tests/zembla.txt");
        assertThat(Cli.run("timeline", "--format", "csv", "--store", dir).out())
                .startsWith("platform,country,type,start,end,status").contains("Signal,XZ,ban,2022-03,2022-05-02,ended");

        // a minimum confidence leaves out the doubtful lift (0.5): the ban stands alone, its period ongoing
        JsonNode confident = JSON.readTree(Cli.run("timeline", "--format", "json", "--min-confidence", "0.7",
                "--store", dir).out());
        assertThat(confident.at("/events").size()).isEqualTo(1);
        assertThat(confident.at("/events/0/confidence").asDouble()).isEqualTo(0.9);
        assertThat(confident.at("/periods/0/status").asText()).isEqualTo("ongoing");
        Cli.Result outOfRange = Cli.run("timeline", "--min-confidence", "1.5", "--store", dir);
        assertThat(outOfRange.code()).isEqualTo(2);
        assertThat(outOfRange.err()).contains("minConfidence").contains("from 0 to 1");
        String filtered = Cli.run("export", "--format", "nquads", "--min-confidence", "0.7", "--store", dir).out();
        assertThat(filtered).contains("<" + N + "event/ban-z>").doesNotContain("<" + N + "event/lift-z>")
                .doesNotContain("\"The regulator unblocked it on Monday.\" <") // the lift's evidence quote
                .contains("\"Zembla blocked Signal in March.\" <");
        assertThat(Cli.run("export", "--min-confidence", "2", "--store", dir).code()).isEqualTo(2);

        Cli.Result nq = Cli.run("export", "--format", "nquads", "--graph", N + "graph/derived", "--store", dir);
        assertThat(nq.out()).contains("RestrictionPeriod").contains("<" + N + "graph/derived>");
        Cli.Result jsonld = Cli.run("export", "--format", "jsonld", "--store", dir);
        assertThat(RDFParser.fromString(jsonld.out()).lang(Lang.JSONLD).toDatasetGraph().size()).isGreaterThan(2);
    }

    private static void waitForPing(String base, Process server, Path log) throws InterruptedException, IOException {
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("serve exited: " + Files.readString(log));
            }
            try {
                if (get(base + "/$/ping", null).statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("serve did not start: " + Files.readString(log));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    private static HttpResponse<String> update(String base, String update, String credentials) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/newskg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return send(b.build());
    }

    private static HttpResponse<String> send(HttpRequest r) {
        try {
            return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + r.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

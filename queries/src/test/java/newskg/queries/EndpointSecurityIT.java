package newskg.queries;

import static newskg.queries.Web.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes behind HTTP Basic auth with a password file, and the query time limit. */
class EndpointSecurityIT {
    private static final String LIFT_GRAPH = "https://w3id.org/newskg/id/graph/article/00000000000000e5";
    /** A fictional article reporting that Borduria lifted its TikTok block. */
    private static final String LIFT = """
            PREFIX nk: <https://w3id.org/newskg/ns#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            <https://w3id.org/newskg/id/article/00000000000000e5> a schema:NewsArticle ; nk:source "http/e5.txt" ;
                schema:headline "Borduria restores TikTok" .
            <https://w3id.org/newskg/id/platform/tiktok> rdfs:label "TikTok" .
            <https://w3id.org/newskg/id/event/lift-e5> a sem:Event ; sem:eventType nk:lift ;
                nk:platform <https://w3id.org/newskg/id/platform/tiktok> ; nk:country "XB" ; nk:modality "occurred" ;
                nk:isoDate "2024-04-02" ; nk:datePrecision "day" ; sem:hasTimeStamp "2024-04-02"^^xsd:date ;
                nk:reportedBy <https://w3id.org/newskg/id/article/00000000000000e5> ;
                nk:evidence <https://w3id.org/newskg/id/evidence/e5> .
            <https://w3id.org/newskg/id/evidence/e5> oa:hasTarget <https://w3id.org/newskg/id/evidence/e5-t> .
            <https://w3id.org/newskg/id/evidence/e5-t> oa:hasSelector <https://w3id.org/newskg/id/evidence/e5-q> .
            <https://w3id.org/newskg/id/evidence/e5-q> oa:exact "Borduria restored access to TikTok on Tuesday." .
            """;
    private static final String ASK_NEW = "ASK { GRAPH <http://example.org/g> { <http://example.org/s> ?p ?o } }";

    @Test
    void withAPasswordFileOnlyItsUsersMayUpdateAndQueriesStayAnonymous(@TempDir Path tmp) throws IOException {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "# who may write\nadmin:s3cret\neditor: other-pw\n");
        DatasetGraph dsg = Fixtures.events();
        try (NewsEndpoint ep = NewsEndpoint.builder(dsg).port(0).updatePasswordFile(passwd).build().start()) {
            String update = ep.baseUrl() + "/newskg/update";
            String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }";
            // Queries, pages and reads need no login (the trap: a password file without policies locks everything).
            assertThat(Web.get(ep.sparqlUrl() + "?query=" + enc("ASK {}")).statusCode()).isEqualTo(200);
            assertThat(Web.get(ep.baseUrl() + "/").statusCode()).isEqualTo(200);
            assertThat(Web.get(ep.baseUrl() + "/newskg/get?graph=" + enc("urn:x-arq:UnionGraph")).statusCode()).isEqualTo(200);

            HttpResponse<String> anonymous = Web.post(update, "application/sparql-update", insert);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
            assertThat(Web.post(update, "application/sparql-update", insert, "Authorization", Web.basic("admin", "wrong"))
                    .statusCode()).isEqualTo(401);
            assertThat(Web.post(update, "application/sparql-update", insert, "Authorization", Web.basic("nobody", "s3cret"))
                    .statusCode()).isEqualTo(401);
            assertThat(ask(ep)).isFalse();
            // An update sent to the query endpoint is still refused, with or without credentials.
            assertThat(Web.post(ep.sparqlUrl(), "application/sparql-update", insert, "Authorization",
                    Web.basic("admin", "s3cret")).statusCode()).isBetween(400, 499);
            assertThat(ask(ep)).isFalse();

            HttpResponse<String> ok = Web.post(update, "application/sparql-update", insert,
                    "Authorization", Web.basic("admin", "s3cret"));
            assertThat(ok.statusCode()).as(ok.body()).isBetween(200, 299);
            assertThat(ask(ep)).isTrue();

            // An article sent over HTTP that reports the lift ends the ongoing TikTok period.
            assertThat(Web.get(ep.baseUrl() + "/newskg/named/ongoing-bans?format=csv").body()).contains("TikTok");
            HttpResponse<String> lift = Web.post(ep.baseUrl() + "/newskg/data?graph=" + enc(LIFT_GRAPH), "text/turtle",
                    LIFT, "Authorization", Web.basic("admin", "s3cret"));
            assertThat(lift.statusCode()).as(lift.body()).isBetween(200, 299);
            assertThat(Web.get(ep.baseUrl() + "/newskg/named/ongoing-bans?format=csv").body()).doesNotContain("TikTok");
            assertThat(Web.get(ep.baseUrl() + "/newskg/named/restriction-periods?platform=tiktok&format=csv").body())
                    .contains("ended");

            // Graph Store writes: same rule.
            String data = ep.baseUrl() + "/newskg/data?graph=" + enc("http://example.org/g2");
            String ttl = "<http://example.org/s2> <http://example.org/p> \"searchable zebra\" .";
            assertThat(Web.put(data, "text/turtle", ttl).statusCode()).isEqualTo(401);
            assertThat(Web.put(data, "text/turtle", ttl, "Authorization", Web.basic("editor", "other-pw")).statusCode())
                    .isBetween(200, 299);
            HttpResponse<String> back = Web.get(ep.baseUrl() + "/newskg/get?graph=" + enc("http://example.org/g2"),
                    "Accept", "application/n-triples");
            assertThat(back.body()).contains("searchable zebra");
        }
    }

    @Test
    void withoutAPasswordFileThereIsNoUpdateEndpoint() {
        try (NewsEndpoint ep = NewsEndpoint.builder(Fixtures.events()).port(0).build().start()) {
            HttpResponse<String> r = Web.post(ep.baseUrl() + "/newskg/update", "application/sparql-update",
                    "CLEAR ALL", "Authorization", Web.basic("admin", "s3cret"));
            assertThat(r.statusCode()).isBetween(400, 499).isNotEqualTo(401);
        }
    }

    @Test
    void aQueryOverTheTimeLimitGets503AndTheServerKeepsServing() {
        try (NewsEndpoint ep = NewsEndpoint.builder(Fixtures.events()).port(0).queryTimeout(Duration.ofSeconds(1))
                .build().start()) {
            // Four-way cross product of a few hundred quads: billions of rows, far more than a second.
            String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = Web.get(ep.sparqlUrl() + "?query=" + enc(heavy));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(ms).isLessThan(20_000);
            // A client asking for more time does not get it.
            assertThat(Web.get(ep.sparqlUrl() + "?timeout=600&query=" + enc(heavy)).statusCode()).isEqualTo(503);
            HttpResponse<String> after = Web.get(ep.sparqlUrl() + "?query=" + enc("ASK { ?s ?p ?o }"));
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).contains("true");
            assertThat(Web.get(ep.baseUrl() + "/$/ping").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theHostOptionBindsTheGivenAddress() {
        try (NewsEndpoint ep = NewsEndpoint.builder(Fixtures.events()).host("localhost").port(0).build().start()) {
            assertThat(Web.get(ep.baseUrl() + "/$/ping").statusCode()).isEqualTo(200);
        }
        try (NewsEndpoint ep = NewsEndpoint.builder(Fixtures.events()).host("0.0.0.0").port(0).build().start()) {
            assertThat(Web.get("http://127.0.0.1:" + ep.port() + "/$/ping").statusCode()).isEqualTo(200);
        }
    }

    private static boolean ask(NewsEndpoint ep) {
        return Web.get(ep.sparqlUrl() + "?query=" + enc(ASK_NEW), "Accept", "text/csv").body().contains("true");
    }
}

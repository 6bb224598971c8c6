package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import newskg.graph.store.NewsStore;
import newskg.queries.NewsEndpoint;

/** The command line end to end, with real CoreNLP, TDB2 on disk and Fuseki over HTTP. */
class CliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void extractFindsTheBanAndTheLiftInTheReferenceArticle() throws Exception {
        assumeTrue(Cli.shared().isPresent(), "../shared is absent");
        Path ref = Cli.shared().get().resolve("corpus/bans-dev/00-iraq-will-lift-telegram-ban.txt");
        Cli.Result r = Cli.run("extract", "--format", "jsonl", ref.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode doc = JSON.readTree(lines.get(0));
        assertThat(doc.get("published").asText()).isEqualTo("2023-08-15");
        String body = doc.get("body").asText();
        List<String> platformEvents = new ArrayList<>();
        for (JsonNode e : doc.get("events")) {
            JsonNode ev = e.get("evidence");
            assertThat(body.substring(ev.get("start").asInt(), ev.get("end").asInt()))
                    .isEqualTo(ev.get("text").asText());
            if (e.get("platform").isTextual()) {
                platformEvents.add(e.get("type").asText() + " " + e.get("platform").asText() + " "
                        + e.get("country").asText() + " " + e.get("date").asText());
            }
        }
        assertThat(platformEvents).contains("ban Telegram IQ 2023-W33");
        assertThat(platformEvents).anyMatch(s -> s.startsWith("lift Telegram IQ"));
    }

    @Test
    void demoIngestsTheSamplesAndTheEndpointServesThem(@TempDir Path tmp) {
        Path store = tmp.resolve("demo-store");
        Cli.Result r = Cli.run("demo", "--no-serve", "--store", store.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (NewsStore s = NewsStore.open(store, StoreOptions.mapper());
             NewsEndpoint ep = NewsEndpoint.builder(s.dataset()).port(0).build().start()) {
            assertThat(count(ep, "https://schema.org/NewsArticle")).isGreaterThanOrEqualTo(5);
            assertThat(count(ep, "http://semanticweb.cs.vu.nl/2009/11/sem/Event")).isGreaterThan(0);
        }
        assertThat(Cli.run("validate", "--store", store.toString()).code()).isZero();
    }

    @Test
    void ingestingTheCorpusTwiceLeavesTheSameQuadsAndAValidStore(@TempDir Path tmp) {
        assumeTrue(Cli.shared().isPresent(), "../shared is absent");
        String corpus = Cli.shared().get().resolve("corpus/bans-dev").toString();
        String store = tmp.resolve("store").toString();
        Cli.Result first = Cli.run("ingest", "--store", store, corpus);
        assertThat(first.code()).as(first.err()).isZero();
        List<Quad> before = Cli.quadsWithoutRuns(Path.of(store));
        Cli.Result second = Cli.run("ingest", "--force", "--store", store, corpus);
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(Cli.quadsWithoutRuns(Path.of(store))).containsExactlyInAnyOrderElementsOf(before);
        Cli.Result unchanged = Cli.run("ingest", "--store", store, corpus);
        assertThat(unchanged.err()).contains("18 unchanged");
        Cli.Result validate = Cli.run("validate", "--store", store);
        assertThat(validate.code()).as(validate.out()).isZero();
        Cli.Result timeline = Cli.run("timeline", "--store", store, "--format", "json", "--country", "IQ");
        assertThat(timeline.code()).isZero();
        assertThat(timeline.out()).contains("\"platform\" : \"Telegram\"");
    }

    @Test
    void aBrokenFileIsReportedAndTheRestIsStored(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("good.txt"), """
                 date 2024-02-18 Regulator restricts the X platform

                The national telecoms regulator restricted access to X on Saturday, citing national security.
                """);
        Files.write(dir.resolve("binary.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(dir.resolve("bad-date.txt"), " date 2099-13-45 Impossible\n\nText.\n");
        Files.writeString(dir.resolve("empty.txt"), "");
        String store = tmp.resolve("store").toString();
        Cli.Result r = Cli.run("ingest", "--store", store, dir.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("1 stored", "3 failed", "bad-date.txt", "empty.txt", "binary.html")
                .doesNotContain("Exception", "\tat ");
        assertThat(Cli.run("validate", "--store", store).code()).isZero();
    }

    private static long count(NewsEndpoint ep, String type) {
        try (QueryExecHTTP q = QueryExecHTTP.service(ep.sparqlUrl())
                .query("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a <" + type + "> }").build()) {
            return Long.parseLong(q.select().next().get("n").getLiteralLexicalForm());
        }
    }
}

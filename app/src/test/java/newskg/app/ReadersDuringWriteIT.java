package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newskg.graph.store.IngestRun;
import newskg.graph.store.NewsStore;
import newskg.ingest.IngestPipeline;
import newskg.ingest.IngestSummary;

/** Queries over HTTP keep getting consistent answers while an ingest writes (one writer, many readers). */
class ReadersDuringWriteIT {
    private static final String ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://schema.org/NewsArticle> }";
    /** An article without its body or hash, or an event without evidence, would be a half-written graph. */
    private static final String TORN = """
            SELECT (COUNT(*) AS ?n) {
              { GRAPH ?g { ?a a <https://schema.org/NewsArticle> FILTER NOT EXISTS { ?a <https://schema.org/articleBody> ?b ; <https://w3id.org/newskg/ns#contentHash> ?h } } }
              UNION
              { GRAPH ?g { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> FILTER NOT EXISTS { ?e <https://w3id.org/newskg/ns#evidence> ?x } } }
            }""";

    @Test
    void queriesSeeWholeArticlesOnlyAndNeverFewerThanBefore(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        int total = Samples.write(in, 2);
        try (NewsStore store = NewsStore.open(tmp.resolve("store"), StoreOptions.mapper());
             var ep = newskg.queries.NewsEndpoint.builder(store.dataset()).port(0).build().start()) {
            IngestRun run = IngestRun.start("test", java.time.Clock.systemUTC());
            IngestPipeline pipeline = IngestPipeline.builder(Components.html()).analyzer(Components.nlp()).threads(1).build();
            CompletableFuture<IngestSummary> writer = CompletableFuture.supplyAsync(() -> pipeline.run(List.of(in.toString()), x -> {
                store.replace(x, run);
                return IngestSummary.Outcome.STORED;
            }));
            List<Long> seen = new ArrayList<>();
            while (!writer.isDone()) {
                seen.add(count(ep.sparqlUrl(), ARTICLES));
                assertThat(count(ep.sparqlUrl(), TORN)).isZero();
            }
            assertThat(writer.get().count(IngestSummary.Outcome.STORED)).isEqualTo(total);
            seen.add(count(ep.sparqlUrl(), ARTICLES));
            assertThat(seen).isSorted();
            assertThat(seen.get(seen.size() - 1)).isEqualTo(total);
            assertThat(seen.size()).as("queries answered during the ingest").isGreaterThan(2);
        }
    }

    private static long count(String url, String query) {
        try (QueryExecHTTP q = QueryExecHTTP.service(url).query(query).build()) {
            return Long.parseLong(q.select().next().get("n").getLiteralLexicalForm());
        }
    }
}

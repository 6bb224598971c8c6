package newskg.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newskg.graph.mapping.ExtractionMapper;
import newskg.graph.mapping.IriMinter;
import newskg.graph.mapping.SampleExtraction;
import newskg.model.Extraction;

class NewsStoreIT {
    private final ExtractionMapper mapper = new ExtractionMapper(IriMinter.standard());

    private static IngestRun runAt(String instant) {
        return IngestRun.start("0.1.0", Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void replacingAnArticleTwiceLeavesTheSameArticleGraphOnDisk(@TempDir Path dir) {
        Extraction x = SampleExtraction.build();
        long quadsAfterFirst;
        try (NewsStore store = NewsStore.open(dir, mapper)) {
            store.replace(x, runAt("2024-01-01T00:00:00Z"));
            quadsAfterFirst = store.countQuads();
            assertThat(store.isUnchanged(x.article().id(), x.article().contentHash())).isTrue();
            assertThat(store.isUnchanged(x.article().id(), "0".repeat(64))).isFalse();
        }
        try (NewsStore store = NewsStore.open(dir, mapper)) {
            store.replace(x, runAt("2024-01-02T00:00:00Z"));
            // the new run adds its own activity node to the runs graph, nothing else changes
            assertThat(store.countQuads()).isEqualTo(quadsAfterFirst + 4);
            assertThat(store.articleGraph(x.article().id()).isIsomorphicWith(mapper.toGraph(x))).isTrue();
            assertThat(store.countArticles()).isEqualTo(1);
        }
    }

    @Test
    void replaceSwapsOldContentForNew() {
        try (NewsStore store = NewsStore.inMemory(mapper)) {
            Extraction x = SampleExtraction.build();
            store.replace(x, runAt("2024-01-01T00:00:00Z"));
            Extraction noEvents = Extraction.withoutEvents(x.article(), java.util.List.of());
            store.replace(noEvents, runAt("2024-01-02T00:00:00Z"));
            assertThat(store.articleGraph(x.article().id()).isIsomorphicWith(mapper.toGraph(noEvents))).isTrue();
            assertThat(store.remove(x.article().id())).isTrue();
            assertThat(store.countArticles()).isZero();
        }
    }

    @Test
    void queriesSeeTheUnionOfArticleGraphsAsTheDefaultGraph() {
        try (NewsStore store = NewsStore.inMemory(mapper)) {
            store.replace(SampleExtraction.build(), runAt("2024-01-01T00:00:00Z"));
            long events = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecutionFactory.create(
                        "SELECT (COUNT(*) AS ?n) { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> }",
                        DatasetFactory.wrap(store.dataset()))) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertThat(events).isEqualTo(3);
        }
    }

    @Test
    void theStoreValidatesAndExports() {
        try (NewsStore store = NewsStore.inMemory(mapper)) {
            Extraction x = SampleExtraction.build();
            store.replace(x, runAt("2024-01-01T00:00:00Z"));
            StoreValidator.Result r = StoreValidator.withShippedShapes().validate(store);
            assertThat(r.graphsChecked()).isEqualTo(1);
            assertThat(r.violations()).isEmpty();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Node g = store.minter().articleGraph(x.article().id());
            store.export(out, Lang.NQUADS, Optional.of(g));
            assertThat(out.toString(StandardCharsets.UTF_8).lines().count())
                    .isEqualTo(mapper.toGraph(x).size());
        }
    }
}

package newskg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import newskg.graph.mapping.IriMinter;
import newskg.graph.store.StoreValidator;
import newskg.graph.vocab.NK;
import newskg.graph.vocab.Vocab;

class DerivedGraphTest {
    private final IriMinter iri = IriMinter.standard();

    @Test
    void periodsLiveInTheDerivedGraphAndARecomputeReplacesThem() {
        DatasetGraph dsg = Fixtures.events();
        Node g = iri.derivedGraph();
        assertThat(periods(dsg, g)).isEqualTo(2);
        // Recomputing twice leaves the same graph, not twice the periods.
        assertThat(DerivedGraph.recompute(dsg, iri)).isEqualTo(2);
        assertThat(periods(dsg, g)).isEqualTo(2);
        NamedQuery q = QueryCatalog.shipped().get("restriction-periods").orElseThrow();
        var rows = new QueryRunner(dsg).select(q, Map.of("status", "ongoing"));
        assertThat(rows.size()).isEqualTo(1);
        // With the events gone (no rdf:type sem:Event left), a recompute leaves no stale periods.
        Txn.executeWrite(dsg, () -> dsg.deleteAny(Node.ANY, Node.ANY, Vocab.RDF_TYPE, Node.ANY));
        assertThat(DerivedGraph.recompute(dsg, iri)).isZero();
        assertThat(periods(dsg, g)).isZero();
    }

    @Test
    void theRecomputeIsNotHeldToTheTimeLimitForClients() {
        DatasetGraph dsg = Fixtures.events();
        dsg.getContext().set(org.apache.jena.query.ARQ.queryTimeout, "1");
        assertThat(DerivedGraph.recompute(dsg, iri)).isEqualTo(2);
    }

    @Test
    void theDerivedGraphKeysEveryActorByItsNamesInLowerCase() {
        DatasetGraph dsg = Fixtures.events();
        Node g = iri.derivedGraph();
        Node telegram = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newskg/id/platform/telegram");
        Txn.executeRead(dsg, () -> {
            assertThat(dsg.contains(g, telegram, Vocab.SKOS_HIDDEN_LABEL,
                    org.apache.jena.graph.NodeFactory.createLiteralString("telegram"))).isTrue();
            assertThat(dsg.contains(g, telegram, Vocab.RDF_TYPE, NK.Platform)).isTrue();
            assertThat(dsg.contains(g, telegram, Vocab.RDFS_LABEL,
                    org.apache.jena.graph.NodeFactory.createLiteralString("Telegram"))).isTrue();
        });
        // so a platform is found whatever the case it is asked in
        NamedQuery q = QueryCatalog.shipped().get("timeline").orElseThrow();
        assertThat(new QueryRunner(dsg).select(q, Map.of("platform", "TELEGRAM")).size())
                .isEqualTo(new QueryRunner(dsg).select(q, Map.of("platform", "Telegram")).size()).isPositive();
    }

    @Test
    void aStoreWithoutNameKeysGetsThemBeforeItIsQueried() {
        DatasetGraph dsg = Fixtures.events();
        newskg.graph.store.NewsStore store = newskg.graph.store.NewsStore.over(dsg,
                new newskg.graph.mapping.ExtractionMapper(iri));
        assertThat(DerivedGraph.ensureCurrent(store)).isFalse();
        // as a store written before the keys existed
        Txn.executeWrite(dsg, () -> dsg.deleteAny(iri.derivedGraph(), Node.ANY, Vocab.SKOS_HIDDEN_LABEL, Node.ANY));
        NamedQuery q = QueryCatalog.shipped().get("timeline").orElseThrow();
        assertThat(new QueryRunner(dsg).select(q, Map.of("platform", "telegram")).size()).isZero();
        assertThat(DerivedGraph.ensureCurrent(store)).isTrue();
        assertThat(new QueryRunner(dsg).select(q, Map.of("platform", "telegram")).size()).isPositive();
    }

    @Test
    void theDerivedGraphConformsToTheShapes() {
        DatasetGraph dsg = Fixtures.events();
        Graph derived = Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(iri.derivedGraph()).find().forEachRemaining(copy::add);
            return copy;
        });
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(StoreValidator.shapesGraph()), derived);
        assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
        // and the shape does bite: an ended period without its lift does not conform
        derived.remove(Node.ANY, NK.liftedBy, Node.ANY);
        assertThat(ShaclValidator.get().validate(Shapes.parse(StoreValidator.shapesGraph()), derived).conforms()).isFalse();
    }

    private static long periods(DatasetGraph dsg, Node g) {
        return Txn.calculateRead(dsg, () -> {
            long[] n = {0};
            dsg.find(g, Node.ANY, Vocab.RDF_TYPE, NK.RestrictionPeriod).forEachRemaining(x -> n[0]++);
            return n[0];
        });
    }
}

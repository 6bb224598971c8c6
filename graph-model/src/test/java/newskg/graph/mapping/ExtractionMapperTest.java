package newskg.graph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

import newskg.graph.store.StoreValidator;
import newskg.graph.vocab.Vocab;
import newskg.model.Extraction;

class ExtractionMapperTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/sample-lift/graph.trig");
    private final ExtractionMapper mapper = new ExtractionMapper(IriMinter.standard());

    @Test
    void mapsTheSampleToTheGoldenGraph() throws IOException {
        Extraction x = SampleExtraction.build();
        Graph actual = mapper.toGraph(x);
        Node name = mapper.minter().articleGraph(x.article().id());
        if (Boolean.getBoolean("newskg.golden.update")) {
            DatasetGraph out = DatasetGraphFactory.createGeneral();
            out.prefixes().putAll(Vocab.prefixes(IriMinter.DEFAULT_BASE));
            out.addGraph(name, actual);
            try (OutputStream os = Files.newOutputStream(GOLDEN)) {
                RDFDataMgr.write(os, out, Lang.TRIG);
            }
        }
        DatasetGraph golden = DatasetGraphFactory.createGeneral();
        RDFParser.source(GOLDEN).lang(Lang.TRIG).parse(golden);
        assertThat(org.apache.jena.atlas.iterator.Iter.toList(golden.listGraphNodes())).containsExactly(name);
        assertThat(actual.isIsomorphicWith(golden.getGraph(name)))
                .as("mapped graph is isomorphic with %s (regenerate with -Dnewskg.golden.update=true)", GOLDEN)
                .isTrue();
    }

    @Test
    void mappingIsDeterministicAndHasNoBlankNodes() {
        Graph a = mapper.toGraph(SampleExtraction.build());
        Graph b = mapper.toGraph(SampleExtraction.build());
        assertThat(a.isIsomorphicWith(b)).isTrue();
        assertThat(a.find().toList()).isEqualTo(b.find().toList());
        assertThat(a.find().toList()).noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
    }

    @Test
    void theMappedGraphConformsToTheShapes() {
        Graph g = mapper.toGraph(SampleExtraction.build());
        List<StoreValidator.Violation> v = StoreValidator.withShippedShapes().validate(Vocab.Sem.Event, g);
        assertThat(v).isEmpty();
    }

    @Test
    void theShapesCatchOffsetsThatDoNotRoundTrip() {
        Graph g = mapper.toGraph(SampleExtraction.build());
        Node body = Vocab.Schema.articleBody;
        var t = g.find(Node.ANY, body, Node.ANY).next();
        g.delete(t);
        g.add(t.getSubject(), body, org.apache.jena.graph.NodeFactory.createLiteralString("X" + t.getObject().getLiteralLexicalForm()));
        List<StoreValidator.Violation> v = StoreValidator.withShippedShapes().validate(Vocab.Sem.Event, g);
        assertThat(v).extracting(StoreValidator.Violation::message).anyMatch(m -> m.contains("round-trip"));
    }

    @Test
    void aPlatformEventReportedByTwoArticlesGetsOneIri() {
        Extraction first = SampleExtraction.build();
        Extraction second = SampleExtraction.build("Different words. " + SampleExtraction.BODY);
        IriMinter iri = mapper.minter();
        Node e1 = iri.event(first.article().id(), first.events().get(0));
        Node e2 = iri.event(second.article().id(), second.events().get(0));
        assertThat(e1).isEqualTo(e2);
        Node s1 = iri.event(first.article().id(), first.events().get(2));
        Node s2 = iri.event(second.article().id(), second.events().get(2));
        assertThat(s1).isNotEqualTo(s2);
    }
}

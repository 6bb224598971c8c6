package newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class QuadLinesTest {
    private static final Node G = NodeFactory.createURI("https://w3id.org/newskg/id/graph/article/0123456789abcdef");
    private static final Node S = NodeFactory.createURI("https://w3id.org/newskg/id/article/0123456789abcdef");
    private static final Node P = NodeFactory.createURI("https://schema.org/articleBody");

    @Test
    void linesAreSubjectPredicateObjectGraphAndParseBackAsNQuads() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(S, P, NodeFactory.createLiteralString("Line one\nline \"two\"\ttab, caf\u00e9"));
        g.add(S, P, NodeFactory.createLiteralLang("Bonjour", "fr"));
        g.add(S, P, NodeFactory.createLiteralDT("2024-03-05", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));

        List<String> lines = QuadLines.of(G, g);

        assertThat(lines).hasSize(3).isSorted().allMatch(l -> l.startsWith("<" + S.getURI() + "> ")
                && l.endsWith(" <" + G.getURI() + "> .") && !l.contains("\n"));
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.fromString(String.join("\n", lines)).lang(Lang.NQUADS).parse(back);
        assertThat(back.getGraph(G).isIsomorphicWith(g)).isTrue();
    }

    @Test
    void blankNodesAreRefused() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(S, P, NodeFactory.createBlankNode());
        assertThatThrownBy(() -> QuadLines.of(G, g)).isInstanceOf(IllegalArgumentException.class);
    }
}

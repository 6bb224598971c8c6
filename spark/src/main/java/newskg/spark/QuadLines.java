package newskg.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * One article graph as N-Quads lines, sorted, so that a rerun over the same input writes the
 * same bytes.
 *
 * <p>Each line is {@code S P O G .}: formatted term by term with {@link NodeFmtLib#strNT},
 * because {@code NodeFmtLib.str(Quad)} prints the graph first, which no N-Quads parser reads
 * (TECH-NOTES §F). Blank nodes are refused: they would not merge across shards.
 *
 * <pre>{@code
 * List<String> lines = QuadLines.of(iri.articleGraph(id), mapper.toGraph(extraction));
 * }</pre>
 */
public final class QuadLines {
    private QuadLines() {
    }

    /**
     * @throws IllegalArgumentException when the graph holds a blank node, or the graph name is not an IRI
     */
    public static List<String> of(Node graphName, Graph graph) {
        if (!graphName.isURI()) {
            throw new IllegalArgumentException("graph name must be an IRI: " + graphName);
        }
        String g = NodeFmtLib.strNT(graphName);
        List<String> lines = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                throw new IllegalArgumentException("blank node in the graph of " + graphName + ": " + t);
            }
            lines.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                    + NodeFmtLib.strNT(t.getObject()) + " " + g + " .");
        });
        Collections.sort(lines);
        return lines;
    }
}

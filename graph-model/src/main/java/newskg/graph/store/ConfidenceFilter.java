package newskg.graph.store;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import newskg.graph.vocab.NK;
import newskg.graph.vocab.Vocab.Nif;
import newskg.graph.vocab.Vocab.Oa;

/**
 * Which quads to keep when only events of some confidence are wanted ({@code export
 * --min-confidence}): an event whose confidence lies below the threshold in every article that
 * states it goes from every graph (the derived graph's links to it too), with the evidence
 * annotations, targets and selectors of those statements; an event one article states with
 * enough confidence stays. The stored restriction periods are left as they were derived;
 * {@code timeline --min-confidence} builds periods from the confident events alone.
 *
 * <pre>{@code
 * Predicate<Quad> keep = ConfidenceFilter.atLeast(dsg, 0.7);   // inside a read transaction
 * }</pre>
 */
final class ConfidenceFilter {
    private ConfidenceFilter() {
    }

    /** The quads to keep; call inside a read transaction on {@code dsg}. */
    static Predicate<Quad> atLeast(DatasetGraph dsg, double min) {
        java.util.Map<Node, Double> best = new java.util.HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Nif.confidence, Node.ANY).forEachRemaining(q -> {
            Object v = q.getObject().isLiteral() ? q.getObject().getLiteralValue() : null;
            if (v instanceof Number n) {
                best.merge(q.getSubject(), n.doubleValue(), Math::max);
            }
        });
        Set<Node> dropped = new HashSet<>();
        best.forEach((event, c) -> {
            if (c < min) {
                dropped.add(event);
                dsg.find(Node.ANY, event, NK.evidence, Node.ANY).forEachRemaining(ann -> {
                    dropped.add(ann.getObject());
                    dsg.find(Node.ANY, ann.getObject(), Oa.hasTarget, Node.ANY).forEachRemaining(target -> {
                        dropped.add(target.getObject());
                        dsg.find(Node.ANY, target.getObject(), Oa.hasSelector, Node.ANY)
                                .forEachRemaining(sel -> dropped.add(sel.getObject()));
                    });
                });
            }
        });
        return q -> !dropped.contains(q.getSubject()) && !dropped.contains(q.getObject());
    }
}

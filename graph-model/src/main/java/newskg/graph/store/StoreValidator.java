package newskg.graph.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Checks every article graph of a store against the shipped SHACL shapes, one graph at a time
 * (an article's graph is the unit that is written and replaced).
 *
 * <pre>{@code
 * StoreValidator.Result r = StoreValidator.withShippedShapes().validate(store);
 * if (!r.conforms()) r.violations().forEach(System.err::println);
 * }</pre>
 */
public final class StoreValidator {
    private static final String SHAPES = "/newskg/ontology/shapes.ttl";

    private final Shapes shapes;

    private StoreValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static StoreValidator withShippedShapes() {
        return new StoreValidator(Shapes.parse(shapesGraph()));
    }

    /** The shapes as shipped, for serving. */
    public static Graph shapesGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = StoreValidator.class.getResourceAsStream(SHAPES)) {
            Objects.requireNonNull(in, SHAPES + " is missing from the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new StoreException("cannot read the SHACL shapes resource", e);
        }
        return g;
    }

    /** One violation: the graph, the focus node, and the validator's message. */
    public record Violation(Node graph, Node focus, String path, String message) {
        @Override
        public String toString() {
            return graph.getURI() + " " + focus + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    /** The outcome over a whole store. */
    public record Result(int graphsChecked, List<Violation> violations) {
        public Result {
            violations = List.copyOf(violations);
        }

        public boolean conforms() {
            return violations.isEmpty();
        }
    }

    public Result validate(NewsStore store) {
        List<Violation> out = new ArrayList<>();
        List<Node> graphs = store.articleGraphs();
        for (Node g : graphs) {
            out.addAll(validate(g, store.articleGraph(idOf(store, g))));
        }
        return new Result(graphs.size(), out);
    }

    /** Validates one graph (named {@code name} in the report). */
    public List<Violation> validate(Node name, Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(name, e.focusNode(), e.resultPath() == null ? "" : e.resultPath().toString(),
                    e.message()));
        }
        return out;
    }

    private static newskg.model.ArticleId idOf(NewsStore store, Node graph) {
        String prefix = store.minter().base() + "graph/article/";
        return new newskg.model.ArticleId(graph.getURI().substring(prefix.length()));
    }
}

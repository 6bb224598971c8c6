package newskg.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.graph.mapping.IriMinter;
import newskg.graph.store.NewsStore;
import newskg.graph.vocab.NK;
import newskg.graph.vocab.Vocab;
import newskg.model.TimeValue;

/**
 * The derived graph ({@link IriMinter#derivedGraph()}): facts computed from all articles
 * together, today the restriction periods of the {@link Timeline}, as {@code nk:RestrictionPeriod}
 * with {@code nk:platform}, {@code nk:country}, {@code nk:imposedBy}, {@code nk:liftedBy},
 * {@code time:hasBeginning}/{@code time:hasEnd} ({@code time:Instant}s with
 * {@code time:inXSDDate}), {@code nk:status}, {@code dcterms:type} ({@code nk:ban} or
 * {@code nk:restrict}) and {@code prov:wasDerivedFrom} its articles.
 *
 * <p>Call {@link #recompute(NewsStore)} after every change to the article graphs (the end of
 * an ingest run): the graph is replaced as a whole in one write transaction, so readers see
 * the old periods or the new ones.
 *
 * <pre>{@code
 * int periods = DerivedGraph.recompute(store);
 * }</pre>
 */
public final class DerivedGraph {
    private static final Logger LOG = LoggerFactory.getLogger(DerivedGraph.class);

    private static final Node DCTERMS_TYPE = NodeFactory.createURI(Vocab.DCTERMS + "type");

    private DerivedGraph() {
    }

    /** Recomputes the derived graph of the store; returns the number of restriction periods. */
    public static int recompute(NewsStore store) {
        return recompute(store.dataset(), store.minter());
    }

    /** Recomputes the derived graph of a dataset whose IRIs {@code iri} minted. */
    public static int recompute(DatasetGraph dsg, IriMinter iri) {
        NamedQuery query = QueryCatalog.shipped().get("timeline").orElseThrow();
        Timeline timeline = Timeline.of(new QueryRunner(dsg).select(query, Map.of()));
        Node g = iri.derivedGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            for (Timeline.Period p : timeline.periods()) {
                write(dsg, g, iri, p);
            }
        });
        LOG.info("derived graph: {} restriction periods", timeline.periods().size());
        return timeline.periods().size();
    }

    private static void write(DatasetGraph dsg, Node g, IriMinter iri, Timeline.Period p) {
        List<Node> imposed = events(p.imposedBy());
        List<Node> lifted = events(p.liftedBy());
        Node first = (imposed.isEmpty() ? lifted : imposed).get(0);
        Node period = iri.restrictionPeriod(p.platform(), p.country(), first);
        List<Quad> quads = new ArrayList<>();
        quads.add(quad(g, period, Vocab.RDF_TYPE, NK.RestrictionPeriod));
        quads.add(quad(g, period, Vocab.RDFS_LABEL, NodeFactory.createLiteralString(p.platform() + " " + p.type()
                + " in " + p.country() + ", " + p.start().orElse("?") + " to " + p.end().orElse("now"))));
        platformOf(dsg, first).ifPresent(pl -> quads.add(quad(g, period, NK.platform, pl)));
        quads.add(quad(g, period, NK.country, NodeFactory.createLiteralString(p.country())));
        quads.add(quad(g, period, NK.status, NodeFactory.createLiteralString(p.status())));
        // dcterms:type, not sem:eventType: a period is not an event and must not count as one.
        quads.add(quad(g, period, DCTERMS_TYPE, NodeFactory.createURI(NK.NS + p.type())));
        imposed.forEach(e -> quads.add(quad(g, period, NK.imposedBy, e)));
        lifted.forEach(e -> quads.add(quad(g, period, NK.liftedBy, e)));
        instant(g, period, "begin", Vocab.Time.hasBeginning, p.start(), quads);
        instant(g, period, "end", Vocab.Time.hasEnd, p.end(), quads);
        p.articles().forEach(a -> quads.add(quad(g, period, Vocab.Prov.wasDerivedFrom, NodeFactory.createURI(a))));
        quads.forEach(dsg::add);
    }

    private static void instant(Node g, Node period, String part, Node property, Optional<String> iso,
                                List<Quad> quads) {
        Optional<TimeValue> t = iso.flatMap(d -> TimeValue.parse(d, ""));
        if (t.isEmpty()) {
            return;
        }
        Node instant = NodeFactory.createURI(period.getURI() + "-" + part);
        quads.add(quad(g, period, property, instant));
        quads.add(quad(g, instant, Vocab.RDF_TYPE, Vocab.Time.Instant));
        // The first day of the reported period; the label keeps the precision the articles gave.
        quads.add(quad(g, instant, Vocab.Time.inXSDDate,
                NodeFactory.createLiteralDT(t.get().start().toString(), XSDDatatype.XSDdate)));
        quads.add(quad(g, instant, Vocab.RDFS_LABEL, NodeFactory.createLiteralString(iso.get())));
    }

    private static List<Node> events(Optional<Timeline.MergedEvent> e) {
        return e.map(m -> m.iris().stream().sorted().map(NodeFactory::createURI).toList()).orElse(List.of());
    }

    private static Optional<Node> platformOf(DatasetGraph dsg, Node event) {
        var it = dsg.find(Node.ANY, event, NK.platform, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static Quad quad(Node g, Node s, Node p, Node o) {
        return Quad.create(g, s, p, o);
    }
}

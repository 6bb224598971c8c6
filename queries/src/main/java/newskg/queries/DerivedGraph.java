package newskg.queries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
 * {@code nk:restrict}) and {@code prov:wasDerivedFrom} its articles; and the name keys by which
 * queries find an actor through an index whatever the case of the name asked for: every actor's
 * name and other names in lower case as {@code skos:hiddenLabel}, and each platform's class and
 * label, so that the platforms can be listed from this one graph.
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

    /**
     * Recomputes the derived graph when the store has actors but no name keys: a store written
     * before the keys existed, whose queries by platform or actor would otherwise find nothing.
     * Returns whether it recomputed.
     */
    public static boolean ensureCurrent(NewsStore store) {
        DatasetGraph dsg = store.dataset();
        Node g = store.minter().derivedGraph();
        boolean stale = Txn.calculateRead(dsg,
                () -> !dsg.find(g, Node.ANY, Vocab.SKOS_HIDDEN_LABEL, Node.ANY).hasNext()
                && dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, Vocab.Sem.Actor).hasNext());
        if (stale) {
            LOG.info("the derived graph has no name keys yet: recomputing it");
            recompute(store);
        }
        return stale;
    }

    /** Recomputes the derived graph of a dataset whose IRIs {@code iri} minted. */
    public static int recompute(DatasetGraph dsg, IriMinter iri) {
        NamedQuery query = QueryCatalog.shipped().get("timeline").orElseThrow();
        Node g = iri.derivedGraph();
        // One write transaction: readers see the old graph or the new one. The name keys go in
        // first, as the timeline query finds platforms through them.
        int periods = Txn.calculateWrite(dsg, () -> {
            List<Quad> keys = nameKeys(dsg, g);
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            keys.forEach(dsg::add);
            Timeline timeline = Timeline.of(QueryRunner.untimed(dsg).select(query, Map.of()));
            for (Timeline.Period p : timeline.periods()) {
                write(dsg, g, iri, p);
            }
            return timeline.periods().size();
        });
        LOG.info("derived graph: {} restriction periods", periods);
        return periods;
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

    /**
     * Lower-case keys of every actor's names, and the platforms with their labels. Read from the
     * article graphs before anything is written: one scan of the label and type quads.
     */
    private static List<Quad> nameKeys(DatasetGraph dsg, Node g) {
        Set<Node> actors = new HashSet<>();
        Set<Node> platforms = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, Vocab.Sem.Actor).forEachRemaining(q -> actors.add(q.getSubject()));
        dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, NK.Platform).forEachRemaining(q -> platforms.add(q.getSubject()));
        Set<Quad> out = new LinkedHashSet<>();
        // One label per platform (the least, should articles spell it differently), so a platform is one row.
        Map<Node, String> platformLabel = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Node name : List.of(Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL)) {
            dsg.find(Node.ANY, Node.ANY, name, Node.ANY).forEachRemaining(q -> {
                Node s = q.getSubject();
                if (!q.getGraph().equals(g) && actors.contains(s) && q.getObject().isLiteral()) {
                    String label = q.getObject().getLiteralLexicalForm();
                    out.add(quad(g, s, Vocab.SKOS_HIDDEN_LABEL,
                            NodeFactory.createLiteralString(label.toLowerCase(Locale.ROOT))));
                    if (platforms.contains(s) && name.equals(Vocab.RDFS_LABEL)) {
                        platformLabel.merge(s, label, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                }
            });
        }
        platformLabel.forEach((p, label) -> {
            out.add(quad(g, p, Vocab.RDF_TYPE, NK.Platform));
            out.add(quad(g, p, Vocab.RDFS_LABEL, NodeFactory.createLiteralString(label)));
        });
        return new ArrayList<>(out);
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

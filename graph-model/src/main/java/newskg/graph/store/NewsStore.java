package newskg.graph.store;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.graph.mapping.ExtractionMapper;
import newskg.graph.mapping.IriMinter;
import newskg.graph.vocab.NK;
import newskg.graph.vocab.Vocab;
import newskg.graph.vocab.Vocab.Prov;
import newskg.graph.vocab.Vocab.Schema;
import newskg.model.ArticleId;
import newskg.model.Extraction;

/**
 * The TDB2 store: one named graph per article, replaced in one write transaction, and the
 * union of all graphs as the default graph for queries.
 *
 * <p>Threading: any number of threads may call {@link #replace} and read concurrently; TDB2
 * serialises writers and gives readers a consistent snapshot. One JVM per directory
 * ({@code tdb.lock}): a second process must go through the endpoint.
 *
 * <pre>{@code
 * try (NewsStore store = NewsStore.open(Path.of("newskg-data/store"), mapper)) {
 *     store.replace(extraction, run);
 *     long n = store.countArticles();
 * }
 * }</pre>
 */
public final class NewsStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NewsStore.class);
    private static final String ONTOLOGY = "/newskg/ontology/newskg.ttl";

    private final DatasetGraph dsg;
    private final ExtractionMapper mapper;
    private final IriMinter iri;
    /** Whether this store opened its dataset (and so closes it). */
    private final boolean owned;

    private NewsStore(DatasetGraph dsg, ExtractionMapper mapper) {
        this(dsg, mapper, true);
    }

    private NewsStore(DatasetGraph dsg, ExtractionMapper mapper, boolean owned) {
        this.owned = owned;
        this.dsg = dsg;
        this.mapper = mapper;
        this.iri = mapper.minter();
        // Queries see the union of the article graphs, so simple queries need no GRAPH clause.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, this::loadOntology);
    }

    /** Opens (creating when absent) a TDB2 database in {@code dir}. */
    public static NewsStore open(Path dir, ExtractionMapper mapper) {
        return new NewsStore(DatabaseMgr.connectDatasetGraph(dir.toString()), mapper);
    }

    /**
     * A store over a dataset someone else opened and closes, e.g. the endpoint's full-text indexed
     * view of the store, so that articles written while serving are searchable at once.
     * {@link #close()} leaves that dataset open.
     */
    public static NewsStore over(DatasetGraph dsg, ExtractionMapper mapper) {
        return new NewsStore(dsg, mapper, false);
    }

    /** An in-memory TDB2 database, for tests and {@code extract}-style dry runs. */
    public static NewsStore inMemory(ExtractionMapper mapper) {
        return new NewsStore(DatabaseMgr.createDatasetGraph(), mapper);
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    public IriMinter minter() {
        return iri;
    }

    /**
     * Whether the store holds this article with this content hash, i.e. re-extracting it would
     * change nothing.
     */
    public boolean isUnchanged(ArticleId id, String contentHash) {
        Node g = iri.articleGraph(id);
        Node art = iri.article(id);
        Node hash = NodeFactory.createLiteralString(contentHash);
        return Txn.calculateRead(dsg, () -> dsg.contains(g, art, NK.contentHash, hash));
    }

    /**
     * Replaces the article's graph with the mapping of {@code x} and records the run that wrote it,
     * in one write transaction: a crash leaves the old graph or the new one, never half of one.
     */
    public void replace(Extraction x, IngestRun run) {
        Graph graph = mapper.toGraph(x);
        Node g = iri.articleGraph(x.article().id());
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            graph.find().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            recordRun(g, run);
        });
        LOG.debug("stored {} triples in {}", graph.size(), g);
    }

    /**
     * Replaces many articles' graphs in one write transaction: much faster than one transaction
     * per article, for bulk work (benchmarks, synthetic graphs) where all-or-nothing per batch is fine.
     */
    public void replaceAll(List<Extraction> batch, IngestRun run) {
        List<Graph> graphs = batch.stream().map(mapper::toGraph).toList();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < batch.size(); i++) {
                Node g = iri.articleGraph(batch.get(i).article().id());
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                graphs.get(i).find().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                recordRun(g, run);
            }
        });
    }

    private void recordRun(Node articleGraph, IngestRun run) {
        Node runs = iri.runsGraph();
        Node runNode = iri.run(run.id());
        Node software = iri.software(run.softwareVersion());
        dsg.deleteAny(runs, articleGraph, Node.ANY, Node.ANY);
        dsg.add(runs, articleGraph, Prov.wasGeneratedBy, runNode);
        dsg.add(runs, articleGraph, Prov.generatedAtTime, dateTime(run.now()));
        if (!dsg.contains(runs, runNode, Vocab.RDF_TYPE, NK.IngestRun)) {
            dsg.add(runs, runNode, Vocab.RDF_TYPE, NK.IngestRun);
            dsg.add(runs, runNode, Vocab.RDF_TYPE, Prov.Activity);
            dsg.add(runs, runNode, Prov.startedAtTime, dateTime(run.startedAt()));
            dsg.add(runs, runNode, Prov.wasAssociatedWith, software);
            dsg.add(runs, software, Vocab.RDF_TYPE, Prov.SoftwareAgent);
            dsg.add(runs, software, Vocab.RDFS_LABEL, NodeFactory.createLiteralString("newskg " + run.softwareVersion()));
        }
    }

    /** What an earlier crawl remembered of this URL. */
    public Optional<FetchRecord> fetchRecord(String url) {
        Node g = iri.fetchGraph();
        Node r = iri.fetchRecord(url);
        return Txn.calculateRead(dsg, () -> {
            if (!dsg.contains(g, r, Vocab.RDF_TYPE, NK.FetchRecord)) {
                return Optional.empty();
            }
            return Optional.of(new FetchRecord(url, literal(g, r, NK.etag), literal(g, r, NK.lastModified),
                    literal(g, r, NK.bodyHash)));
        });
    }

    /** Remembers what a crawl learnt of a URL, replacing what was known. */
    public void rememberFetch(FetchRecord f) {
        Node g = iri.fetchGraph();
        Node r = iri.fetchRecord(f.url());
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(g, r, Node.ANY, Node.ANY);
            dsg.add(g, r, Vocab.RDF_TYPE, NK.FetchRecord);
            dsg.add(g, r, Schema.url, NodeFactory.createLiteralString(f.url()));
            f.etag().ifPresent(v -> dsg.add(g, r, NK.etag, NodeFactory.createLiteralString(v)));
            f.lastModified().ifPresent(v -> dsg.add(g, r, NK.lastModified, NodeFactory.createLiteralString(v)));
            f.bodyHash().ifPresent(v -> dsg.add(g, r, NK.bodyHash, NodeFactory.createLiteralString(v)));
        });
    }

    private Optional<String> literal(Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    /** Removes an article's graph; true when there was one. */
    public boolean remove(ArticleId id) {
        Node g = iri.articleGraph(id);
        return Txn.calculateWrite(dsg, () -> {
            boolean had = dsg.containsGraph(g);
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            dsg.deleteAny(iri.runsGraph(), g, Node.ANY, Node.ANY);
            return had;
        });
    }

    /**
     * Inside a write transaction: removes a named graph and the run record pointing at it (for
     * {@link BulkLoader}, which replaces graphs before a load). True when the graph held quads.
     */
    boolean dropGraph(Node g) {
        boolean had = dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
        if (had) {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            dsg.deleteAny(iri.runsGraph(), g, Node.ANY, Node.ANY);
        }
        return had;
    }

    /**
     * Records {@code run} as the writer of every article graph that no run is recorded for (the
     * graphs a bulk load has just added), in one write transaction, exactly as {@link #replace}
     * records it. Returns how many graphs it recorded.
     */
    public long recordRunForUnattributed(IngestRun run) {
        List<Node> graphs = articleGraphs();
        return Txn.calculateWrite(dsg, () -> {
            long n = 0;
            for (Node g : graphs) {
                if (!dsg.find(iri.runsGraph(), g, Prov.wasGeneratedBy, Node.ANY).hasNext()) {
                    recordRun(g, run);
                    n++;
                }
            }
            return n;
        });
    }

    /** The stored graph of one article (a copy), empty when absent. */
    public Graph articleGraph(ArticleId id) {
        Node g = iri.articleGraph(id);
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }

    /** The IRIs of all article graphs. */
    public List<Node> articleGraphs() {
        String prefix = iri.base() + "graph/article/";
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(prefix)) {
                    out.add(n);
                }
            });
            return out;
        });
    }

    public long countArticles() {
        return Txn.calculateRead(dsg, () -> {
            long[] n = {0};
            dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, Schema.NewsArticle).forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    /** All quads of all named graphs. */
    public long countQuads() {
        return Txn.calculateRead(dsg, () -> {
            long[] n = {0};
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    /**
     * Writes the store (or one graph) as TriG, N-Quads or JSON-LD. Streaming formats stream;
     * JSON-LD needs the data in memory.
     */
    public void export(OutputStream out, Lang lang, Optional<Node> graph) {
        export(out, lang, graph, java.util.OptionalDouble.empty());
    }

    /**
     * As {@link #export(OutputStream, Lang, Optional)}, leaving out the events whose confidence in an
     * article lies below {@code minConfidence}, with their evidence (see {@link ConfidenceFilter}).
     */
    public void export(OutputStream out, Lang lang, Optional<Node> graph, java.util.OptionalDouble minConfidence) {
        Txn.executeRead(dsg, () -> {
            java.util.function.Predicate<Quad> keep = minConfidence.isPresent()
                    ? ConfidenceFilter.atLeast(dsg, minConfidence.getAsDouble()) : q -> true;
            if (graph.isPresent()) {
                DatasetGraph one = DatasetGraphFactory.createTxnMem();
                dsg.find(graph.get(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (keep.test(q)) {
                        one.add(q);
                    }
                });
                one.prefixes().putAll(Vocab.prefixes(iri.base()));
                RDFDataMgr.write(out, one, lang);
            } else if (lang == Lang.NQUADS) {
                org.apache.jena.riot.system.StreamRDF s = org.apache.jena.riot.system.StreamRDFWriter
                        .getWriterStream(out, Lang.NQUADS);
                s.start();
                dsg.find().forEachRemaining(q -> {
                    if (keep.test(q)) {
                        s.quad(q);
                    }
                });
                s.finish();
            } else {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                dsg.find().forEachRemaining(q -> {
                    if (keep.test(q)) {
                        copy.add(q);
                    }
                });
                copy.prefixes().putAll(Vocab.prefixes(iri.base()));
                RDFDataMgr.write(out, copy, lang);
            }
        });
    }

    private void loadOntology() {
        Graph onto = ontology();
        Node g = iri.ontologyGraph();
        Graph stored = dsg.getGraph(g);
        if (stored.isIsomorphicWith(onto)) {
            return;
        }
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        onto.find().forEachRemaining((Triple t) -> dsg.add(new Quad(g, t)));
    }

    /** The ontology as shipped, for validation and serving. */
    public static Graph ontology() {
        Graph onto = GraphFactory.createDefaultGraph();
        try (InputStream in = NewsStore.class.getResourceAsStream(ONTOLOGY)) {
            Objects.requireNonNull(in, ONTOLOGY + " is missing from the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(onto);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read the ontology resource", e);
        }
        return onto;
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }

    @Override
    public void close() {
        if (owned) {
            dsg.close();
        }
    }
}

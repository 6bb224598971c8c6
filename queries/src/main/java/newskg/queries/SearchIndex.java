package newskg.queries;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.graph.vocab.Vocab;

/**
 * A jena-text (Lucene) index over article bodies ({@code schema:articleBody}), headlines
 * ({@code schema:headline}) and evidence sentences ({@code oa:exact}), for the {@code search}
 * named query and for {@code text:query} over the endpoint.
 *
 * <p>The index lives in memory and is rebuilt from the store when wrapped: the store stays the
 * one source of truth, so no index can drift from it after a crash or a bulk load that bypassed
 * it (TECH-NOTES §B1, caveats 2 and 7). Writes made through the returned dataset (SPARQL
 * Update, Graph Store Protocol) update the index in the same transaction.
 *
 * <p>The index records the named graph of each literal, so a {@code text:query} must run inside
 * {@code GRAPH <urn:x-arq:UnionGraph>} to see all articles.
 *
 * <pre>{@code
 * DatasetGraph searchable = SearchIndex.wrap(store.dataset());
 * new QueryRunner(searchable).select(catalog.get("search").orElseThrow(), Map.of("q", "telegram"));
 * }</pre>
 */
public final class SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final Node BODY = Vocab.Schema.articleBody;
    private static final Node HEADLINE = Vocab.Schema.headline;
    private static final Node QUOTE = Vocab.Oa.exact;

    private SearchIndex() {
    }

    /**
     * A dataset that answers {@code text:query} over {@code base}; returns {@code base} itself
     * when it already is one. Indexing reads every body once: about a second per thousand
     * articles.
     */
    public static DatasetGraph wrap(DatasetGraph base) {
        return wrap(base, false);
    }

    /**
     * Like {@link #wrap}, but reads the store into the index on a background thread: the dataset
     * answers queries at once, and {@code text:query} sees the articles once the index is committed.
     */
    public static DatasetGraph wrapFillingInBackground(DatasetGraph base) {
        return wrap(base, true);
    }

    private static DatasetGraph wrap(DatasetGraph base, boolean background) {
        Objects.requireNonNull(base, "base");
        if (base instanceof DatasetGraphText) {
            return base;
        }
        EntityDefinition def = new EntityDefinition("uri", "body", "graph", BODY);
        def.set("headline", HEADLINE);
        def.set("quote", QUOTE);
        def.setUidField("uid");
        // With a language field, stored values keep their language tag and jena-text does not warn.
        def.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new StandardAnalyzer());
        config.setValueStored(true);
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
        if (background) {
            Thread t = new Thread(() -> {
                long n = Txn.calculateRead(base, () -> fill(base, index, def));
                LOG.info("text index ready: {} literals indexed", n);
            }, "newskg-text-index");
            t.setDaemon(true);
            t.start();
        } else {
            long n = Txn.calculateRead(base, () -> fill(base, index, def));
            LOG.info("text index: {} literals indexed", n);
        }
        return TextDatasetFactory.create(base, index, true);
    }

    private static long fill(DatasetGraph base, TextIndex index, EntityDefinition def) {
        long n = 0;
        for (Node p : List.of(BODY, HEADLINE, QUOTE)) {
            var it = base.find(Node.ANY, Node.ANY, p, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                Entity e = TextQueryFuncs.entityFromQuad(def, q);
                if (e != null) {
                    index.addEntity(e);
                    n++;
                }
            }
        }
        index.commit();
        return n;
    }
}

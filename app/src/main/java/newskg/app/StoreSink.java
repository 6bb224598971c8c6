package newskg.app;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import newskg.graph.store.FetchRecord;
import newskg.graph.store.IngestRun;
import newskg.graph.store.NewsStore;
import newskg.ingest.ExtractionSink;
import newskg.ingest.IngestPipeline;
import newskg.ingest.IngestSummary;
import newskg.ingest.crawl.FetchMemory;
import newskg.ingest.fetch.Validators;
import newskg.model.Article;
import newskg.model.Extraction;

/** Stores each extraction as its article's graph and remembers what was fetched. */
final class StoreSink implements ExtractionSink {
    private final NewsStore store;
    private final IngestRun run;
    private final boolean force;

    StoreSink(NewsStore store, IngestRun run, boolean force) {
        this.store = store;
        this.run = run;
        this.force = force;
    }

    /**
     * Runs {@code pipeline} over {@code sources} into this sink's store, then recomputes the
     * restriction periods, which span articles and so are derived once the run's articles are in.
     */
    IngestSummary ingest(IngestPipeline pipeline, List<String> sources) {
        IngestSummary summary = pipeline.run(sources, this);
        newskg.queries.DerivedGraph.recompute(store);
        return summary;
    }

    @Override
    public boolean isUnchanged(Article article) {
        return !force && store.isUnchanged(article.id(), article.contentHash());
    }

    @Override
    public IngestSummary.Outcome accept(Extraction x) {
        store.replace(x, run);
        return IngestSummary.Outcome.STORED;
    }

    @Override
    public Optional<Validators> validators(URI uri) {
        return force ? Optional.empty() : memory(store).lookup(uri);
    }

    /** What the store remembers of fetched URLs, for the crawler's conditional GETs. */
    static FetchMemory memory(NewsStore store) {
        return uri -> store.fetchRecord(uri.toString())
                .map(f -> new Validators(f.etag(), f.lastModified(), f.bodyHash()));
    }

    @Override
    public void fetched(URI uri, Validators v) {
        store.rememberFetch(new FetchRecord(uri.toString(), v.etag(), v.lastModified(), v.contentHash()));
    }
}

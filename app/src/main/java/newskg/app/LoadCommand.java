package newskg.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import newskg.graph.store.BulkLoader;
import newskg.graph.store.IngestRun;
import newskg.graph.store.LoadSummary;
import newskg.graph.store.NewsStore;

/**
 * {@code newskg load --store DIR SHARDS...}: bulk-loads the N-Quads shards that the Spark job
 * ({@code spark/}) writes, replacing the graphs of articles loaded or ingested before, then
 * recomputes the derived data.
 *
 * <pre>
 * spark/run-local.sh --output out corpus/ &amp;&amp; newskg load --store newskg-data/store out
 * </pre>
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Bulk-load N-Quads shards (plain or gzipped; files or directories, e.g. the output"
                + " of spark/run-local.sh) into the store with the TDB2 bulk loader. Each named graph in"
                + " the shards replaces the stored graph of the same name. Stop 'newskg serve' on the"
                + " store first: the bulk loaders are not transactional.")
final class LoadCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("newskg.app");

    @ParentCommand
    NewsKgCommand parent;

    @Parameters(arity = "1..*", paramLabel = "SHARDS", description = "N-Quads files or directories of them.")
    List<Path> shards;

    @Mixin
    StoreOptions store;

    @Mixin
    LogOptions log;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "phased",
            description = "TDB2 loader: basic, sequential (both transactional), phased or parallel"
                    + " (default: ${DEFAULT-VALUE}).")
    String loader;

    @Option(names = "--compact", description = "Compact the store afterwards when graphs were replaced.")
    boolean compact;

    @Option(names = "--no-derived", description = "Do not recompute the derived data (merged events,"
            + " restriction periods) after the load.")
    boolean noDerived;

    @Override
    public Integer call() {
        log.apply();
        BulkLoader.Kind kind = kind(loader);
        IngestRun run = IngestRun.start(Version.current(), Clock.systemUTC());
        try (NewsStore s = store.open()) {
            LoadSummary summary = BulkLoader.builder(s).kind(kind).compact(compact).build().load(shards, run);
            if (!noDerived) {
                recomputeDerived(s, summary);
            }
            parent.err().printf("newskg: loaded %d quads from %d files in %.1f s (%d quads/s); %d graphs replaced,"
                            + " %d new articles%n", summary.quads(), summary.files().size(),
                    summary.elapsed().toMillis() / 1000.0, summary.quadsPerSecond(), summary.replacedGraphs(),
                    summary.newArticles());
            parent.err().printf("newskg: store %s holds %d articles%n", store.store, s.countArticles());
        }
        return ExitCodes.OK;
    }

    /** Recomputes the restriction periods of the derived graph over everything now stored. */
    static void recomputeDerived(NewsStore store, LoadSummary loaded) {
        int periods = newskg.queries.DerivedGraph.recompute(store);
        LOG.info("derived graph: {} restriction periods after loading {} new articles and replacing {} graphs",
                periods, loaded.newArticles(), loaded.replacedGraphs());
    }

    private static BulkLoader.Kind kind(String name) {
        try {
            return BulkLoader.Kind.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // Main maps IllegalArgumentException to the usage exit code.
            throw new IllegalArgumentException("unknown --loader '" + name + "' (basic, sequential, phased, parallel)", e);
        }
    }
}

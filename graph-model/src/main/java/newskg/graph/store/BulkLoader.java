package newskg.graph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk-loads N-Quads shards (plain or gzipped; files, or directories of them as Spark writes
 * them) into a {@link NewsStore} with Jena's TDB2 loaders, replacing every named graph the
 * shards hold: an article extracted again replaces its old graph instead of merging with it.
 *
 * <p>The load runs in numbered steps:
 * <ol>
 * <li>find the shard files (in a directory: every file whose name does not start with {@code .}
 *     or {@code _}, which skips Spark's {@code _SUCCESS}, {@code .crc} and {@code _temporary});</li>
 * <li>when the store already holds data graphs, read the shards once and drop, in one write
 *     transaction, each stored graph that the shards hold again (with its run record); an empty
 *     store skips this pass;</li>
 * <li>load the shards with the chosen TDB2 loader;</li>
 * <li>record {@code run} as the writer of every article graph that no run is recorded for, so
 *     that loaded articles carry the same provenance as ingested ones.</li>
 * </ol>
 * Derived data (merged events, restriction periods, a text index) is not recomputed here: the
 * caller does it after {@link #load}, see {@code newskg load}.
 *
 * <p>Contract: the multi-phase loaders are not transactional (TECH-NOTES §C). Nothing else may
 * write to the store during a load, and a load that dies half-way leaves a partly loaded store;
 * running the same load again repairs it, because step 2 drops and step 3 reloads every graph
 * in the shards. Prefer {@link Kind#BASIC} (transactional) for small loads into a live store.
 *
 * <pre>{@code
 * try (NewsStore store = NewsStore.open(dir, mapper)) {
 *     LoadSummary s = BulkLoader.builder(store).kind(BulkLoader.Kind.PHASED).build()
 *             .load(List.of(Path.of("shards")), IngestRun.start("0.1.0", Clock.systemUTC()));
 * }
 * }</pre>
 */
public final class BulkLoader {
    private static final Logger LOG = LoggerFactory.getLogger("newskg.run");
    /** The TDB2 loader's own progress lines (one per 100,000 quads and per phase). */
    private static final Logger PROGRESS = LoggerFactory.getLogger("newskg.load");

    /** Which TDB2 loader does step 3; the names are those of {@code tdb2.tdbloader --loader}. */
    public enum Kind {
        /** Transactional, one index at a time; survives a crash. */
        BASIC,
        /** Transactional, index by index; survives a crash. */
        SEQUENTIAL,
        /** Parse, then build the indexes in phases: the fastest on 2 cores (43K quads/s here). */
        PHASED,
        /** All phases at once: for many cores. */
        PARALLEL
    }

    private final NewsStore store;
    private final Kind kind;
    private final boolean compact;

    private BulkLoader(Builder b) {
        this.store = b.store;
        this.kind = b.kind;
        this.compact = b.compact;
    }

    public static Builder builder(NewsStore store) {
        return new Builder(store);
    }

    /**
     * Loads the shards.
     *
     * @param shards files and directories
     * @param run    the run that the loaded article graphs are recorded as written by
     * @throws StoreException when a shard is missing, unreadable or not N-Quads (the store may
     *                        then be partly loaded: see the class comment)
     */
    public LoadSummary load(List<Path> shards, IngestRun run) {
        long t0 = System.nanoTime();
        List<Path> files = shardFiles(shards);
        DatasetGraph dsg = store.dataset();
        long replaced = holdsDataGraphs() ? dropGraphsIn(files) : 0;
        long quads = bulkLoad(dsg, files);
        long added = store.recordRunForUnattributed(run);
        if (compact && replaced > 0) {
            // Dropped graphs leave dead space behind in TDB2's append-only files (TECH-NOTES §C).
            LOG.info("compacting the store");
            DatabaseMgr.compact(dsg, true);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        LOG.info("loaded {} quads from {} files in {} ms ({} graphs replaced, {} new articles)",
                quads, files.size(), elapsed.toMillis(), replaced, added);
        return new LoadSummary(files.stream().map(Path::toString).toList(), quads, replaced, added, elapsed);
    }

    /**
     * The shard files below {@code inputs}, in load order: files as given, directories walked
     * in name order without their hidden ({@code .}) and Hadoop-private ({@code _}) entries.
     */
    public static List<Path> shardFiles(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> visible(p.relativize(f)))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new StoreException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new StoreException("no such shard file or directory: " + p);
            }
        }
        return out;
    }

    private static boolean visible(Path relative) {
        for (Path part : relative) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("_")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the store holds any named graph besides the ontology, i.e. anything to replace. */
    private boolean holdsDataGraphs() {
        DatasetGraph dsg = store.dataset();
        Node ontology = store.minter().ontologyGraph();
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.listGraphNodes();
            while (it.hasNext()) {
                if (!it.next().equals(ontology)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Step 2: one pass over the shards dropping each stored graph that they hold. No set of
     * names is kept: a graph seen again is already gone, so looking it up again drops nothing,
     * and memory stays flat however many articles the shards hold.
     */
    private long dropGraphsIn(List<Path> files) {
        DatasetGraph dsg = store.dataset();
        long[] dropped = {0};
        Txn.executeWrite(dsg, () -> {
            StreamRDFBase dropper = new StreamRDFBase() {
                private Node last;

                @Override
                public void quad(Quad q) {
                    Node g = q.getGraph();
                    if (q.isDefaultGraph() || g.equals(last)) {
                        return;
                    }
                    last = g;
                    if (store.dropGraph(g)) {
                        dropped[0]++;
                    }
                }
            };
            for (Path f : files) {
                parse(f, in -> RDFParser.source(in).lang(Lang.NQUADS).parse(dropper));
            }
        });
        LOG.info("dropped {} stored graphs that the shards replace", dropped[0]);
        return dropped[0];
    }

    /** Step 3. */
    private long bulkLoad(DatasetGraph dsg, List<Path> files) {
        MonitorOutput out = (fmt, args) -> PROGRESS.info(String.format(Locale.ROOT, fmt, args));
        DataLoader loader = switch (kind) {
            case BASIC -> LoaderFactory.basicLoader(dsg, out);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, out);
            case PHASED -> LoaderFactory.phasedLoader(dsg, out);
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, out);
        };
        loader.startBulk();
        try {
            for (Path f : files) {
                parse(f, in -> loader.loadFromInputStream(f.toUri().toString(), in, Lang.NQUADS));
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads();
    }

    /** Opens a shard, gunzipping when it starts with the gzip magic bytes, whatever its name. */
    private static void parse(Path f, Consumer<InputStream> parser) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            // GZIPInputStream reads concatenated members too, as Hadoop's codec may write them.
            try (InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw) {
                parser.accept(in);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read shard " + f + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new StoreException("shard " + f + " is not valid N-Quads: " + e.getMessage(), e);
        }
    }

    /** Configures a {@link BulkLoader}. */
    public static final class Builder {
        private final NewsStore store;
        private Kind kind = Kind.PHASED;
        private boolean compact;

        private Builder(NewsStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        public Builder kind(Kind value) {
            this.kind = Objects.requireNonNull(value, "kind");
            return this;
        }

        /** Compact the store after a load that replaced graphs (default: no). */
        public Builder compact(boolean value) {
            this.compact = value;
            return this;
        }

        public BulkLoader build() {
            return new BulkLoader(this);
        }
    }
}

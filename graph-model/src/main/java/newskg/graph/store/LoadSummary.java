package newskg.graph.store;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link BulkLoader#load} did.
 *
 * <pre>{@code
 * LoadSummary s = loader.load(List.of(Path.of("shards")));
 * System.out.printf("%d quads from %d files in %s%n", s.quads(), s.files().size(), s.elapsed());
 * }</pre>
 *
 * @param files          the shard files read, in load order
 * @param quads          quads parsed and handed to the loader (duplicates included)
 * @param replacedGraphs stored graphs dropped because the shards hold a new version of them
 * @param newArticles    article graphs that the load added, now recorded as written by the load's run
 * @param elapsed        wall-clock time of the whole load
 */
public record LoadSummary(List<String> files, long quads, long replacedGraphs, long newArticles, Duration elapsed) {
    public LoadSummary {
        files = List.copyOf(files);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Quads per second over the whole load (0 for an instant one). */
    public long quadsPerSecond() {
        long ms = elapsed.toMillis();
        return ms == 0 ? 0 : quads * 1000 / ms;
    }
}

package newskg.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.graph.store.IngestRun;
import newskg.graph.store.NewsStore;
import newskg.ingest.IngestPipeline;
import newskg.ingest.IngestSummary;

/**
 * {@code serve --watch FILE --every 30m}: crawls the sources listed in FILE (one a line, {@code #}
 * comments) every so often while the server serves. Rounds run on one background thread, never
 * two at once; TDB2 lets queries read a consistent snapshot meanwhile. FILE is read anew each
 * round, so sources can be added without a restart.
 */
final class Watcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("newskg.run");

    private final Path file;
    private final NewsStore store;
    private final IngestPipeline pipeline;
    private final PrintStream err;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newskg-watch");
        t.setDaemon(true);
        return t;
    });

    Watcher(Path file, NewsStore store, IngestPipeline pipeline, PrintStream err) {
        this.file = file;
        this.store = store;
        this.pipeline = pipeline;
        this.err = err;
    }

    void start(Duration every) {
        scheduler.scheduleWithFixedDelay(this::round, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One crawl of every listed source. Nothing escapes: the next round must still come. */
    void round() {
        try {
            List<String> sources = Files.readAllLines(file).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            if (sources.isEmpty()) {
                LOG.warn("--watch {} lists no sources", file);
                return;
            }
            IngestRun run = IngestRun.start(Version.current(), Clock.systemUTC());
            IngestSummary s = new StoreSink(store, run, false).ingest(pipeline, sources);
            err.printf("newskg watch: %d stored, %d unchanged, %d failed; store holds %d articles%n",
                    s.count(IngestSummary.Outcome.STORED), s.count(IngestSummary.Outcome.UNCHANGED),
                    s.count(IngestSummary.Outcome.FAILED), store.countArticles());
            s.problems().forEach(p -> err.println("  " + p));
        } catch (IOException e) {
            LOG.error("cannot read --watch file {}: {}", file, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("watch round failed; the next round will try again", e);
        }
    }

    /** Parses {@code 30m}, {@code 2h}, {@code 45s}, {@code 1d} or ISO 8601 ({@code PT30M}). */
    static Duration parseEvery(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return positive(Duration.parse(t.toUpperCase(java.util.Locale.ROOT)), text);
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return positive(switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException("unit");
            }, text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--every '" + text + "' is not a duration like 30m, 2h, 45s or PT30M", e);
        }
    }

    private static Duration positive(Duration d, String text) {
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("--every '" + text + "' must be positive");
        }
        return d;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}

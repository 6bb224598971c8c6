package newskg.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.ingest.IngestSummary.Outcome;
import newskg.ingest.source.FileSources;
import newskg.ingest.source.HtmlReader;
import newskg.ingest.source.SourceItem;
import newskg.model.Article;
import newskg.model.Extraction;
import newskg.model.Problem;

/**
 * The ingest facade: reads sources, extracts articles, runs the NLP stage on a pool of
 * threads, and hands each {@link Extraction} to a sink in input order.
 *
 * <p>Memory stays bounded: at most {@code 2 x threads} documents are in flight, whatever the
 * size of the input.
 *
 * <pre>{@code
 * IngestPipeline p = IngestPipeline.builder(htmlReader).analyzer(nlp).threads(2).build();
 * IngestSummary s = p.run(List.of("corpus/"), extraction -> { store.replace(extraction, run); return STORED; });
 * }</pre>
 */
public final class IngestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger("newskg.run");

    private final FileSources files;
    private final Optional<ArticleAnalyzer> analyzer;
    private final int threads;
    private final Clock clock;
    private final ProgressListener progress;

    private IngestPipeline(Builder b) {
        this.files = new FileSources(b.html, b.maxFileBytes);
        this.analyzer = Optional.ofNullable(b.analyzer);
        this.threads = b.threads;
        this.clock = b.clock;
        this.progress = b.progress;
    }

    public static Builder builder(HtmlReader html) {
        return new Builder(html);
    }

    /** Told after each document, for progress bars. */
    @FunctionalInterface
    public interface ProgressListener {
        void update(int done, int total, Map<Outcome, Integer> counts);
    }

    /**
     * Runs over the given sources (files and directories).
     *
     * @return counts per outcome and every problem; one bad document never stops the run
     */
    public IngestSummary run(List<String> sources, ExtractionSink sink) {
        long t0 = clock.millis();
        List<Problem> problems = new ArrayList<>();
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        List<Path> paths = FileSources.expand(sources.stream().map(Path::of).toList(), p -> {
            problems.add(p);
            counts.merge(Outcome.FAILED, 1, Integer::sum);
        });
        long[] events = {0};
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Result>> window = new ArrayDeque<>();
            int done = 0;
            for (Path path : paths) {
                window.add(pool.submit(() -> process(path, sink)));
                if (window.size() >= 2 * threads) {
                    done = finish(window.poll(), sink, problems, counts, events, ++done, paths.size());
                }
            }
            while (!window.isEmpty()) {
                done = finish(window.poll(), sink, problems, counts, events, ++done, paths.size());
            }
        } finally {
            pool.shutdownNow();
        }
        long ms = clock.millis() - t0;
        LOG.info("{} documents in {} ms: {}", paths.size(), ms, counts);
        return new IngestSummary(counts, problems, events[0], ms);
    }

    /** What one worker produced for one document. */
    private record Result(Optional<Extraction> extraction, List<Problem> problems, boolean unchanged) {
    }

    private Result process(Path path, ExtractionSink sink) {
        SourceItem item = files.read(path);
        if (item instanceof SourceItem.Failed f) {
            return new Result(Optional.empty(), List.of(f.problem()), false);
        }
        SourceItem.Read read = (SourceItem.Read) item;
        Article article = read.article();
        if (sink.isUnchanged(article)) {
            return new Result(Optional.empty(), read.warnings(), true);
        }
        Extraction x = analyzer.map(a -> a.analyze(article)).orElseGet(() -> Extraction.withoutEvents(article, List.of()));
        List<Problem> all = new ArrayList<>(read.warnings());
        all.addAll(x.problems());
        return new Result(Optional.of(new Extraction(x.article(), x.entities(), x.events(), all)), List.of(), false);
    }

    private int finish(Future<Result> f, ExtractionSink sink, List<Problem> problems, Map<Outcome, Integer> counts,
                       long[] events, int done, int total) {
        Result r;
        try {
            r = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // A bug in one document's processing must not lose the others: report it as that document's problem.
            LOG.error("unexpected failure while processing a document", e.getCause());
            problems.add(Problem.error(Problem.Stage.EXTRACT, "(document " + done + ")",
                    "internal error: " + e.getCause()));
            counts.merge(Outcome.FAILED, 1, Integer::sum);
            progress.update(done, total, counts);
            return done;
        }
        problems.addAll(r.problems());
        if (r.unchanged()) {
            counts.merge(Outcome.UNCHANGED, 1, Integer::sum);
        } else if (r.extraction().isPresent()) {
            Extraction x = r.extraction().get();
            problems.addAll(x.problems());
            events[0] += x.events().size();
            counts.merge(sink.accept(x), 1, Integer::sum);
        } else {
            counts.merge(Outcome.FAILED, 1, Integer::sum);
        }
        progress.update(done, total, counts);
        return done;
    }

    /** Configures an {@link IngestPipeline}. */
    public static final class Builder {
        private final HtmlReader html;
        private ArticleAnalyzer analyzer;
        private int threads = 1;
        private long maxFileBytes = 50L << 20;
        private Clock clock = Clock.systemUTC();
        private ProgressListener progress = (d, t, c) -> { };

        private Builder(HtmlReader html) {
            this.html = Objects.requireNonNull(html, "html");
        }

        /** The NLP stage; without one, articles are extracted but not analysed ({@code --no-events}). */
        public Builder analyzer(ArticleAnalyzer value) {
            this.analyzer = value;
            return this;
        }

        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = value;
            return this;
        }

        public Builder maxFileBytes(long value) {
            this.maxFileBytes = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder progress(ProgressListener value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        public IngestPipeline build() {
            return new IngestPipeline(this);
        }
    }
}

package newskg.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.ingest.IngestSummary.Outcome;
import newskg.ingest.fetch.FetchedPage;
import newskg.ingest.source.SourceItem;
import newskg.model.Article;
import newskg.model.Extraction;
import newskg.model.Problem;

/**
 * The bounded, ordered window of documents in flight: workers read and analyse, the submitting
 * thread hands results to the sink in submission order. Submissions may come from crawl
 * threads, one at a time.
 */
final class Window implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("newskg.run");

    private final ExtractionSink sink;
    private final Optional<ArticleAnalyzer> analyzer;
    private final Optional<LocalDate> since;
    private final int capacity;
    private final IngestPipeline.ProgressListener progress;
    private final ExecutorService pool;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final List<Problem> problems = new ArrayList<>();
    private long events;
    private int submitted;
    private int done;

    private record Pending(Future<Result> result, Optional<FetchedPage> page) {
    }

    /** What a worker produced for one document. */
    private record Result(Optional<Extraction> extraction, List<Problem> problems, Outcome outcome) {
    }

    Window(ExtractionSink sink, Optional<ArticleAnalyzer> analyzer, Optional<LocalDate> since, int threads,
           IngestPipeline.ProgressListener progress) {
        this.sink = sink;
        this.analyzer = analyzer;
        this.since = since;
        this.capacity = 2 * threads;
        this.progress = progress;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-worker");
            t.setDaemon(true);
            return t;
        });
    }

    synchronized void submit(Callable<SourceItem> read, Optional<FetchedPage> page) {
        submitted++;
        pending.add(new Pending(pool.submit(() -> process(read.call())), page));
        while (pending.size() >= capacity) {
            finish(pending.poll());
        }
    }

    /** A document that ended before reaching a worker (a refused URL, a missing file). */
    synchronized void report(Outcome outcome, Problem problem) {
        if (problem != null) {
            problems.add(problem);
        }
        if (outcome != null) {
            submitted++;
            done++;
            counts.merge(outcome, 1, Integer::sum);
            progress.update(done, submitted, counts);
        }
    }

    synchronized void drain() {
        while (!pending.isEmpty()) {
            finish(pending.poll());
        }
    }

    private Result process(SourceItem item) {
        if (item instanceof SourceItem.Failed f) {
            return new Result(Optional.empty(), List.of(f.problem()), Outcome.FAILED);
        }
        SourceItem.Read read = (SourceItem.Read) item;
        Article article = read.article();
        if (since.isPresent() && article.published().isPresent() && article.published().get().isBefore(since.get())) {
            return new Result(Optional.empty(), List.of(), Outcome.SKIPPED);
        }
        if (sink.isUnchanged(article)) {
            return new Result(Optional.empty(), read.warnings(), Outcome.UNCHANGED);
        }
        List<Problem> all = new ArrayList<>(read.warnings());
        Optional<ArticleAnalyzer> nlp = analyzer;
        if (nlp.isPresent() && article.language().filter(l -> !l.toLowerCase(java.util.Locale.ROOT).startsWith("en")).isPresent()) {
            // The models are English ones: on other languages they find noise, not events.
            all.add(Problem.warning(Problem.Stage.NLP, article.source(),
                    "language '" + article.language().get() + "' is not English: stored without events"));
            nlp = Optional.empty();
        }
        Extraction x = nlp.map(a -> a.analyze(article)).orElseGet(() -> Extraction.withoutEvents(article, List.of()));
        all.addAll(x.problems());
        return new Result(Optional.of(new Extraction(x.article(), x.entities(), x.events(), all)), List.of(), null);
    }

    private void finish(Pending p) {
        done++;
        Result r;
        try {
            r = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document", e);
        } catch (ExecutionException e) {
            // A bug on one document must not lose the others: it becomes that document's problem.
            LOG.error("unexpected failure while processing a document", e.getCause());
            String where = p.page().map(pg -> pg.requested().toString()).orElse("(document " + done + ")");
            problems.add(Problem.error(Problem.Stage.EXTRACT, where, "internal error: " + e.getCause()));
            counts.merge(Outcome.FAILED, 1, Integer::sum);
            progress.update(done, submitted, counts);
            return;
        }
        problems.addAll(r.problems());
        if (r.extraction().isPresent()) {
            Extraction x = r.extraction().get();
            problems.addAll(x.problems());
            Outcome stored;
            try {
                stored = sink.accept(x);
            } catch (SinkException e) {
                problems.add(Problem.error(Problem.Stage.STORE, x.article().source(), e.getMessage()));
                counts.merge(Outcome.FAILED, 1, Integer::sum);
                progress.update(done, submitted, counts);
                return;
            }
            events += x.events().size();
            counts.merge(stored, 1, Integer::sum);
            p.page().ifPresent(pg -> sink.fetched(pg.requested(), pg.validators()));
        } else {
            counts.merge(r.outcome(), 1, Integer::sum);
        }
        progress.update(done, submitted, counts);
    }

    synchronized Map<Outcome, Integer> counts() {
        return Map.copyOf(counts);
    }

    synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    synchronized long events() {
        return events;
    }

    synchronized int done() {
        return done;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

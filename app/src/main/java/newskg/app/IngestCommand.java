package newskg.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import newskg.graph.store.IngestRun;
import newskg.graph.store.NewsStore;
import newskg.ingest.ExtractionSink;
import newskg.ingest.IngestPipeline;
import newskg.ingest.IngestSummary;
import newskg.model.Article;
import newskg.model.Extraction;

/** {@code newskg ingest SOURCE...}: read, extract, analyse and store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles from files and directories (seed-format .txt, .html, .html.gz),"
                + " extract events with CoreNLP and store them, one named graph per article."
                + " An article already stored unchanged is skipped.")
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    NewsKgCommand parent;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files or directories.")
    List<String> sources;

    @Mixin
    StoreOptions store;

    @Mixin
    LogOptions log;

    @Option(names = "--threads", paramLabel = "N", description = "NLP threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Re-analyse articles even when they are stored unchanged.")
    boolean force;

    @Override
    public Integer call() {
        log.apply();
        IngestRun run = IngestRun.start(Version.current(), Clock.systemUTC());
        Progress progress = new Progress(parent.err(), parent.interactive());
        try (NewsStore s = store.open()) {
            IngestPipeline pipeline = IngestPipeline.builder(Components.html()).analyzer(Components.nlp())
                    .threads(threads).progress(progress).build();
            IngestSummary summary = pipeline.run(sources, new ExtractionSink() {
                @Override
                public boolean isUnchanged(Article article) {
                    return !force && s.isUnchanged(article.id(), article.contentHash());
                }

                @Override
                public IngestSummary.Outcome accept(Extraction x) {
                    s.replace(x, run);
                    return IngestSummary.Outcome.STORED;
                }
            });
            int code = progress.summary(summary);
            parent.err().printf("newskg: store %s holds %d articles%n", store.store, s.countArticles());
            return code;
        }
    }
}

package newskg.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import newskg.graph.store.IngestRun;
import newskg.graph.store.NewsStore;
import newskg.ingest.IngestPipeline;
import newskg.ingest.IngestSummary;

/** {@code newskg ingest SOURCE...}: fetch or read, extract, analyse and store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Fetch or read articles, extract events with CoreNLP and store them, one named graph per"
                + " article. SOURCE is an article, RSS/Atom feed or sitemap URL, a file (.txt in the seed format,"
                + " .html, .html.gz, .warc, .warc.gz, .jsonl) or a directory. Unchanged articles are skipped.")
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    NewsKgCommand parent;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "URLs, files or directories.")
    List<String> sources;

    @Mixin
    StoreOptions store;

    @Mixin
    LogOptions log;

    @Mixin
    CrawlCliOptions crawl;

    @Option(names = "--threads", paramLabel = "N", description = "NLP threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sink", paramLabel = "URL",
            description = "Write each article graph to this newskg server's dataset (e.g. http://host:3330/newskg)"
                    + " over the Graph Store Protocol, instead of a local store; needs --sink-credentials.")
    String sink;

    @Option(names = "--sink-credentials", paramLabel = "FILE",
            description = "A file whose first line is user:password, a user of the server's --update-password-file.")
    java.nio.file.Path sinkCredentials;

    @Option(names = "--force", description = "Re-fetch and re-analyse articles even when they are stored unchanged.")
    boolean force;

    @Override
    public Integer call() {
        log.apply();
        IngestRun run = IngestRun.start(Version.current(), Clock.systemUTC());
        Progress progress = new Progress(parent.err(), parent.interactive());
        if (sink != null) {
            if (sinkCredentials == null) {
                throw new IllegalArgumentException("--sink needs --sink-credentials FILE (a line user:password)");
            }
            RemoteSink remote = RemoteSink.open(sink, sinkCredentials, StoreOptions.mapper(), force);
            IngestSummary summary = crawl.apply(IngestPipeline.builder(Components.html()), remote::validators)
                    .analyzer(Components.nlp()).threads(threads).progress(progress).build().run(sources, remote);
            return progress.summary(summary);
        }
        try (NewsStore s = store.open()) {
            StoreSink sink = new StoreSink(s, run, force);
            IngestPipeline pipeline = crawl.apply(IngestPipeline.builder(Components.html()), sink::validators)
                    .analyzer(Components.nlp()).threads(threads).progress(progress).build();
            IngestSummary summary = sink.ingest(pipeline, sources);
            int code = progress.summary(summary);
            parent.err().printf("newskg: store %s holds %d articles%n", store.store, s.countArticles());
            return code;
        }
    }
}

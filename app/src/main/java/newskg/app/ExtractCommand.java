package newskg.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import newskg.ingest.ExtractionJson;
import newskg.ingest.IngestPipeline;
import newskg.ingest.IngestSummary;
import newskg.model.Event;

/** {@code newskg extract SOURCE...}: extract and print, store nothing. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract articles and their events and print them (one JSON object per document"
                + " with --format jsonl, the contract the scorers read). Nothing is stored.")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    NewsKgCommand parent;

    enum Format { jsonl, table }

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "URLs, files or directories.")
    List<String> sources;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or table (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--no-events", description = "Skip the NLP stage: article extraction only (fast).")
    boolean noEvents;

    @Option(names = "--threads", paramLabel = "N", description = "NLP threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    LogOptions log;

    @Mixin
    CrawlCliOptions crawl;

    @Override
    public Integer call() {
        log.apply();
        PrintStream out = parent.out();
        // One progress: the summary must end the bar's line before it prints.
        Progress progress = new Progress(parent.err(), parent.interactive());
        IngestPipeline.Builder b = crawl.apply(IngestPipeline.builder(Components.html()), newskg.ingest.crawl.FetchMemory.NONE)
                .threads(threads).progress(progress);
        if (!noEvents) {
            b.analyzer(Components.nlp());
        }
        IngestSummary summary = b.build().run(sources, x -> {
            if (format == Format.jsonl) {
                out.println(ExtractionJson.line(x));
            } else {
                out.println(x.article().source() + "  " + x.article().published().map(Object::toString).orElse("-")
                        + "  " + x.article().title());
                for (Event e : x.events()) {
                    out.printf("  %-9s %-10s %-12s %-4s %-10s %s%n", e.type().key(), e.action(),
                            e.platform().map(p -> p.name()).orElse("-"), e.country().orElse("-"),
                            e.date().map(t -> t.iso()).orElse("-"), e.agent().map(a -> a.name()).orElse(""));
                }
            }
            out.flush();
            return IngestSummary.Outcome.PRINTED;
        });
        return progress.summary(summary);
    }
}

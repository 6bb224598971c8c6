package newskg.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import newskg.graph.store.IngestRun;
import newskg.graph.store.NewsStore;
import newskg.ingest.IngestPipeline;
import newskg.ingest.IngestSummary;

/** {@code newskg demo}: ingest the bundled sample articles and serve them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the sample articles that ship with newskg (real platform bans and lifts,"
                + " written by the newskg authors) into a demo store and serve it.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    NewsKgCommand parent;

    private static final String SAMPLES = "/newskg/samples/";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newskg-data/demo-store",
            description = "Demo store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--port", defaultValue = "3330", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--no-serve", description = "Ingest the samples and exit.")
    boolean noServe;

    @Mixin
    LogOptions log;

    @Override
    public Integer call() throws IOException {
        log.apply();
        Path dir = store.toAbsolutePath().getParent().resolve("samples");
        List<String> files = copySamples(dir);
        IngestRun run = IngestRun.start(Version.current(), Clock.systemUTC());
        try (NewsStore s = NewsStore.open(store, StoreOptions.mapper())) {
            Progress progress = new Progress(parent.err(), parent.interactive());
            IngestPipeline pipeline = IngestPipeline.builder(Components.html()).analyzer(Components.nlp())
                    .threads(Runtime.getRuntime().availableProcessors()).progress(progress).build();
            IngestSummary summary = new StoreSink(s, run, false).ingest(pipeline, List.of(dir.toString()));
            int code = progress.summary(summary);
            parent.err().printf("newskg: demo store %s holds %d articles from %d samples%n", store, s.countArticles(),
                    files.size());
            if (noServe) {
                return code;
            }
            return ServeCommand.serve(s, host, port, 30, parent.out());
        }
    }

    private static List<String> copySamples(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> names = read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String name : names) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name)) {
                if (in == null) {
                    throw new IllegalStateException("sample " + name + " is missing from the jar");
                }
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return names;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

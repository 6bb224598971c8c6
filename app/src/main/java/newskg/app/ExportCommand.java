package newskg.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import newskg.graph.store.NewsStore;

/** {@code newskg export}: the store as TriG, N-Quads or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the store (or one named graph) as TriG, N-Quads or JSON-LD.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    NewsKgCommand parent;

    enum Format { trig, nquads, jsonld }

    @Option(names = "--format", defaultValue = "trig", description = "trig, nquads or jsonld (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph.")
    String graph;

    @Option(names = "--min-confidence", paramLabel = "0..1",
            description = "Leave out the events (and their evidence) with less than this confidence.")
    Double minConfidence;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Mixin
    StoreOptions store;

    @Mixin
    LogOptions log;

    private Optional<org.apache.jena.graph.Node> graphNode() {
        return Optional.ofNullable(graph).map(NodeFactory::createURI);
    }

    @Override
    public Integer call() throws IOException {
        log.apply();
        Lang lang = switch (format) {
            case trig -> Lang.TRIG;
            case nquads -> Lang.NQUADS;
            case jsonld -> Lang.JSONLD;
        };
        if (minConfidence != null && !(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--min-confidence must be a number from 0 to 1, not " + minConfidence);
        }
        java.util.OptionalDouble min = minConfidence == null ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(minConfidence);
        try (NewsStore s = store.open()) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(parent.out());
                s.export(out, lang, graphNode(), min);
                out.flush();
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    s.export(out, lang, graphNode(), min);
                }
            }
        }
        return ExitCodes.OK;
    }
}

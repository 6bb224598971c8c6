package newskg.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import newskg.graph.mapping.IriMinter;
import newskg.graph.store.NewsStore;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(o, e, args);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every quad of a store but those of the runs graph (which records when each run happened). */
    static List<Quad> quadsWithoutRuns(Path dir) {
        Node runs = IriMinter.standard().runsGraph();
        try (NewsStore s = NewsStore.open(dir, StoreOptions.mapper())) {
            return Txn.calculateRead(s.dataset(), () -> {
                List<Quad> out = new ArrayList<>();
                s.dataset().find().forEachRemaining(q -> {
                    if (!q.getGraph().equals(runs)) {
                        out.add(q);
                    }
                });
                return out;
            });
        }
    }

    /** {@code ../shared}, when the tests run beside it (CI); empty on a user's clone. */
    static Optional<Path> shared() {
        String p = System.getProperty("newskg.shared", "../../shared");
        Path dir = Path.of(p);
        return Files.isDirectory(dir.resolve("corpus/bans-dev")) ? Optional.of(dir) : Optional.empty();
    }
}

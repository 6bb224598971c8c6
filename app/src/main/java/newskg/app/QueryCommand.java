package newskg.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import newskg.graph.store.NewsStore;
import newskg.queries.DerivedGraph;
import newskg.queries.NamedQuery;
import newskg.queries.QueryCatalog;
import newskg.queries.QueryRunner;
import newskg.queries.SearchIndex;

/** {@code newskg query NAME|FILE}: run a named or stored query. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query (see --list) or a .rq file on the store.")
final class QueryCommand implements Callable<Integer> {
    @ParentCommand
    NewsKgCommand parent;

    @Parameters(arity = "0..1", paramLabel = "NAME|FILE", description = "A named query or a .rq file.")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "K=V", description = "A parameter value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); with --list, markdown"
                    + " prints the catalogue for the README.")
    String format;

    @Option(names = "--list", description = "List the named queries with their parameters.")
    boolean list;

    @Mixin
    StoreOptions store;

    @Mixin
    LogOptions log;

    @Override
    public Integer call() throws IOException {
        log.apply();
        QueryCatalog catalog = QueryCatalog.shipped();
        if ((list || name == null) && format.equals("markdown")) {
            parent.out().print(catalog.markdown());
            parent.out().flush();
            return ExitCodes.OK;
        }
        if (list || name == null) {
            for (NamedQuery q : catalog.all()) {
                parent.out().println(q.name() + " - " + q.title());
                parent.out().println("    " + q.description());
                q.params().forEach(p -> parent.out().println("    --param " + p.name() + "=<"
                        + p.type().name().toLowerCase(java.util.Locale.ROOT)
                        + ">" + p.defaultValue().map(d -> " (default " + d + ")").orElse("") + "  " + p.description()));
            }
            return list ? ExitCodes.OK : ExitCodes.USAGE;
        }
        NamedQuery q = catalog.get(name).orElse(null);
        if (q == null) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no named query or file '" + name + "' (see newskg query --list)");
            }
            q = QueryCatalog.parse(file.getFileName().toString(), Files.readString(file));
        }
        QueryRunner.ResultFormat fmt;
        try {
            fmt = QueryRunner.ResultFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --format " + format + " (table, csv, tsv, json)", e);
        }
        try (NewsStore s = store.open()) {
            DerivedGraph.ensureCurrent(s);
            // Only a full-text query pays for building the text index.
            DatasetGraph dsg = q.sparql().contains("http://jena.apache.org/text#") ? SearchIndex.wrap(s.dataset())
                    : s.dataset();
            QueryRunner.write(new QueryRunner(dsg).select(q, params), fmt, parent.out());
        }
        parent.out().flush();
        return ExitCodes.OK;
    }
}

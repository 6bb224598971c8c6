package newskg.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import newskg.graph.store.NewsStore;
import newskg.queries.DerivedGraph;
import newskg.queries.QueryCatalog;
import newskg.queries.QueryRunner;
import newskg.queries.Timeline;
import newskg.queries.TimelineFormat;

/** {@code newskg timeline}: restriction periods and platform events. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Restriction periods (a ban or restriction and the lift that ended it) and the platform"
                + " events behind them, merged across articles, with their sources.")
final class TimelineCommand implements Callable<Integer> {
    @ParentCommand
    NewsKgCommand parent;

    enum Format { table, csv, json }

    @Option(names = "--platform", description = "Only this platform (e.g. Telegram).")
    String platform;

    @Option(names = "--country", description = "Only this country (ISO 3166 code, e.g. IQ).")
    String country;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events on or before this day.")
    String to;

    @Option(names = "--min-confidence", paramLabel = "0..1",
            description = "Only events with at least this confidence (0 to 1); periods are built from those alone.")
    String minConfidence;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    StoreOptions store;

    @Mixin
    LogOptions log;

    @Override
    public Integer call() {
        log.apply();
        Map<String, String> params = new LinkedHashMap<>();
        if (platform != null) {
            params.put("platform", platform);
        }
        if (country != null) {
            params.put("country", country);
        }
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        if (minConfidence != null) {
            params.put("minConfidence", minConfidence);
        }
        Timeline t;
        try (NewsStore s = store.open()) {
            DerivedGraph.ensureCurrent(s);
            t = Timeline.of(new QueryRunner(s.dataset())
                    .select(QueryCatalog.shipped().get("timeline").orElseThrow(), params));
        }
        switch (format) {
            case json -> TimelineFormat.json(t, parent.out());
            case csv -> TimelineFormat.csv(t, parent.out());
            case table -> TimelineFormat.table(t, parent.out());
        }
        parent.out().flush();
        return ExitCodes.OK;
    }
}

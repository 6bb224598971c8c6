package newskg.queries;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

import newskg.model.TimeValue;

/**
 * Restriction periods of platforms by country, built from the platform events of all articles.
 *
 * <p>Events of the same type, platform and country that several articles report with dates
 * within {@value #SAME_EVENT_DAYS} days of each other are one event with all their sources
 * (articles date the same ban "on Sunday", "earlier this week" or "this month"). A ban or
 * restriction opens a period, the next lift ends it, and a later ban opens a new one.
 *
 * <pre>{@code
 * Timeline t = Timeline.of(runner.select(catalog.get("timeline").orElseThrow(), Map.of()));
 * t.periods().forEach(p -> System.out.println(p.platform() + " " + p.country() + " " + p.start()));
 * }</pre>
 */
public record Timeline(List<Period> periods, List<MergedEvent> events) {
    static final int SAME_EVENT_DAYS = 10;

    public Timeline {
        periods = List.copyOf(periods);
        events = List.copyOf(events);
    }

    /** One event as several articles report it. */
    public record MergedEvent(String type, String platform, String country, Optional<String> date,
                              Set<String> modalities, Set<String> agents, Set<String> sources,
                              List<String> evidence, Set<String> iris, Set<String> articles,
                              List<Double> confidences) {
        /** The highest confidence of the statements merged into this event, when they carry one. */
        public Optional<Double> confidence() {
            return confidences.stream().max(Double::compare);
        }

        LocalDate start() {
            return date.flatMap(d -> TimeValue.parse(d, "")).map(TimeValue::start).orElse(LocalDate.MIN);
        }

        LocalDate end() {
            return date.flatMap(d -> TimeValue.parse(d, "")).map(TimeValue::end).orElse(LocalDate.MIN);
        }
    }

    /**
     * A ban or restriction from the event that imposed it to the one that lifted it; the sources
     * (and article IRIs) are those of every event in between too, e.g. a report that it still holds.
     */
    public record Period(String platform, String country, String type, Optional<String> start, Optional<String> end,
                         Optional<MergedEvent> imposedBy, Optional<MergedEvent> liftedBy, Set<String> sources,
                         Set<String> articles) {
        public String status() {
            return liftedBy.isPresent() ? "ended" : "ongoing";
        }
    }

    /** Builds the timeline from the rows of the {@code timeline} query. */
    public static Timeline of(ResultSetRewindable rows) {
        rows.reset();
        Map<String, List<MergedEvent>> byKey = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String type = str(s, "type");
            String platform = str(s, "platformName");
            String country = str(s, "countryCode");
            if (country.isEmpty() || type.equals("threaten")) {
                // A period needs a country; threats are shown as events only.
                addTo(byKey.computeIfAbsent("events-only|" + type + "|" + platform + "|" + country,
                        k -> new ArrayList<>()), s, type, platform, country);
                continue;
            }
            addTo(byKey.computeIfAbsent(type + "|" + platform + "|" + country, k -> new ArrayList<>()),
                    s, type, platform, country);
        }
        List<MergedEvent> all = byKey.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(MergedEvent::start).thenComparing(MergedEvent::platform)
                        .thenComparing(MergedEvent::country).thenComparing(e -> order(e.type())))
                .toList();
        return new Timeline(periods(all), all);
    }

    private static void addTo(List<MergedEvent> same, QuerySolution s, String type, String platform, String country) {
        Optional<String> date = Optional.of(str(s, "date")).filter(d -> !d.isEmpty());
        MergedEvent row = new MergedEvent(type, platform, country, date, new LinkedHashSet<>(),
                new LinkedHashSet<>(), new LinkedHashSet<>(), new ArrayList<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>(), new ArrayList<>());
        MergedEvent target = same.stream().filter(e -> close(e, row)).findFirst().orElse(null);
        if (target == null) {
            same.add(row);
            target = row;
        } else if (moreSpecific(row, target)) {
            MergedEvent better = new MergedEvent(type, platform, country, date, target.modalities(), target.agents(),
                    target.sources(), target.evidence(), target.iris(), target.articles(), target.confidences());
            same.set(same.indexOf(target), better);
            target = better;
        }
        target.modalities().add(str(s, "modality"));
        if (!str(s, "agentName").isEmpty()) {
            target.agents().add(str(s, "agentName"));
        }
        target.sources().add(str(s, "source"));
        if (!target.evidence().contains(str(s, "evidence"))) {
            target.evidence().add(str(s, "evidence"));
        }
        target.iris().add(str(s, "event"));
        if (s.contains("confidence") && s.get("confidence").isLiteral()) {
            target.confidences().add(s.getLiteral("confidence").getDouble());
        }
        target.articles().add(str(s, "article"));
    }

    private static boolean close(MergedEvent a, MergedEvent b) {
        if (a.date().isEmpty() || b.date().isEmpty()) {
            return a.date().isEmpty() && b.date().isEmpty();
        }
        long gap = Math.max(ChronoUnit.DAYS.between(a.end(), b.start()), ChronoUnit.DAYS.between(b.end(), a.start()));
        return gap <= SAME_EVENT_DAYS;
    }

    /** A day beats a week, a week a month: the merged event keeps the most precise date. */
    private static boolean moreSpecific(MergedEvent candidate, MergedEvent current) {
        return ChronoUnit.DAYS.between(candidate.start(), candidate.end())
                < ChronoUnit.DAYS.between(current.start(), current.end());
    }

    private static List<Period> periods(List<MergedEvent> events) {
        Map<String, List<MergedEvent>> byPlace = new LinkedHashMap<>();
        for (MergedEvent e : events) {
            if (!e.country().isEmpty() && !e.type().equals("threaten")) {
                byPlace.computeIfAbsent(e.platform().toLowerCase(java.util.Locale.ROOT) + "|" + e.country(),
                        k -> new ArrayList<>()).add(e);
            }
        }
        List<Period> out = new ArrayList<>();
        for (List<MergedEvent> seq : byPlace.values()) {
            MergedEvent open = null;
            Set<String> sources = new LinkedHashSet<>();
            Set<String> articles = new LinkedHashSet<>();
            for (MergedEvent e : seq) {
                sources.addAll(e.sources());
                articles.addAll(e.articles());
                if (e.type().equals("lift")) {
                    out.add(new Period(e.platform(), e.country(), open == null ? "ban" : open.type(),
                            open == null ? Optional.empty() : open.date(), e.date(), Optional.ofNullable(open),
                            Optional.of(e), sources, articles));
                    open = null;
                    sources = new LinkedHashSet<>();
                    articles = new LinkedHashSet<>();
                } else if (open == null) {
                    open = e;
                }
            }
            if (open != null) {
                out.add(new Period(open.platform(), open.country(), open.type(), open.date(), Optional.empty(),
                        Optional.of(open), Optional.empty(), sources, articles));
            }
        }
        out.sort(Comparator.comparing((Period p) -> p.start().orElse("")).thenComparing(Period::platform));
        return out;
    }

    private static int order(String type) {
        return switch (type) {
            case "threaten" -> 0;
            case "ban", "restrict" -> 1;
            default -> 2;
        };
    }

    private static String str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}

package newskg.ingest.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import newskg.model.Modality;

/**
 * Merges the platform events of one article that report the same (type, platform, country):
 * an article that says "the ban" five times reports one ban. The merged event keeps the best
 * date (a take-effect date, then one on the event's own clause, then a report date, then any in
 * the sentence, then the publication week), the highest confidence and that date's evidence.
 * Statements dated more than a year apart are different events ("blocked in 2015" in an article
 * about this week's block): they stay apart. Other actions pass through unchanged.
 */
final class EventMerger {
    private EventMerger() {
    }

    static List<Candidate> merge(List<Candidate> all) {
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            if (c.type().isPlatformType() && c.platform().isPresent()) {
                String key = c.type() + "|" + c.platform().get() + "|" + c.country().orElse("");
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            } else {
                out.add(c);
            }
        }
        List<Candidate> merged = new ArrayList<>();
        for (List<Candidate> g : groups.values().stream().flatMap(g -> byEpoch(g).stream()).toList()) {
            Candidate best = g.stream().max(RANK).orElseThrow();
            double conf = g.stream().mapToDouble(Candidate::confidence).max().orElse(best.confidence());
            // several sentences agreeing raise confidence a little
            conf = Math.min(1.0, conf + 0.05 * (g.size() - 1));
            // the agent of the most certain statement of the event ("the ban will take effect" names none)
            Optional<newskg.model.Entity> agent = g.stream().filter(c -> c.agent().isPresent())
                    .max(Comparator.comparingDouble(Candidate::confidence)).flatMap(Candidate::agent);
            merged.add(new Candidate(best.sentence(), best.anchor(), best.type(), best.action(), agent, best.target(), best.platform(),
                    best.country(), best.date(), best.modality(), best.speaker(), conf,
                    g.stream().allMatch(Candidate::referring)));
        }
        for (Candidate c : merged) {
            out.add(borrowDate(c, merged));
        }
        out.sort(Comparator.comparingInt(Candidate::sentence));
        return out;
    }

    /** Days between two explicit dates beyond which two statements report different events. */
    static final long SAME_EVENT_DAYS = 366;

    /**
     * Splits one (type, platform, country) group into events far apart in time. Statements whose
     * date is only the publication week (or none) join the latest event: news is about the
     * recent one, and background events carry their own dates.
     */
    private static List<List<Candidate>> byEpoch(List<Candidate> group) {
        List<Candidate> dated = group.stream().filter(EventMerger::explicit)
                .sorted(Comparator.comparing((Candidate c) -> c.date().orElseThrow().value().start())).toList();
        List<List<Candidate>> epochs = new ArrayList<>();
        java.time.LocalDate lastEnd = null;
        for (Candidate c : dated) {
            var v = c.date().orElseThrow().value();
            if (lastEnd == null || java.time.temporal.ChronoUnit.DAYS.between(lastEnd, v.start()) > SAME_EVENT_DAYS) {
                epochs.add(new ArrayList<>());
            }
            epochs.get(epochs.size() - 1).add(c);
            lastEnd = lastEnd == null || v.end().isAfter(lastEnd) ? v.end() : lastEnd;
        }
        if (epochs.isEmpty()) {
            epochs.add(new ArrayList<>());
        }
        group.stream().filter(c -> !explicit(c)).forEach(epochs.get(epochs.size() - 1)::add);
        return epochs;
    }

    private static boolean explicit(Candidate c) {
        return c.date().isPresent() && c.date().get().basis() != Dates.Basis.PUBLICATION;
    }

    /**
     * An event known only through a reference ("the platforms", "the ban") and dated only by the
     * publication week takes the date of an event of the same type and
     * country in the same article ("the curbs on these apps were removed" after "regulators removed the curbs on Viber and
     * Skype on Monday"): one act.
     */
    private static Candidate borrowDate(Candidate c, List<Candidate> merged) {
        if (!c.referring() || c.date().isPresent() && c.date().get().basis() != Dates.Basis.PUBLICATION) {
            return c;
        }
        Optional<Dates.Dated> better = merged.stream()
                .filter(o -> o != c && o.type() == c.type() && o.country().equals(c.country()))
                .map(Candidate::date).flatMap(Optional::stream)
                .filter(d -> d.basis().compareTo(Dates.Basis.REPORT) >= 0)
                .max(Comparator.comparing(Dates.Dated::basis));
        return better.map(d -> new Candidate(c.sentence(), c.anchor(), c.type(), c.action(), c.agent(), c.target(), c.platform(),
                c.country(), Optional.of(d), c.modality(), c.speaker(), c.confidence(), true)).orElse(c);
    }

    /** Better date basis first; then events that happened over announced ones; then confidence; then the earlier date. */
    static final Comparator<Candidate> RANK = Comparator
            .comparing((Candidate c) -> c.date().map(Dates.Dated::basis).orElse(Dates.Basis.PUBLICATION))
            .thenComparing(c -> c.date().isPresent())
            .thenComparing(c -> c.modality() == Modality.OCCURRED)
            .thenComparingDouble(Candidate::confidence)
            .thenComparing(c -> c.date().map(d -> -d.value().start().toEpochDay()).orElse(0L));
}

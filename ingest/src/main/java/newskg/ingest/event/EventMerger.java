package newskg.ingest.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newskg.model.EventType;
import newskg.model.Modality;

/**
 * Turns the platform statements of one article into its platform events:
 * <ol>
 * <li>a loose "restricted access to X" where the article reports a ban of X in the same country
 *     (or the lift of a ban of it) is that ban;</li>
 * <li>statements of the same (type, platform, country) are one event, unless their dates lie more
 *     than a year apart ("blocked in 2015" in an article about this week's block); the event keeps
 *     the best date (a take-effect date, then one on the event's own clause, then a report date,
 *     then any in the sentence), the agent of its most certain statement, and that date's sentence;</li>
 * <li>an event the text does not date takes the article's narrative time: the date of an act of the
 *     same type and country told in the article around its publication ("Nepal on Thursday moved
 *     to block social media platforms ... The platforms blocked include Facebook ..."), else the
 *     publication week.</li>
 * </ol>
 * Statements about platforms in general ("social media platforms") only lend their date; other
 * actions pass through unchanged.
 */
final class EventMerger {
    /** Days between two explicit dates beyond which two statements report different events. */
    static final long SAME_EVENT_DAYS = 366;
    /** How far before publication a date may lie to be the article's narrative time. */
    private static final long NARRATIVE_DAYS = 31;

    private EventMerger() {
    }

    static List<Candidate> merge(List<Candidate> all, Optional<LocalDate> published) {
        return merge(all, published, Optional.empty());
    }

    /** As {@link #merge(List, Optional)}, with the date of the article's dateline, if it has one. */
    static List<Candidate> merge(List<Candidate> all, Optional<LocalDate> published, Optional<newskg.model.TimeValue> dateline) {
        List<Candidate> folded = foldLooseRestrictions(all);
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        List<Candidate> generic = new ArrayList<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : folded) {
            if (c.type().isPlatformType() && c.platform().isPresent()) {
                String key = c.type() + "|" + c.platform().get() + "|" + c.country().orElse("");
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            } else if (c.type().isPlatformType()) {
                generic.add(c);
            } else {
                out.add(c);
            }
        }
        List<Candidate> merged = new ArrayList<>();
        for (List<Candidate> g : groups.values().stream().flatMap(g -> byEpoch(g).stream()).toList()) {
            Candidate best = g.stream().max(RANK).orElseThrow();
            // the agent of the most certain statement of the event ("the ban will take effect" names none)
            Optional<newskg.model.Entity> agent = g.stream().filter(c -> c.agent().isPresent())
                    .max(Comparator.comparing((Candidate c) -> !c.referring())
                            .thenComparing(c -> c.cues().country() == Candidate.CountrySource.AGENT))
                    .flatMap(Candidate::agent);
            merged.add(new Candidate(best.sentence(), best.anchor(), best.type(), best.action(), agent, best.target(),
                    best.platform(), best.country(), best.date(), best.modality(), best.speaker(), best.confidence(),
                    g.stream().allMatch(Candidate::referring), best.cues().withSupport(g.size())));
        }
        List<Candidate> sources = new ArrayList<>(merged);
        sources.addAll(generic);
        for (Candidate c : merged) {
            out.add(narrative(c, sources, published, dateline));
        }
        out.sort(Comparator.comparingInt(Candidate::sentence));
        return out;
    }

    /** Step 1: a loose restriction of a platform the article reports banned is that ban. */
    private static List<Candidate> foldLooseRestrictions(List<Candidate> all) {
        Set<String> banned = new HashSet<>();
        for (Candidate c : all) {
            boolean liftOfBan = c.type() == EventType.LIFT && c.cues().undone().filter(u -> u == EventType.BAN).isPresent();
            if (c.platform().isPresent() && (c.type() == EventType.BAN || liftOfBan)) {
                banned.add(c.platform().get() + "|" + c.country().orElse(""));
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            boolean loose = c.type() == EventType.RESTRICT && c.cues().weak() && c.platform().isPresent()
                    && banned.contains(c.platform().get() + "|" + c.country().orElse(""));
            out.add(loose ? c.withType(EventType.BAN) : c);
        }
        return out;
    }

    /**
     * Splits one (type, platform, country) group into events far apart in time. Statements whose
     * date is only the publication week (or none) join the latest event: news is about the
     * recent one, and background events carry their own dates.
     */
    private static List<List<Candidate>> byEpoch(List<Candidate> group) {
        List<Candidate> dated = group.stream().filter(EventMerger::explicit)
                .sorted(Comparator.comparing((Candidate c) -> c.date().orElseThrow().value().start())).toList();
        List<List<Candidate>> epochs = new ArrayList<>();
        LocalDate lastEnd = null;
        for (Candidate c : dated) {
            var v = c.date().orElseThrow().value();
            if (lastEnd == null || ChronoUnit.DAYS.between(lastEnd, v.start()) > SAME_EVENT_DAYS) {
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
     * Step 3: an event dated only by the publication week takes the date of an act of the same type
     * and country told in the article (the one told first, which is the news), when that date lies
     * in the month before publication; an event known only through a reference ("the ban was
     * lifted") takes it whenever it lies.
     */
    private static Candidate narrative(Candidate c, List<Candidate> sources, Optional<LocalDate> published,
                                       Optional<newskg.model.TimeValue> dateline) {
        if (c.date().isPresent() && c.date().get().basis() != Dates.Basis.PUBLICATION || c.cues().earlier()) {
            return c;
        }
        Optional<Dates.Dated> better = sources.stream()
                .filter(o -> o != c && o.type() == c.type() && o.country().equals(c.country()))
                .filter(o -> o.date().isPresent() && o.date().get().basis().compareTo(Dates.Basis.SENTENCE) >= 0)
                .filter(o -> c.referring() || recent(o.date().get(), published))
                .min(Comparator.comparingInt(Candidate::sentence))
                .map(o -> new Dates.Dated(o.date().get().value(), Dates.Basis.NARRATIVE));
        if (better.isEmpty() && !c.referring()) {
            // the lead's own day, when a dateline gives it
            better = dateline.map(v -> new Dates.Dated(v, Dates.Basis.NARRATIVE)).filter(d -> recent(d, published));
        }
        return better.map(d -> c.withDate(Optional.of(d))).orElse(c);
    }

    private static boolean recent(Dates.Dated d, Optional<LocalDate> published) {
        return published.isPresent() && !d.value().end().isBefore(published.get().minusDays(NARRATIVE_DAYS))
                && !d.value().start().isAfter(published.get().plusDays(NARRATIVE_DAYS));
    }

    /** Better date basis first; then events that happened over announced ones; then direct statements; then the earlier date. */
    static final Comparator<Candidate> RANK = Comparator
            .comparing((Candidate c) -> c.date().map(Dates.Dated::basis).orElse(Dates.Basis.PUBLICATION))
            .thenComparing(c -> c.date().isPresent())
            .thenComparing(c -> c.modality() == Modality.OCCURRED)
            .thenComparing(c -> !c.referring())
            .thenComparing(c -> c.date().map(d -> -d.value().start().toEpochDay()).orElse(0L));
}

package newskg.ingest.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import newskg.ingest.nlp.Token;
import newskg.model.Entity;
import newskg.model.EventType;
import newskg.model.Modality;
import newskg.model.Precision;
import newskg.model.TimeValue;

/**
 * Finds ban, restrict, lift and threaten events against platforms in one sentence.
 *
 * <p>A trigger word (a verb or noun of {@link Lexicon}) and a platform make an event when the
 * dependency path between them is short and passes only through words like "access", "app" or
 * "services" (so "Twitter account was suspended" and "Facebook blocked posts" do not). The
 * trigger's governors then decide the type ("lifted the ban" is a lift, "threatened to block" a
 * threat) and the clause gives modality, agent, country and date.
 */
final class PlatformEventFinder {
    private static final int MAX_PATH = 4;

    private final DocumentIndex index;
    private final Actors actors;
    private final Dates dates;

    PlatformEventFinder(DocumentIndex index, Actors actors, Dates dates) {
        this.index = index;
        this.actors = actors;
        this.dates = dates;
    }

    /** One trigger read in context: its effective type and the token its clause hangs on. */
    private record Reading(EventType type, String action, int anchor, int trigger, boolean reference) {
    }

    List<Candidate> find(int si, List<Candidate> earlier) {
        Tree t = index.trees.get(si);
        List<DocumentIndex.PlatformMention> ps = index.platforms.get(si);
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            Optional<EventType> base = triggerType(t, i);
            if (base.isEmpty() || base.get() == EventType.BAN && isReference(t, i) && ps.isEmpty()) {
                reference(out, seen, si, t, i, earlier);
                continue;
            }
            Reading r = read(t, i, base.get());
            boolean linkedAny = false;
            for (DocumentIndex.PlatformMention p : ps) {
                Optional<Double> link = link(t, i, p, base.get());
                if (link.isEmpty()) {
                    continue;
                }
                linkedAny = true;
                EventType type = r.type();
                if (type == EventType.BAN && (viaFeature(t, i, p.head()) || partialScope(t, i))) {
                    type = EventType.RESTRICT;
                }
                double conf = link.get() * (p.anaphor() ? 0.85 : 1.0);
                add(out, seen, si, t, new Reading(type, r.action(), r.anchor(), i, p.anaphor()), p.canonical(), conf);
                int imposed = imposedBy(t, i);
                if (r.type() == EventType.LIFT && imposed >= 0) {
                    // "the ban on TikTok, imposed in 2023, was lifted": the ban is an event too
                    add(out, seen, si, t, new Reading(base.get(), t.lemma(imposed), imposed, i, false), p.canonical(),
                            conf * 0.9);
                }
            }
            if (!linkedAny && ps.stream().anyMatch(p -> !p.anaphor()) && noArguments(t, i)) {
                // "after days of being blocked": a bare trigger next to the platform it is about
                for (DocumentIndex.PlatformMention p : ps) {
                    if (!p.anaphor() && Math.abs(p.head() - i) <= 15) {
                        add(out, seen, si, t, r, p.canonical(), 0.5);
                    }
                }
            } else if (!linkedAny) {
                reference(out, seen, si, t, i, earlier);
            }
        }
        return out;
    }

    /**
     * "The ban was imposed last month", "the court suspended the order": a definite
     * noun that points back to the latest platform event of the article, whose platforms it takes.
     */
    private void reference(List<Candidate> out, Set<String> seen, int si, Tree t, int i, List<Candidate> earlier) {
        if (!isReference(t, i) || bansSomethingElse(t, i, -1)) {
            return;
        }
        int h = t.head(i);
        List<Candidate> before = new ArrayList<>(earlier);
        before.addAll(out);
        Optional<Candidate> last = before.stream().filter(c -> c.type().isPlatformType() && c.platform().isPresent())
                .reduce((a, b) -> b);
        EventType type;
        String action;
        int anchor;
        if (Lexicon.UNDO.contains(t.lemma(h))) {
            type = EventType.LIFT;
            action = t.lemma(h);
            anchor = h;
        } else {
            // "the blockade" after a restriction is that restriction
            EventType noun = Lexicon.NOUNS.getOrDefault(t.lemma(i), EventType.BAN);
            type = last.map(Candidate::type).filter(x -> x == EventType.BAN || x == EventType.RESTRICT).orElse(noun);
            action = t.token(i).isPos("NN") && Lexicon.NOUNS.containsKey(t.lemma(i)) && !imposes(t, h)
                    ? t.lemma(i) : t.lemma(h);
            anchor = h;
        }
        boolean imposedOrUndone = Lexicon.UNDO.contains(t.lemma(h)) || imposes(t, h);
        if (last.isEmpty() && !imposedOrUndone) {
            // "the ban has angered artists" with no ban reported before: nothing to refer to
            return;
        }
        for (String platform : antecedent(before, type)) {
            add(out, seen, si, t, new Reading(type, action, anchor, i, true), platform, 0.6);
        }
    }

    private void add(List<Candidate> out, Set<String> seen, int si, Tree t, Reading r, String platform, double conf) {
        Modality modality = Modalities.of(t, r.anchor(), r.trigger(), r.type());
        EventType type = r.type();
        if (modality == Modality.THREATENED) {
            type = EventType.THREATEN;
        } else if (type == EventType.THREATEN && modality == Modality.OCCURRED) {
            // "gave Telegram an ultimatum": a threat made is a threatened act
            modality = Modality.THREATENED;
        }
        if (modality == Modality.HYPOTHETICAL && type != EventType.LIFT && Modalities.speechAbove(t, r.anchor())
                && t.hasChild(r.anchor(), "advcl", Set.of()) && conditionalSpeaker(t, si, r.anchor())) {
            // "Malaysia said it would block Telegram if the company failed to register": a threat
            type = EventType.THREATEN;
            modality = Modality.THREATENED;
        }
        if (modality == Modality.DENIED || modality == Modality.HYPOTHETICAL) {
            // a denied or conditional ban is no ban on a timeline: kept, but not as a platform type
            type = EventType.OTHER;
        }
        if (!seen.add(type + "|" + platform + "|" + r.anchor())) {
            return;
        }
        Optional<Actors.Actor> agent = agent(t, si, r);
        Optional<String> country = agent.flatMap(Actors.Actor::country);
        if (country.isEmpty()) {
            country = locationOf(t, si, r.anchor());
        }
        double c = conf;
        if (country.isEmpty()) {
            country = index.mainCountry;
            c *= 0.9;
        }
        final Modality stated = modality;
        Optional<Dates.Dated> date = dates.of(si, r.anchor()).map(d -> tense(d, stated));
        Optional<Dates.Dated> counted = dateCountedBack(t, si, r.trigger());
        if (counted.isPresent()) {
            date = counted;
        }
        if (r.reference()) {
            // a date on "the ban" backs up the event it refers to, never overrides that event's own date
            date = date.map(d -> d.basis() == Dates.Basis.CLAUSE ? new Dates.Dated(d.value(), Dates.Basis.REPORT) : d);
        }
        if (modality == Modality.OCCURRED && date.isPresent() && index.doc.docDate().isPresent()
                && date.get().value().start().isAfter(index.doc.docDate().get())) {
            modality = Modality.ANNOUNCED;
        }
        Entity p = index.platformEntity(platform);
        for (String other : coordinatedCountries(t, si, r)) {
            out.add(new Candidate(si, r.anchor(), type, r.action(), Optional.of(index.countryEntity(other)),
                    Optional.of(p), Optional.of(platform), Optional.of(other), date, modality,
                    speaker(t, si, r.anchor()), c * 0.9, r.reference()));
        }
        out.add(new Candidate(si, r.anchor(), type, r.action(), agent.map(Actors.Actor::entity), Optional.of(p),
                Optional.of(platform), country, date, modality, speaker(t, si, r.anchor()), c, r.reference()));
    }

    /**
     * SUTime guesses the direction of "in February" or "on Sunday" from nearby verbs and sometimes
     * guesses wrong. An event that will happen is not dated in the week before publication, and an
     * event that happened is not dated months ahead unless the text writes the year.
     */
    private Dates.Dated tense(Dates.Dated d, Modality modality) {
        Optional<java.time.LocalDate> doc = index.doc.docDate();
        TimeValue v = d.value();
        if (doc.isEmpty() || d.basis() == Dates.Basis.EFFECTIVE || d.basis() == Dates.Basis.PUBLICATION
                || v.text().matches(".*\\b\\d{4}\\b.*")) {
            return d;
        }
        java.time.LocalDate pub = doc.get();
        if (modality == Modality.ANNOUNCED && v.precision() == Precision.DAY && v.start().isBefore(pub)
                && !v.start().isBefore(pub.minusDays(7)) && !v.text().toLowerCase(java.util.Locale.ROOT).contains("yesterday")) {
            return new Dates.Dated(TimeValue.day(v.start().plusDays(7), v.text()), d.basis());
        }
        if (modality == Modality.OCCURRED && v.start().isAfter(pub.plusDays(7))
                && (v.precision() == Precision.DAY || v.precision() == Precision.MONTH)) {
            java.time.LocalDate back = v.start().minusYears(1);
            return new Dates.Dated(new TimeValue(back, v.precision(), v.text()), d.basis());
        }
        return d;
    }

    private static final java.util.Map<String, Integer> NUMBERS = java.util.Map.ofEntries(
            java.util.Map.entry("a", 1), java.util.Map.entry("an", 1), java.util.Map.entry("one", 1),
            java.util.Map.entry("two", 2), java.util.Map.entry("three", 3), java.util.Map.entry("four", 4),
            java.util.Map.entry("five", 5), java.util.Map.entry("six", 6), java.util.Map.entry("seven", 7),
            java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10),
            java.util.Map.entry("eleven", 11), java.util.Map.entry("twelve", 12));

    /**
     * "X resumed on 3 May after two weeks of blocking": the blocking started two weeks before the
     * dated event it hangs under. Days and weeks give a day, months a month, years a year.
     */
    private Optional<Dates.Dated> dateCountedBack(Tree t, int si, int trigger) {
        int unit = t.head(trigger);
        if (unit < 0 || !t.token(unit).isPos("NN")) {
            return Optional.empty();
        }
        String u = t.lemma(unit);
        if (!(u.equals("day") || u.equals("week") || u.equals("month") || u.equals("year"))) {
            return Optional.empty();
        }
        Integer n = null;
        for (int c : t.children(unit)) {
            String w = t.token(c).word().toLowerCase(java.util.Locale.ROOT);
            if (t.rel(c).equals("nummod") || t.rel(c).equals("det")) {
                n = w.matches("\\d{1,3}") ? Integer.valueOf(w) : NUMBERS.get(w);
            }
        }
        int v = t.head(unit);
        if (n == null || v < 0 || !t.hasChild(unit, "case", Set.of("after", "following", "follow"))) {
            return Optional.empty();
        }
        Optional<Dates.Dated> anchorDate = dates.of(si, v);
        if (anchorDate.isEmpty() || anchorDate.get().basis().compareTo(Dates.Basis.REPORT) < 0
                || anchorDate.get().value().precision() != Precision.DAY) {
            return Optional.empty();
        }
        java.time.LocalDate end = anchorDate.get().value().start();
        String text = t.sentence.text(index.doc.body(), Math.min(unit, trigger), Math.max(unit, trigger) + 1);
        TimeValue start = switch (u) {
            case "day" -> TimeValue.day(end.minusDays(n), text);
            case "week" -> TimeValue.day(end.minusWeeks(n), text);
            case "month" -> new TimeValue(end.minusMonths(n).withDayOfMonth(1), Precision.MONTH, text);
            default -> new TimeValue(end.minusYears(n).withDayOfYear(1), Precision.YEAR, text);
        };
        return Optional.of(new Dates.Dated(start, Dates.Basis.CLAUSE));
    }

    /** The trigger type of token {@code i}, if it is one. */
    static Optional<EventType> triggerType(Tree t, int i) {
        Token tok = t.token(i);
        String lemma = t.lemma(i);
        if (tok.isPos("JJ") && (lemma.equals("available") || lemma.equals("accessible"))) {
            // "Telegram became available again": service is back
            boolean again = t.hasChild(i, "advmod", Set.of("again")) || t.head(i) >= 0
                    && t.hasChild(t.head(i), "advmod", Set.of("again"));
            return again ? Optional.of(EventType.LIFT) : Optional.empty();
        }
        if (tok.isPos("VB") || tok.isPos("JJ")) {
            EventType v = Lexicon.VERBS.get(lemma);
            if (v == null) {
                return Optional.empty();
            }
            Set<String> prt = Lexicon.PARTICLE.get(lemma);
            // "cut access to X" means a ban without the particle: the object says what was cut
            if (prt != null && !t.hasChild(i, "compound:prt", prt) && !t.hasChild(i, "advmod", prt)
                    && !t.hasChild(i, "obj", Lexicon.ACCESS_NOUNS)) {
                return Optional.empty();
            }
            return Optional.of(v);
        }
        if (tok.isPos("NN")) {
            return Optional.ofNullable(Lexicon.NOUNS.get(lemma));
        }
        return Optional.empty();
    }

    /** The effective type: "lifted the ban" makes the ban noun a lift anchored at "lifted". */
    private static Reading read(Tree t, int i, EventType base) {
        int h = t.head(i);
        String rel = t.rel(i);
        if ((base == EventType.BAN || base == EventType.RESTRICT) && h >= 0 && Lexicon.UNDO.contains(t.lemma(h))
                && (rel.equals("obj") || rel.startsWith("nsubj:pass") || rel.startsWith("nmod") || rel.equals("nsubj")
                    && (Lexicon.VERBS.get(t.lemma(h)) == EventType.LIFT || !t.hasChild(h, "obj", Set.of())))) {
            return new Reading(EventType.LIFT, t.lemma(h), h, i, false);
        }
        if ((base == EventType.BAN || base == EventType.RESTRICT) && h >= 0 && imposes(t, h)
                && t.token(i).isPos("NN")) {
            return new Reading(base, t.lemma(h), h, i, false);
        }
        return new Reading(base, t.lemma(i), i, i, false);
    }

    /** "imposed", "put (in place)", "takes effect": a verb that puts the ban named by its argument in force. */
    static boolean imposes(Tree t, int h) {
        return Lexicon.IMPOSE.contains(t.lemma(h))
                || Lexicon.EFFECT_VERBS.contains(t.lemma(h)) && (t.hasChild(h, "obj", Set.of("effect"))
                        || t.hasChild(h, "obl", Set.of("effect", "force")));
    }

    /**
     * Whether trigger {@code i} acts on platform mention {@code p}: a confidence, or empty.
     * The platform must not be the trigger's agent ("Facebook blocked posts").
     */
    private Optional<Double> link(Tree t, int i, DocumentIndex.PlatformMention p, EventType base) {
        List<Integer> path = t.path(i, p.head(), MAX_PATH);
        if (path.size() < 2) {
            return Optional.empty();
        }
        String first = t.edge(path.get(0), path.get(1));
        // "services resumed", "Telegram resumed its services" (but not "Starlink restored internet access")
        boolean intransitiveLift = base == EventType.LIFT && first.startsWith("nsubj")
                && (!t.hasChild(i, "obj", Set.of()) || t.hasChild(i, "obj", Set.of("service", "operation")))
                // "Telegram was unblocked" tagged as an adjective with a copula: the subject is the patient
                || first.startsWith("nsubj") && (t.token(i).isPos("JJ") || t.hasChild(i, "cop", Set.of()))
                // "kept Facebook blocked", "ordered Telegram suspended": a participle small clause
                || first.startsWith("nsubj") && (t.token(i).pos().equals("VBN") || t.token(i).pos().equals("VBD")
                        && t.head(i) >= 0 && Lexicon.ORDER.contains(t.lemma(t.head(i))))
                && (t.rel(i).startsWith("xcomp") || t.rel(i).startsWith("ccomp")) && !t.hasChild(i, "aux", Set.of())
                // "the suspension ended": an undo verb with no object of its own
                || first.equals("nsubj") && t.token(i).isPos("VB") && !t.hasChild(i, "obj", Set.of())
                && base == EventType.LIFT;
        if (base == EventType.THREATEN && t.token(i).isPos("NN") && first.equals("^obj")
                && Lexicon.DELIVER.contains(t.lemma(path.get(1))) && path.size() == 3) {
            // "served a last warning on the app"
            return Optional.of(0.7);
        }
        boolean activeSubject = first.startsWith("nsubj") && !first.contains("pass");
        if (!intransitiveLift && (activeSubject || first.startsWith("obl:agent") || first.startsWith("obl:by")
                || first.startsWith("nmod:agent") || first.startsWith("nmod:by") || first.startsWith("^"))) {
            if (!(first.startsWith("^acl") || first.startsWith("^amod") || first.startsWith("^compound")
                    || first.startsWith("^xcomp") || first.startsWith("^ccomp")
                    || first.startsWith("^nsubj:pass") && t.token(i).isPos("NN"))) {
                return Optional.empty();
            }
        }
        if (t.token(i).isPos("NN") && bansSomethingElse(t, i, p.head()) && (first.startsWith("compound") || first.startsWith("nmod:poss"))) {
            // "YouTube's ban on election misinformation": the platform bans, it is not banned
            return Optional.empty();
        }
        for (int k = 1; k < path.size() - 1; k++) {
            int x = path.get(k);
            String l = t.lemma(x);
            boolean ok = Lexicon.TRANSPARENT.contains(l) || Lexicon.FEATURES.contains(l)
                    || Lexicon.ORDER.contains(l) && t.token(x).isPos("VB") || index.isPlatformToken(t.sentence.index(), x)
                    || t.token(x).isPos("CC") || Lexicon.PLATFORM_NOUNS.contains(l);
            String next = t.edge(x, path.get(k + 1));
            boolean cameUp = t.edge(path.get(k - 1), x).startsWith("^");
            boolean participle = t.token(i).pos().equals("VBN") || t.token(i).isPos("JJ");
            if (!ok || cameUp && !participle && t.token(x).isPos("VB") && next.startsWith("nsubj")
                    && !next.contains("pass")) {
                // "Instagram began restricting accounts": the subject of the verb above acts, it is not acted on
                return Optional.empty();
            }
        }
        return Optional.of(path.size() <= 3 ? 0.9 : 0.75);
    }

    /** "banned TikTok on government devices", "blocked X in two provinces": a partial measure. */
    private static boolean partialScope(Tree t, int trigger) {
        if (t.hasChild(trigger, "advmod", Set.of("partially", "partly", "intermittently"))) {
            return true;
        }
        for (int c : t.children(trigger)) {
            if (t.rel(c).startsWith("obl") && Lexicon.PARTIAL.contains(t.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    /** The verb of "the ban, imposed in 2023" / "the ban, which was enforced ..." on a ban noun, or -1. */
    private static int imposedBy(Tree t, int noun) {
        if (!t.token(noun).isPos("NN")) {
            return -1;
        }
        for (int c : t.children(noun)) {
            if (t.rel(c).startsWith("acl") && Lexicon.IMPOSE.contains(t.lemma(c))) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a ban noun says what it bans ("ban on nudity") and that is not a platform or access to one. */
    private boolean bansSomethingElse(Tree t, int noun, int platformHead) {
        for (int c : t.children(noun)) {
            if (t.rel(c).startsWith("nmod") && !t.rel(c).equals("nmod:poss")
                    && t.hasChild(c, "case", Set.of("on", "of", "against"))
                    && !index.isPlatformToken(t.sentence.index(), c) && !Lexicon.TRANSPARENT.contains(t.lemma(c))
                    && !Lexicon.PLATFORM_NOUNS.contains(t.lemma(c)) && c != platformHead) {
                return true;
            }
        }
        return false;
    }

    private static boolean viaFeature(Tree t, int trigger, int platformHead) {
        List<Integer> path = t.path(trigger, platformHead, MAX_PATH);
        for (int k = 1; k < path.size() - 1; k++) {
            if (Lexicon.FEATURES.contains(t.lemma(path.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** A trigger with no subject and no object of its own ("blocking mechanisms", "being blocked"). */
    private static boolean noArguments(Tree t, int i) {
        boolean underDuration = t.head(i) >= 0 && Set.of("day", "week", "month", "year").contains(t.lemma(t.head(i)));
        if (t.token(i).isPos("NN") && !t.lemma(i).equals("blocking") && !underDuration) {
            // "after seven months of suspension" is about the platform of the sentence; "the ban" alone is not
            return false;
        }
        for (int c : t.children(i)) {
            String r = t.rel(c);
            if (r.startsWith("nsubj") || r.equals("obj") || r.equals("nmod:poss") || r.equals("ccomp")) {
                return false;
            }
        }
        return !t.rel(i).startsWith("amod") || t.token(i).isPos("VBG") || t.token(i).isPos("NN");
    }

    /** "the ban", "this decision", "the order": a definite noun that points back to an earlier event. */
    private static boolean isReference(Tree t, int i) {
        if (!t.token(i).isPos("NN") || !Lexicon.EVENT_REFERENCES.contains(t.lemma(i))) {
            return false;
        }
        boolean definite = t.hasChild(i, "det", Set.of("the", "this", "that", "these", "such"))
                || t.hasChild(i, "nmod:poss", Set.of());
        if (!definite) {
            return false;
        }
        int h = t.head(i);
        if (h < 0) {
            return false;
        }
        String rel = t.rel(i);
        boolean argument = rel.equals("obj") || rel.startsWith("nsubj");
        return argument && (Lexicon.UNDO.contains(t.lemma(h)) || imposes(t, h))
                || rel.startsWith("nsubj") && Lexicon.NOUNS.containsKey(t.lemma(i)) && t.token(h).isPos("VB");
    }

    /** The platforms of the latest event of a compatible type ("the order" after an ordered ban). */
    private List<String> antecedent(List<Candidate> earlier, EventType type) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Candidate c = earlier.get(k);
            if (c.platform().isPresent() && c.type().isPlatformType()) {
                int sentence = c.sentence();
                return earlier.stream().filter(e -> e.sentence() == sentence && e.platform().isPresent()
                        && e.type().isPlatformType()).map(e -> e.platform().get()).distinct().toList();
            }
        }
        return index.mainPlatform.map(List::of).orElse(List.of());
    }

    /** Whether the speaker above the clause is an authority with a country (not "analysts"). */
    private boolean conditionalSpeaker(Tree t, int si, int anchor) {
        for (int x = t.head(anchor), g = 0; x >= 0 && g < 3; x = t.head(x), g++) {
            if (Lexicon.SPEECH.contains(t.lemma(x))) {
                int subj = t.child(x, "nsubj");
                return subj >= 0 && actors.at(si, subj).flatMap(Actors.Actor::country).isPresent();
            }
        }
        return false;
    }

    /**
     * Who acts: the trigger's subject, the passive "by" agent, a possessor ("Spain's ban"), else the
     * subject of the verbs above it; past operators who were ordered to act, to who ordered it.
     */
    private Optional<Actors.Actor> agent(Tree t, int si, Reading r) {
        int h = agentHead(t, si, r);
        return h < 0 ? Optional.empty() : actors.at(si, h);
    }

    /** "Iran and China block Facebook": the other countries coordinated with the agent. */
    private List<String> coordinatedCountries(Tree t, int si, Reading r) {
        int h = agentHead(t, si, r);
        List<String> out = new ArrayList<>();
        if (h < 0) {
            return out;
        }
        for (int c : t.children(h)) {
            if (t.rel(c).startsWith("conj")) {
                int[] span = Actors.span(t, c);
                index.placeIn(si, span[0], span[1]).filter(p -> p.kind() != CountryGazetteer.Kind.CAPITAL)
                        .ifPresent(p -> out.add(p.code()));
            }
        }
        return out;
    }

    private int agentHead(Tree t, int si, Reading r) {
        int k = r.anchor();
        boolean nominal = t.token(k).isPos("NN");
        for (int level = 0; k >= 0 && level < 5; level++) {
            for (int c : t.children(k)) {
                String rel = t.rel(c);
                boolean subj = rel.equals("nsubj") || rel.startsWith("obl:agent") || rel.equals("nmod:poss") && nominal
                        || rel.equals("obl") && t.hasChild(c, "case", Set.of("by")) && t.token(k).pos().equals("VBN");
                if (!subj || index.isPlatformToken(si, c)) {
                    continue;
                }
                Optional<Actors.Actor> a = actors.at(si, c);
                if (a.isEmpty() || a.get().entity().type() == newskg.model.EntityType.PLATFORM) {
                    continue;
                }
                String head = t.lemma(c);
                boolean intermediary = (head.equals("operator") || head.equals("provider") || head.equals("company"))
                        && level == 0;
                if (!intermediary) {
                    return c;
                }
            }
            String rel = t.rel(k);
            if (nominal && level == 0 && !(Lexicon.IMPOSE.contains(t.lemma(t.head(k) < 0 ? k : t.head(k))))) {
                break;
            }
            if (!(rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("acl") || rel.equals("obj")
                    || rel.startsWith("advcl") || rel.startsWith("nsubj:pass") || rel.startsWith("conj"))) {
                break;
            }
            k = t.head(k);
            nominal = false;
        }
        return -1;
    }

    /** "in Iraq" on the event's clause. */
    private Optional<String> locationOf(Tree t, int si, int anchor) {
        for (int c : t.children(anchor)) {
            if (t.rel(c).startsWith("obl") && t.hasChild(c, "case", Set.of("in", "across", "throughout"))) {
                Optional<CountryGazetteer.Place> p = index.placeIn(si, c, c + 1);
                if (p.isPresent()) {
                    return Optional.of(p.get().code());
                }
            }
        }
        return Optional.empty();
    }

    /** Who said it: the subject of a speech verb above the event. */
    private Optional<Entity> speaker(Tree t, int si, int anchor) {
        for (int x = t.head(anchor), g = 0; x >= 0 && g < 4; x = t.head(x), g++) {
            if (Lexicon.SPEECH.contains(t.lemma(x))) {
                int subj = t.child(x, "nsubj");
                if (subj >= 0) {
                    return actors.at(si, subj).map(Actors.Actor::entity);
                }
            }
        }
        return Optional.empty();
    }
}

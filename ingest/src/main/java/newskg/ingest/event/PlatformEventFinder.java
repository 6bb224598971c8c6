package newskg.ingest.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newskg.model.Entity;
import newskg.model.EntityType;
import newskg.model.EventType;
import newskg.model.Modality;

/**
 * Finds ban, restrict, lift and threaten events against platforms, sentence by sentence.
 *
 * <p>For each trigger word of the {@link Lexicon}: {@link Readings} says what it means in place
 * ("the ban" under "lifted" is a lift), {@link Patients} which platforms it acts on (from its
 * argument frame, through "access to" and lists), {@link Modalities} whether it happened, and the
 * clause gives agent, country and date. A definite "the ban" that acts on no platform of its own
 * refers back to the latest platform event of the article.
 *
 * <p>One instance per document: it remembers, in reading order, whether the latest ban word was
 * about a platform (so that "the ban" after "a travel ban" refers to nothing). Call {@link #find}
 * for sentences in order.
 */
final class PlatformEventFinder {
    private static final Set<String> DURATIONS = Set.of("hour", "day", "week", "month", "year", "decade", "time");
    private final DocumentIndex index;
    private final Lexicon lex;
    private final Actors actors;
    private final Dates dates;
    private final Patients patients;
    private final Readings readings;
    private final Modalities modalities;
    private final Agents agents;
    /** Whether the latest ban word read so far was about a platform; empty before the first. */
    private Optional<Boolean> lastTopicWasPlatform = Optional.empty();

    PlatformEventFinder(DocumentIndex index, Actors actors, Dates dates) {
        this.index = index;
        this.lex = index.lex;
        this.actors = actors;
        this.dates = dates;
        this.patients = new Patients(index);
        this.readings = new Readings(index.lex);
        this.modalities = new Modalities(index.lex);
        this.agents = new Agents(index, actors);
    }

    /** The platform events of sentence {@code si}; {@code earlier} holds those of the sentences before. */
    List<Candidate> find(int si, List<Candidate> earlier) {
        Tree t = index.trees.get(si);
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            Optional<Lexicon.Trigger> entry = lex.trigger(t, i);
            if (entry.isEmpty()) {
                // "the court suspended the order", "the decision was issued on Friday"
                referenceReading(t, i).ifPresent(r -> reference(out, seen, si, t, r, earlier, r.type() != EventType.LIFT));
                continue;
            }
            Optional<Readings.Reading> reading = readings.read(t, i, entry.get());
            List<Patients.Link> links = patients.of(si, i, entry.get());
            if (reading.isEmpty()) {
                lastTopicWasPlatform = Optional.of(!links.isEmpty());
                continue;
            }
            Readings.Reading r = reading.get();
            if (links.isEmpty()) {
                if (generic(t, i, entry.get())) {
                    lastTopicWasPlatform = Optional.of(true);
                    addGeneric(out, si, t, r);
                    // "blocked social networks on Wednesday": the platforms the text names around it
                    for (DocumentIndex.PlatformMention m : nearbyPlatforms(si)) {
                        add(out, seen, si, t, r, new Patients.Link(m, Patients.Route.NEARBY, false), entry.get().weak());
                    }
                } else if (isReference(t, i)) {
                    reference(out, seen, si, t, r, earlier, false);
                } else if (otherTopic(t, i) && (t.token(i).isPos("NN") || !entry.get().weak())) {
                    // "a travel ban", "banned phones in schools": "the ban" after them is not about a platform
                    // ("curbing the spread of misinformation" is another sense of the word, and says nothing)
                    lastTopicWasPlatform = Optional.of(false);
                }
                continue;
            }
            lastTopicWasPlatform = Optional.of(true);
            for (Patients.Link link : links) {
                EventType type = r.type();
                boolean partial = link.feature() || partialScope(t, i);
                if (type == EventType.BAN && partial) {
                    type = EventType.RESTRICT;
                }
                boolean weak = entry.get().weak() && !partial;
                add(out, seen, si, t, new Readings.Reading(type, r.action(), r.anchor(), i, false, r.undone()),
                        link, weak);
                if (r.type() == EventType.LIFT && r.undone().isPresent() && t.token(i).isPos("VB") && r.anchor() != i) {
                    // "reversed its decision to block TikTok": there was a block to reverse
                    add(out, seen, si, t, new Readings.Reading(r.undone().get(), t.lemma(i), i, i, false, Optional.empty()),
                            link, weak);
                }
                int imposed = imposedBy(t, i);
                if (r.type() == EventType.LIFT && imposed >= 0 && r.undone().isPresent()) {
                    // "the ban on TikTok, imposed in 2023, was lifted": the ban is an event too
                    add(out, seen, si, t, new Readings.Reading(r.undone().get(), t.lemma(imposed), imposed, i, false,
                            Optional.empty()), link, weak);
                }
            }
        }
        return out;
    }

    /**
     * "The ban was imposed last month", "the court suspended the order": a definite noun that
     * points back to the latest platform event of the article, whose platforms it takes.
     */
    private void reference(List<Candidate> out, Set<String> seen, int si, Tree t, Readings.Reading r,
                           List<Candidate> earlier, boolean anyType) {
        if (lastTopicWasPlatform.isEmpty() || !lastTopicWasPlatform.get()) {
            return;
        }
        if (r.type() != EventType.THREATEN
                && modalities.of(t, r.anchor(), r.trigger(), r.type()) == Modality.THREATENED) {
            // "critics warned that the block could disrupt commerce": talk about the ban, no new act
            return;
        }
        List<Candidate> before = new ArrayList<>(earlier);
        before.addAll(out);
        java.util.function.Predicate<Candidate> compatible = c -> c.platform().isPresent() && switch (r.type()) {
            // what is lifted is a ban or a restriction; "the blockade" after a restriction is that restriction
            // "an end to the ban" after "access to X was restored" is about that ban of X
            case LIFT -> restriction(c).isPresent() || c.type() == EventType.LIFT;
            case BAN, RESTRICT -> anyType ? c.type().isPlatformType() : restriction(c).isPresent();
            default -> anyType ? c.type().isPlatformType() : c.type() == r.type();
        };
        Optional<Candidate> last = before.stream().filter(compatible).reduce((a, b) -> b);
        if (last.isEmpty()) {
            return;
        }
        int sentence = last.get().sentence();
        Map<String, EventType> platforms = new java.util.LinkedHashMap<>();
        before.stream().filter(e -> e.sentence() == sentence && compatible.test(e))
                .forEach(e -> platforms.putIfAbsent(e.platform().get(), r.type() == EventType.LIFT
                        ? restriction(e).orElse(EventType.BAN) : anyType ? e.type() : restriction(e).orElse(e.type())));
        for (Map.Entry<String, EventType> p : platforms.entrySet()) {
            EventType type = r.type() == EventType.LIFT ? EventType.LIFT
                    : r.type() == EventType.THREATEN && !anyType ? EventType.THREATEN : p.getValue();
            DocumentIndex.PlatformMention pseudo = new DocumentIndex.PlatformMention(si, r.trigger(), r.trigger() + 1,
                    r.trigger(), p.getKey(), true, false);
            Patients.Link link = new Patients.Link(pseudo, Patients.Route.ANAPHOR, false);
            add(out, seen, si, t, new Readings.Reading(type, r.action(), r.anchor(), r.trigger(), true,
                    r.type() == EventType.LIFT ? Optional.of(p.getValue()) : r.undone()), link, false);
            int imposed = imposedBy(t, r.trigger());
            if (type == EventType.LIFT && imposed >= 0) {
                // "an end to the ban put in place in April 2017"
                add(out, seen, si, t, new Readings.Reading(p.getValue(), t.lemma(imposed), imposed, r.trigger(), true,
                        Optional.empty()), link, false);
            }
        }
    }

    /** The ban or restriction an event is or lifts ("lifted its ban on X" tells of a ban of X), if any. */
    private static Optional<EventType> restriction(Candidate c) {
        if (c.type() == EventType.BAN || c.type() == EventType.RESTRICT) {
            return Optional.of(c.type());
        }
        return c.type() == EventType.LIFT ? c.cues().undone() : Optional.empty();
    }

    private void add(List<Candidate> out, Set<String> seen, int si, Tree t, Readings.Reading r, Patients.Link link,
                     boolean weak) {
        String platform = link.mention().canonical();
        Modality modality = modalities.of(t, r.anchor(), r.trigger(), r.type());
        EventType type = r.type();
        Optional<Actors.Actor> agent = agents.agent(t, si, r.anchor());
        if (modality == Modality.THREATENED) {
            type = EventType.THREATEN;
        } else if (type == EventType.THREATEN && modality == Modality.OCCURRED) {
            // "gave Telegram an ultimatum": a threat made is a threatened act
            modality = Modality.THREATENED;
        }
        if ((modality == Modality.HYPOTHETICAL || modality == Modality.ANNOUNCED) && type != EventType.LIFT
                && conditionalThreat(t, si, r.anchor(), agent)) {
            // "Malaysia said it would block Telegram if the company failed to register",
            // "Moraes will order the suspension of X if Musk fails to comply": a threat
            type = EventType.THREATEN;
            modality = Modality.THREATENED;
        }
        if (modality == Modality.DENIED || modality == Modality.HYPOTHETICAL || agents.isCompany(agent, platform)
                || agents.generalAgent(t, r.anchor())) {
            // a denied, conditional or considered ban is no ban on a timeline, and neither is a
            // company withdrawing its own service or what "most governments" do: kept as an action,
            // not as a platform type
            type = EventType.OTHER;
        }
        if (!seen.add(type + "|" + platform + "|" + r.anchor())) {
            return;
        }
        Candidate.CountrySource source = Candidate.CountrySource.AGENT;
        Optional<String> country = agent.flatMap(Actors.Actor::country);
        if (country.isEmpty()) {
            country = agents.locationOf(t, si, r.anchor(), link.mention().head());
            source = Candidate.CountrySource.PLACE;
        }
        if (country.isEmpty()) {
            country = index.mainCountry;
            source = country.isPresent() ? Candidate.CountrySource.ARTICLE : Candidate.CountrySource.NONE;
        }
        final Modality stated = modality;
        // "an end to the ban imposed in 2017": the ban's own words date the ban, not its end
        int skip = type == EventType.LIFT && r.anchor() != r.trigger() ? r.trigger() : -1;
        Optional<Dates.Dated> date = dates.of(si, r.anchor(), skip).map(d -> dates.tense(d, stated));
        Optional<Dates.Dated> counted = dates.countedBack(t, si, r.trigger());
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
        Optional<Entity> speaker = agents.speaker(t, si, r.anchor());
        Candidate.Cues cues = new Candidate.Cues(link.route(), t.token(r.trigger()).isPos("NN"), weak,
                link.mention().discovered(), source, 1, r.undone(), toldAsEarlier(t, r.anchor()));
        for (String other : agents.coordinatedCountries(t, si, r.anchor())) {
            out.add(new Candidate(si, r.anchor(), type, r.action(), Optional.of(index.countryEntity(other)),
                    Optional.of(p), Optional.of(platform), Optional.of(other), date, modality, speaker, 0.5,
                    r.reference(), new Candidate.Cues(link.route(), cues.nominal(), weak, cues.discovered(),
                            Candidate.CountrySource.COORDINATED, 1, r.undone(), cues.earlier())));
        }
        out.add(new Candidate(si, r.anchor(), type, r.action(), agent.map(Actors.Actor::entity), Optional.of(p),
                Optional.of(platform), country, date, modality, speaker, 0.5, r.reference(), cues));
    }

    private static final int NEARBY_SENTENCES = 2;

    /**
     * The named platforms an act on platforms in general is about: those of its own sentence, else
     * of the nearest sentence that names some (the one before first), at most two sentences away.
     * Platforms that are the subject of a clause ("Twitter and WhatsApp remain available") are left out.
     */
    private List<DocumentIndex.PlatformMention> nearbyPlatforms(int si) {
        for (int d = 0; d <= NEARBY_SENTENCES; d++) {
            for (int s : d == 0 ? new int[] {si} : new int[] {si - d, si + d}) {
                if (s < 0 || s >= index.trees.size()) {
                    continue;
                }
                Tree ts = index.trees.get(s);
                List<DocumentIndex.PlatformMention> named = index.platforms.get(s).stream()
                        .filter(m -> !m.anaphor() && !subject(ts, m.head())).toList();
                if (!named.isEmpty()) {
                    return named;
                }
            }
        }
        return List.of();
    }

    /** Whether token {@code h} is a subject, or a conjunct of one. */
    private static boolean subject(Tree t, int h) {
        int k = h;
        while (t.rel(k).startsWith("conj") && t.head(k) >= 0) {
            k = t.head(k);
        }
        return t.rel(k).equals("nsubj");
    }

    /** Whether the trigger acts on platforms in general: "moved to block major social media platforms". */
    private boolean generic(Tree t, int i, Lexicon.Trigger e) {
        for (int h : patients.heads(t, i, e)) {
            String l = t.lemma(h);
            boolean connectivity = t.children(h).stream().anyMatch(c -> lex.in(Lexicon.Words.CONNECTIVITY, t.lemma(c)));
            // "social media" are platforms; "state media" are not
            boolean media = l.equals("media") || l.equals("medium");
            boolean social = t.children(h).stream().anyMatch(c -> t.lemma(c).equals("social"));
            if (lex.in(Lexicon.Words.PLATFORM_CLASS, l) && (!media || social) && !t.token(h).isPos("NNP") && !connectivity) {
                return true;
            }
        }
        return false;
    }

    /**
     * An act on platforms in general: no event of its own, but its date is the article's narrative
     * time for the named platforms of the same act (see {@link EventMerger}).
     */
    private void addGeneric(List<Candidate> out, int si, Tree t, Readings.Reading r) {
        Modality modality = modalities.of(t, r.anchor(), r.trigger(), r.type());
        if (modality != Modality.OCCURRED && modality != Modality.ANNOUNCED) {
            return;
        }
        Optional<Actors.Actor> agent = agents.agent(t, si, r.anchor());
        Optional<String> country = agent.flatMap(Actors.Actor::country).or(() -> index.mainCountry);
        Optional<Dates.Dated> date = dates.of(si, r.anchor()).map(d -> dates.tense(d, modality));
        out.add(new Candidate(si, r.anchor(), r.type(), r.action(), agent.map(Actors.Actor::entity), Optional.empty(),
                Optional.empty(), country, date, modality, Optional.empty(), 0.0, false, Candidate.Cues.NONE));
    }

    private static final Set<String> EARLIER = Set.of("earlier", "previously", "formerly", "already", "once", "initially");

    /**
     * Whether the clause tells of a time before the article's news: "earlier", "previously". Such an
     * act does not take the narrative time of the news.
     */
    private boolean toldAsEarlier(Tree t, int anchor) {
        for (int k = anchor, g = 0; k >= 0 && g < 3; k = t.head(k), g++) {
            for (int c : t.children(k)) {
                String r = t.rel(c);
                // not the past perfect alone: reported speech backshifts ("had been made inaccessible, the agency said")
                if (r.equals("advmod") && EARLIER.contains(t.token(c).word().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            if (!t.rel(k).startsWith("xcomp") && !t.rel(k).startsWith("conj") && !t.token(k).isPos("NN")) {
                break;
            }
        }
        return false;
    }

    /** A conditional act ("if", "unless") announced by an authority with a country: a threat. */
    private boolean conditionalThreat(Tree t, int si, int anchor, Optional<Actors.Actor> agent) {
        boolean condition = false;
        for (int k = anchor, g = 0; k >= 0 && g < 4 && !condition; k = t.head(k), g++) {
            condition = modalities.conditional(t, k);
        }
        if (!condition) {
            return false;
        }
        if (agent.flatMap(Actors.Actor::country).isPresent()) {
            return true;
        }
        return modalities.speechAbove(t, anchor) && agents.speakerCountry(t, si, anchor);
    }

    /** "banned TikTok on government devices", "blocked X in two provinces": a partial measure. */
    private boolean partialScope(Tree t, int trigger) {
        if (t.hasChild(trigger, "advmod", lex.words(Lexicon.Words.PARTIAL_ADVERB))) {
            return true;
        }
        for (int c : t.children(trigger)) {
            if (t.rel(c).startsWith("obl") && lex.in(Lexicon.Words.PARTIAL, t.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    /** The verb of "the ban, imposed in 2023" / "the ban, which was enforced ..." on a ban noun, or -1. */
    private int imposedBy(Tree t, int noun) {
        if (!t.token(noun).isPos("NN")) {
            return -1;
        }
        for (int c : t.children(noun)) {
            if (t.rel(c).startsWith("acl") && lex.in(Lexicon.Words.IMPOSE, t.lemma(c))) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a ban word is about something that is no platform: "a travel ban", "banned mobile phones". */
    private boolean otherTopic(Tree t, int i) {
        for (int c : t.children(i)) {
            String r = t.rel(c);
            boolean argument = t.token(i).isPos("NN") ? r.equals("compound") || r.startsWith("nmod") && !r.equals("nmod:poss")
                    && Set.of("on", "of", "against").contains(Patients.preposition(t, c))
                    : r.equals("obj") || r.equals("nsubj:pass");
            String l = t.lemma(c);
            // "the two-year block" is no block of years
            boolean duration = DURATIONS.contains(l) || !t.token(c).ner().equals("O") && !t.token(c).ner().equals("MISC");
            if (argument && t.token(c).isPos("NN") && !duration && !lex.in(Lexicon.Words.TRANSPARENT, l)
                    && !lex.in(Lexicon.Words.PLATFORM_CLASS, l) && !lex.in(Lexicon.Words.EVENT_REFERENCE, l)
                    && !lex.in(Lexicon.Words.ORDER_NOUN, l) && lex.entry(l, Lexicon.Pos.NOUN).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a time expression hangs on the noun or on a participle modifying it: "the order, issued Friday". */
    private boolean dated(Tree t, int noun) {
        for (newskg.ingest.nlp.NerMention m : t.sentence.mentions()) {
            if (!m.isTemporal()) {
                continue;
            }
            int mh = DocumentIndex.spanHead(t, m.firstToken(), m.endToken());
            int d = t.depthBelow(noun, mh);
            if (d == 1 || d == 2 && t.rel(t.head(mh)).startsWith("acl")) {
                return true;
            }
        }
        return false;
    }

    /** The reading of an order noun that refers back: a lift under an undo verb, else the act it refers to. */
    private Optional<Readings.Reading> referenceReading(Tree t, int i) {
        if (!t.token(i).isPos("NN") || !lex.in(Lexicon.Words.EVENT_REFERENCE, t.lemma(i)) || !isReference(t, i)) {
            return Optional.empty();
        }
        int h = t.head(i);
        if (lex.in(Lexicon.Words.UNDO, t.lemma(h))) {
            return Optional.of(new Readings.Reading(EventType.LIFT, t.lemma(h), h, i, true, Optional.empty()));
        }
        // the type is the antecedent's; BAN here is replaced by it in reference()
        return Optional.of(new Readings.Reading(EventType.BAN, t.lemma(h), h, i, true, Optional.empty()));
    }

    /** "the ban", "this decision", "the order": a definite noun that points back to an earlier event. */
    private boolean isReference(Tree t, int i) {
        if (!t.token(i).isPos("NN") || !(lex.in(Lexicon.Words.EVENT_REFERENCE, t.lemma(i))
                || lex.entry(t.lemma(i), Lexicon.Pos.NOUN).isPresent()) || otherTopic(t, i)) {
            return false;
        }
        boolean definite = t.hasChild(i, "det", Set.of("the", "this", "that", "these", "such"))
                || t.hasChild(i, "nmod:poss", Set.of());
        int h = t.head(i);
        if (!definite || h < 0 && !dated(t, i)) {
            return false;
        }
        String rel = t.rel(i);
        boolean argument = rel.equals("obj") || rel.startsWith("nsubj");
        if (dated(t, i)) {
            return true; // "The ultimatum, delivered Friday, ...", "Friday's order"
        }
        if (rel.startsWith("nsubj") && lex.in(Lexicon.Words.SPEECH, t.lemma(h))) {
            return true; // "The development was disclosed by the minister on Monday"
        }
        return argument && (lex.in(Lexicon.Words.UNDO, t.lemma(h)) || readings.imposes(t, h))
                || rel.startsWith("nsubj") && lex.entry(t.lemma(i), Lexicon.Pos.NOUN).isPresent() && t.token(h).isPos("VB");
    }
}

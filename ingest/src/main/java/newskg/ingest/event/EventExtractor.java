package newskg.ingest.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import newskg.ingest.nlp.AnnotatedDocument;
import newskg.ingest.nlp.Sentence;
import newskg.model.Entity;
import newskg.model.Event;
import newskg.model.Evidence;
import newskg.model.Extraction;
import newskg.model.Problem;

/**
 * Finds entities and events in an annotated article: platform bans, restrictions, lifts and
 * threats (merged per article), and every other action with an identifiable agent.
 *
 * <p>Immutable and thread-safe: the gazetteers are loaded once in {@link #create()}.
 *
 * <pre>{@code
 * EventExtractor x = EventExtractor.create();
 * Extraction result = x.extract(annotatedDocument);
 * result.platformEvents();   // ban Telegram IQ 2023-W33, lift Telegram IQ ...
 * }</pre>
 */
public final class EventExtractor {
    private final PlatformGazetteer platforms;
    private final CountryGazetteer countries;
    private final Lexicon lexicon;
    private final Confidence confidence;

    private EventExtractor(PlatformGazetteer platforms, CountryGazetteer countries, Lexicon lexicon,
                           Confidence confidence) {
        this.platforms = platforms;
        this.countries = countries;
        this.lexicon = lexicon;
        this.confidence = confidence;
    }

    /** Loads the gazetteers, the lexicon and the confidence model from the class path. */
    public static EventExtractor create() {
        return new EventExtractor(PlatformGazetteer.load(), CountryGazetteer.load(), Lexicon.load(), Confidence.load());
    }

    /** The entities and events of one document; {@code problems} are passed through into the result. */
    public Extraction extract(AnnotatedDocument doc, List<Problem> problems) {
        DocumentIndex index = new DocumentIndex(doc, platforms, countries, lexicon);
        Actors actors = new Actors(index);
        Dates dates = new Dates(index);
        ActionFinder actionFinder = new ActionFinder(index, actors, dates);
        List<Candidate> merged = platformEvents(index, actors, dates);
        // The merged event keeps one sentence; the other sentences' verbs stay actions of their own
        // ("revoke", "unblock", "issue"), typed by the action lexicon, so no platform event repeats.
        Set<String> taken = new HashSet<>();
        merged.forEach(c -> taken.add(c.sentence() + ":" + c.anchor()));
        List<Candidate> all = new ArrayList<>(merged);
        for (int si = 0; si < doc.sentences().size(); si++) {
            Set<Integer> inSentence = new HashSet<>();
            for (int i = 0; i < doc.sentences().get(si).tokens().size(); i++) {
                if (taken.contains(si + ":" + i)) {
                    inSentence.add(i);
                }
            }
            all.addAll(actionFinder.find(si, inSentence));
        }
        all.sort(java.util.Comparator.comparingInt(Candidate::sentence));
        all = sceneDates(all, doc.docDate());
        // every name first, so that an event's agent carries the fullest name the article gives ("Kim Jong Un", not "Kim")
        registerNamedEntities(index, actors);
        List<Event> events = new ArrayList<>();
        for (Candidate c : all) {
            events.add(toEvent(doc, index, c));
        }
        index.mainCountry.filter(c -> !c.contains("-")).ifPresent(index::countryEntity);
        List<Entity> entities = index.entities.all();
        return new Extraction(doc.article(), entities, events, problems);
    }

    /** How many sentences back an undated action looks for a dated act of the same agent. */
    private static final int SCENE_SENTENCES = 3;

    /**
     * An action the text does not date, by an agent whose previous act a few sentences before is
     * dated, happened in the same scene ("Oli resigned on Sunday ... Oli said ..."): it takes that
     * date when it lies around the publication. Platform events are dated by {@link EventMerger}.
     */
    private static List<Candidate> sceneDates(List<Candidate> all, java.util.Optional<java.time.LocalDate> published) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            boolean undated = c.date().isEmpty() || c.date().get().basis() == Dates.Basis.PUBLICATION;
            if (c.type().isPlatformType() || !undated || c.agent().isEmpty() || published.isEmpty()) {
                out.add(c);
                continue;
            }
            java.util.Optional<Dates.Dated> scene = java.util.Optional.empty();
            for (int k = out.size() - 1; k >= 0; k--) {
                Candidate o = out.get(k);
                if (o.sentence() < c.sentence() - SCENE_SENTENCES) {
                    break;
                }
                if (o.agent().isPresent() && o.agent().get().name().equals(c.agent().get().name()) && o.date().isPresent()
                        && o.date().get().basis().compareTo(Dates.Basis.SENTENCE) >= 0
                        && java.lang.Math.abs(java.time.temporal.ChronoUnit.DAYS.between(o.date().get().value().start(),
                                published.get())) <= 7) {
                    scene = o.date().map(d -> new Dates.Dated(d.value(), Dates.Basis.NARRATIVE));
                    break;
                }
            }
            out.add(scene.isPresent() ? c.withDate(scene) : c);
        }
        return out;
    }

    /** The platform events of one document, merged, each with its confidence. */
    private List<Candidate> platformEvents(DocumentIndex index, Actors actors, Dates dates) {
        return EventMerger.merge(statements(index, actors, dates), index.doc.docDate(), dates.dateline()).stream()
                .map(c -> c.type().isPlatformType() ? c.withConfidence(confidence.of(c)) : c).toList();
    }

    /** Every platform statement of the document, before merging. */
    private static List<Candidate> statements(DocumentIndex index, Actors actors, Dates dates) {
        PlatformEventFinder platformFinder = new PlatformEventFinder(index, actors, dates);
        List<Candidate> out = new ArrayList<>();
        for (int si = 0; si < index.doc.sentences().size(); si++) {
            out.addAll(platformFinder.find(si, out));
        }
        return out;
    }

    /** For tools that study the rules (the debug and calibration harnesses): statements, merged events, features. */
    record Trace(List<Candidate> statements, List<Candidate> events, List<java.util.Map<String, Double>> features) {
    }

    Trace trace(AnnotatedDocument doc) {
        DocumentIndex index = new DocumentIndex(doc, platforms, countries, lexicon);
        Actors actors = new Actors(index);
        Dates dates = new Dates(index);
        List<Candidate> statements = statements(index, actors, dates);
        List<Candidate> events = platformEvents(index, actors, dates).stream()
                .filter(c -> c.type().isPlatformType()).toList();
        return new Trace(statements, events, events.stream().map(confidence::features).toList());
    }

    /**
     * Every person, organisation, place and country the article names, not only those in events:
     * researchers query who is mentioned too.
     */
    private static void registerNamedEntities(DocumentIndex index, Actors actors) {
        for (int si = 0; si < index.doc.sentences().size(); si++) {
            Tree t = index.trees.get(si);
            for (newskg.ingest.nlp.NerMention m : t.sentence.mentions()) {
                if (m.type().equals("PERSON") || m.type().equals("ORGANIZATION") || m.type().equals("LOCATION")) {
                    int head = DocumentIndex.spanHead(t, m.firstToken(), m.endToken());
                    if (!index.isPlatformToken(si, head)) {
                        actors.at(si, head);
                    }
                }
            }
            for (CountryGazetteer.Match m : index.places.get(si)) {
                CountryGazetteer.Place p = m.place();
                if (p.kind() == CountryGazetteer.Kind.STATE || p.kind() == CountryGazetteer.Kind.CAPITAL) {
                    index.entities.add(t.sentence.text(index.doc.body(), m.from(), m.to()),
                            newskg.model.EntityType.PLACE, Optional.of(p.code()), Optional.empty());
                } else {
                    index.countryEntity(p.code());
                }
            }
        }
    }

    private static Event toEvent(AnnotatedDocument doc, DocumentIndex index, Candidate c) {
        Sentence s = doc.sentences().get(c.sentence());
        Evidence evidence = Evidence.of(doc.body(), s.begin(), s.end());
        Event.Builder b = Event.builder(c.type(), c.action(), evidence)
                .modality(c.modality()).confidence(Math.max(0.0, Math.min(1.0, c.confidence())));
        c.agent().map(index.entities::current).ifPresent(b::agent);
        c.target().map(index.entities::current).ifPresent(b::target);
        c.platform().ifPresent(p -> b.platform(index.platformEntity(p)));
        c.country().ifPresent(b::country);
        c.date().ifPresent(d -> b.date(d.value()));
        c.speaker().map(index.entities::current).ifPresent(b::attributedTo);
        return b.build();
    }
}

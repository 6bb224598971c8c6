package newskg.ingest.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import newskg.model.Entity;
import newskg.model.EventType;
import newskg.model.Modality;

/**
 * Every other action of a sentence: a verb (or an action noun such as "the ministry's request")
 * with an identifiable agent, typed as statement, request, comply, reject or other by the word
 * classes of {@link Lexicon}, with its target, date and modality.
 *
 * <p>The agent is the verb's subject or passive "by" agent; an infinitive, participle or
 * conjoined verb without a subject of its own takes the subject of the verb it depends on
 * ("diplomats have been trying to end the war", "adding that ..."). The target is the object
 * (with its conjuncts), the passive subject, a prepositional complement, or for verbs of saying
 * what the reported clause is about.
 */
final class ActionFinder {
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("to", "with", "on", "against", "about", "for",
            "over", "into");

    private final DocumentIndex index;
    private final Lexicon lex;
    private final Actors actors;
    private final Dates dates;
    private final Modalities modalities;

    ActionFinder(DocumentIndex index, Actors actors, Dates dates) {
        this.index = index;
        this.lex = index.lex;
        this.actors = actors;
        this.dates = dates;
        this.modalities = new Modalities(index.lex);
    }

    List<Candidate> find(int si, Set<Integer> taken) {
        Tree t = index.trees.get(si);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Optional<EventType> nounType = lex.actionNoun(t.lemma(i));
            if (nounType.isEmpty() || !t.token(i).isPos("NN") || taken.contains(i)) {
                continue;
            }
            Optional<Actors.Actor> agent = nounAgent(t, si, i);
            if (agent.isPresent()) {
                out.add(new Candidate(si, i, nounType.get(), t.lemma(i), Optional.of(agent.get().entity()),
                        nounTarget(t, si, i), Optional.empty(), Optional.empty(), dates.of(si, i), Modality.OCCURRED,
                        Optional.empty(), 0.5, false, Candidate.Cues.NONE));
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (!t.token(i).isPos("VB") || taken.contains(i)) {
                continue;
            }
            String lemma = t.lemma(i);
            String rel = t.rel(i);
            if (lex.in(Lexicon.Words.STATE_VERB, lemma) || rel.startsWith("aux") || rel.equals("cop")
                    || rel.startsWith("amod") || !lemma.matches("\\p{L}+") || i < index.datelineEnd(si)) {
                continue;
            }
            Optional<Actors.Actor> agent = agent(t, si, i);
            if (agent.isEmpty()) {
                continue;
            }
            Optional<Entity> target = target(t, si, i).filter(x -> !x.name().equals(agent.get().entity().name()));
            EventType type = type(lemma);
            Modality modality = modalities.of(t, i, i, type);
            out.add(new Candidate(si, i, type, lemma, Optional.of(agent.get().entity()), target, Optional.empty(),
                    Optional.empty(), dates.of(si, i), modality, Optional.empty(),
                    agent.get().resolved() ? 0.5 : 0.65, false, Candidate.Cues.NONE));
        }
        return out;
    }

    private EventType type(String lemma) {
        if (lex.in(Lexicon.Words.STATEMENT_VERB, lemma)) {
            return EventType.STATEMENT;
        }
        if (lex.in(Lexicon.Words.REQUEST_VERB, lemma)) {
            return EventType.REQUEST;
        }
        if (lex.in(Lexicon.Words.COMPLY_VERB, lemma)) {
            return EventType.COMPLY;
        }
        if (lex.in(Lexicon.Words.REJECT_VERB, lemma)) {
            return EventType.REJECT;
        }
        return EventType.OTHER;
    }

    /** Who acts in a noun action: a possessor, a proper-name modifier ("a Reuters inquiry"), "of"/"by" someone, a demonym. */
    private Optional<Actors.Actor> nounAgent(Tree t, int si, int n) {
        for (int c : t.children(n)) {
            String r = t.rel(c);
            boolean named = r.equals("compound") && t.token(c).isPos("NNP");
            boolean byOf = r.startsWith("nmod") && t.hasChild(c, "case", Set.of("of", "by", "from"))
                    && !t.lemma(n).equals("response");
            // "a late-night Russian strike": the demonym names who acts
            boolean demonym = r.equals("amod") && index.placeIn(si, c, c + 1).isPresent();
            if (r.equals("nmod:poss") || named || byOf || demonym) {
                Optional<Actors.Actor> a = demonym ? index.placeIn(si, c, c + 1)
                        .map(p -> new Actors.Actor(index.countryEntity(p.code()), Optional.of(p.code()), false))
                        : actors.at(si, c);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /** What a noun action is about: "a strike on Kharkiv", "the request for data". */
    private Optional<Entity> nounTarget(Tree t, int si, int n) {
        for (int c : t.children(n)) {
            if (t.rel(c).startsWith("nmod") && !t.rel(c).equals("nmod:poss")
                    && TARGET_PREPOSITIONS.contains(Patients.preposition(t, c)) && !temporal(t, c)) {
                return actors.thing(si, c);
            }
        }
        return Optional.empty();
    }

    /**
     * The verb's subject or "by" agent; for an infinitive, participle or conjunct without one, the
     * subject of the verb it depends on ("trying to end", "adding that", "met and agreed").
     */
    private Optional<Actors.Actor> agent(Tree t, int si, int v) {
        int k = v;
        for (int level = 0; k >= 0 && level < 4; level++) {
            boolean ownSubject = false;
            for (int c : t.children(k)) {
                String r = t.rel(c);
                // "the firm's refusal to cooperate": the possessor of the noun above acts
                boolean possessor = level > 0 && r.equals("nmod:poss") && t.token(k).isPos("NN");
                boolean byAgent = r.startsWith("obl") && t.hasChild(c, "case", Set.of("by"))
                        && t.token(k).pos().equals("VBN");
                if (r.equals("nsubj") || r.startsWith("obl:agent") || byAgent || possessor) {
                    ownSubject |= r.equals("nsubj");
                    Optional<Actors.Actor> a = actors.at(si, c);
                    if (a.isPresent()) {
                        return a;
                    }
                }
                ownSubject |= r.startsWith("nsubj");
            }
            String rel = t.rel(k);
            boolean dependent = rel.startsWith("xcomp") || rel.startsWith("conj")
                    || rel.startsWith("advcl") && (t.token(k).pos().equals("VBG") || t.hasChild(k, "mark", Set.of("to")));
            if (ownSubject || !dependent) {
                break;
            }
            k = t.head(k);
        }
        return Optional.empty();
    }

    /**
     * What the action is done to: its object with its conjuncts; the passive subject; a
     * prepositional complement; for "promised to abide by the rules" the complement's object; for
     * a verb of saying, what the reported clause is about (its subject, else its object).
     */
    private Optional<Entity> target(Tree t, int si, int v) {
        return target(t, si, v, 0);
    }

    private Optional<Entity> target(Tree t, int si, int v, int depth) {
        for (String r : List.of("obj", "nsubj:pass", "iobj")) {
            int c = t.child(v, r);
            if (c >= 0 && !temporal(t, c)) {
                return actors.thing(si, c);
            }
        }
        for (int c : t.children(v)) {
            if (t.rel(c).startsWith("obl") && TARGET_PREPOSITIONS.contains(Patients.preposition(t, c)) && !temporal(t, c)) {
                return actors.thing(si, c);
            }
        }
        if (depth == 0) {
            boolean speech = lex.in(Lexicon.Words.STATEMENT_VERB, t.lemma(v));
            for (String r : List.of("ccomp", "xcomp", "parataxis")) {
                int c = t.child(v, r);
                if (c < 0 || !(t.token(c).isPos("VB") || t.hasChild(c, "cop", Set.of()))) {
                    continue;
                }
                int subject = t.child(c, "nsubj");
                if (speech && subject >= 0 && !t.token(subject).isPos("PRP") && !temporal(t, subject)) {
                    // "said a ceasefire agreement was reached": the agreement is what was said about
                    return actors.thing(si, subject);
                }
                return target(t, si, c, 1);
            }
        }
        return Optional.empty();
    }

    /** Whether a noun is a time expression ("on Sunday", "last week"): never a target. */
    private static boolean temporal(Tree t, int c) {
        String ner = t.token(c).ner();
        return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || t.rel(c).contains("tmod");
    }
}

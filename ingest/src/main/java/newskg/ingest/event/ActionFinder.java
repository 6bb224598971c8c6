package newskg.ingest.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newskg.model.Entity;
import newskg.model.EventType;
import newskg.model.Modality;

/**
 * Every other action of a sentence: a verb with an identifiable agent, typed as statement,
 * request, comply, reject or other, with its target, date and modality.
 */
final class ActionFinder {
    private static final Map<String, EventType> TYPES = types();
    /** Verbs that carry no action of their own (auxiliaries, copulas, light verbs). */
    private static final Set<String> SKIP = Set.of("be", "have", "do", "get", "become", "seem", "remain", "include",
            "use", "make", "base", "can", "will", "would", "could", "should", "may", "might", "must");

    private final DocumentIndex index;
    private final Actors actors;
    private final Dates dates;

    ActionFinder(DocumentIndex index, Actors actors, Dates dates) {
        this.index = index;
        this.actors = actors;
        this.dates = dates;
    }

    private static Map<String, EventType> types() {
        Map<String, EventType> m = new java.util.HashMap<>();
        for (String s : List.of("say", "announce", "declare", "clarify", "state", "add", "tell", "report", "stress",
                "highlight", "confirm", "explain", "claim", "describe", "criticise", "criticize", "condemn", "deny",
                "warn", "allege", "argue", "complain", "denounce", "name", "convey", "express", "cite", "specify",
                "note", "write", "reiterate", "emphasize", "emphasise", "accuse", "praise", "congratulate",
                "answer", "insist", "mention", "comment", "publish", "draw", "suggest", "signal")) {
            m.put(s, EventType.STATEMENT);
        }
        for (String s : List.of("ask", "request", "demand", "order", "direct", "instruct", "urge", "call", "appeal",
                "issue", "require", "summon", "press", "petition")) {
            m.put(s, EventType.REQUEST);
        }
        for (String s : List.of("comply", "agree", "cooperate", "respond", "pledge", "promise", "fulfill", "fulfil",
                "accept", "collaborate", "honour", "honor", "obey", "respect", "showcase", "engage", "interact")) {
            m.put(s, EventType.COMPLY);
        }
        for (String s : List.of("refuse", "reject", "decline", "defy", "resist", "ignore", "fail")) {
            m.put(s, EventType.REJECT);
        }
        return Map.copyOf(m);
    }

    List<Candidate> find(int si, Set<Integer> taken) {
        Tree t = index.trees.get(si);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.token(i).isPos("VB") || taken.contains(i)) {
                continue;
            }
            String lemma = t.lemma(i);
            String rel = t.rel(i);
            if (SKIP.contains(lemma) || rel.startsWith("aux") || rel.equals("cop") || rel.startsWith("amod")
                    || !lemma.matches("\\p{L}+")) {
                continue;
            }
            Optional<Actors.Actor> agent = agent(t, si, i);
            if (agent.isEmpty()) {
                continue;
            }
            Optional<Entity> target = target(t, si, i);
            EventType type = TYPES.getOrDefault(lemma, EventType.OTHER);
            Modality modality = t.hasChild(i, "advmod", Set.of("not", "n't", "never")) ? Modality.DENIED
                    : t.hasChild(i, "aux", Set.of("will", "shall", "'ll", "wo")) ? Modality.ANNOUNCED
                    : t.hasChild(i, "aux", Set.of("would", "could", "might", "may")) ? Modality.HYPOTHETICAL
                    : Modality.OCCURRED;
            out.add(new Candidate(si, i, type, lemma, Optional.of(agent.get().entity()), target, Optional.empty(),
                    Optional.empty(), dates.of(si, i), modality, Optional.empty(),
                    agent.get().resolved() ? 0.5 : 0.65, false));
        }
        return out;
    }

    /** The verb's subject; for an infinitive or participle without one, the subject of the verb above. */
    private Optional<Actors.Actor> agent(Tree t, int si, int v) {
        int k = v;
        for (int level = 0; k >= 0 && level < 3; level++) {
            for (int c : t.children(k)) {
                String r = t.rel(c);
                if (r.equals("nsubj") || r.startsWith("obl:agent")) {
                    Optional<Actors.Actor> a = actors.at(si, c);
                    if (a.isPresent()) {
                        return a;
                    }
                }
            }
            String rel = t.rel(k);
            if (!(rel.startsWith("xcomp") || rel.startsWith("conj"))) {
                break;
            }
            k = t.head(k);
        }
        return Optional.empty();
    }

    private Optional<Entity> target(Tree t, int si, int v) {
        for (String r : List.of("obj", "nsubj:pass", "iobj")) {
            int c = t.child(v, r);
            if (c >= 0) {
                return actors.thing(si, c);
            }
        }
        for (int c : t.children(v)) {
            if (t.rel(c).startsWith("obl") && t.hasChild(c, "case", Set.of("to", "with", "on", "against"))) {
                return actors.thing(si, c);
            }
        }
        return Optional.empty();
    }
}

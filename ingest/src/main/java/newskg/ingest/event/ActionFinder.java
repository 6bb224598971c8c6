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
    private final Modalities modalities;

    ActionFinder(DocumentIndex index, Actors actors, Dates dates) {
        this.index = index;
        this.actors = actors;
        this.dates = dates;
        this.modalities = new Modalities(index.lex);
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

    /** Nouns that state an action when the phrase names who acts ("security authorities' requests"). */
    private static final Map<String, EventType> NOUN_ACTIONS = Map.ofEntries(
            Map.entry("request", EventType.REQUEST), Map.entry("demand", EventType.REQUEST),
            Map.entry("appeal", EventType.REQUEST), Map.entry("order", EventType.REQUEST),
            Map.entry("call", EventType.REQUEST), Map.entry("inquiry", EventType.REQUEST),
            Map.entry("response", EventType.COMPLY), Map.entry("compliance", EventType.COMPLY),
            Map.entry("agreement", EventType.COMPLY), Map.entry("cooperation", EventType.COMPLY),
            Map.entry("pledge", EventType.COMPLY), Map.entry("refusal", EventType.REJECT),
            Map.entry("rejection", EventType.REJECT), Map.entry("statement", EventType.STATEMENT),
            Map.entry("announcement", EventType.STATEMENT), Map.entry("warning", EventType.STATEMENT),
            Map.entry("denial", EventType.STATEMENT), Map.entry("criticism", EventType.STATEMENT));

    List<Candidate> find(int si, Set<Integer> taken) {
        Tree t = index.trees.get(si);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            EventType nounType = NOUN_ACTIONS.get(t.lemma(i));
            if (nounType == null || !t.token(i).isPos("NN") || taken.contains(i)) {
                continue;
            }
            Optional<Actors.Actor> agent = nounAgent(t, si, i);
            if (agent.isPresent()) {
                out.add(new Candidate(si, i, nounType, t.lemma(i), Optional.of(agent.get().entity()), Optional.empty(),
                        Optional.empty(), Optional.empty(), dates.of(si, i), Modality.OCCURRED, Optional.empty(), 0.5,
                        false, Candidate.Cues.NONE));
            }
        }
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
            Modality modality = modalities.of(t, i, i, type);
            out.add(new Candidate(si, i, type, lemma, Optional.of(agent.get().entity()), target, Optional.empty(),
                    Optional.empty(), dates.of(si, i), modality, Optional.empty(),
                    agent.get().resolved() ? 0.5 : 0.65, false, Candidate.Cues.NONE));
        }
        return out;
    }

    /** Who acts in a noun action: a possessor, a proper-name modifier ("a Reuters inquiry"), "of"/"by" someone. */
    private Optional<Actors.Actor> nounAgent(Tree t, int si, int n) {
        for (int c : t.children(n)) {
            String r = t.rel(c);
            boolean named = r.equals("compound") && t.token(c).isPos("NNP");
            boolean byOf = r.startsWith("nmod") && t.hasChild(c, "case", Set.of("of", "by", "from"))
                    && !t.lemma(n).equals("response");
            if (r.equals("nmod:poss") || named || byOf) {
                Optional<Actors.Actor> a = actors.at(si, c);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /** The verb's subject; for an infinitive or participle without one, the subject of the verb above. */
    private Optional<Actors.Actor> agent(Tree t, int si, int v) {
        int k = v;
        for (int level = 0; k >= 0 && level < 3; level++) {
            for (int c : t.children(k)) {
                String r = t.rel(c);
                // "the firm's refusal to cooperate": the possessor of the noun above acts
                boolean possessor = level > 0 && r.equals("nmod:poss") && t.token(k).isPos("NN");
                if (r.equals("nsubj") || r.startsWith("obl:agent") || possessor) {
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

    /**
     * What the action is done to: its object; for "promised to abide by the rules" or "said
     * that it would end the ban", the object of the complement clause.
     */
    private Optional<Entity> target(Tree t, int si, int v) {
        return target(t, si, v, 0);
    }

    private Optional<Entity> target(Tree t, int si, int v, int depth) {
        for (String r : List.of("obj", "nsubj:pass", "iobj")) {
            int c = t.child(v, r);
            if (c >= 0) {
                return actors.thing(si, c);
            }
        }
        for (int c : t.children(v)) {
            if (t.rel(c).startsWith("obl") && t.hasChild(c, "case", Set.of("to", "with", "on", "against", "about"))) {
                return actors.thing(si, c);
            }
        }
        if (depth == 0) {
            for (String r : List.of("ccomp", "xcomp")) {
                int c = t.child(v, r);
                if (c >= 0 && t.token(c).isPos("VB")) {
                    return target(t, si, c, 1);
                }
            }
        }
        return Optional.empty();
    }
}

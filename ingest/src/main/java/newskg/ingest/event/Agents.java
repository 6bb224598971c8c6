package newskg.ingest.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import newskg.model.Entity;
import newskg.model.EntityType;

/**
 * Who acts in a platform event, for which country, and who reports it: the clause's subject or
 * "by" agent, a possessor ("Spain's ban"), else the subject of the verbs above ("ordered operators
 * to block" gives the one who ordered); "in Iraq" on the clause; the subject of a speech verb.
 */
final class Agents {
    private static final int MAX_CLIMB = 5;

    private final DocumentIndex index;
    private final Actors actors;
    private final Lexicon lex;

    Agents(DocumentIndex index, Actors actors) {
        this.index = index;
        this.actors = actors;
        this.lex = index.lex;
    }

    /** The actor of the act anchored at {@code anchor}, when the text names one. */
    Optional<Actors.Actor> agent(Tree t, int si, int anchor) {
        int h = agentHead(t, si, anchor);
        return h < 0 ? Optional.empty() : actors.at(si, h);
    }

    /** "Iran and China block Facebook": the other countries coordinated with the agent. */
    List<String> coordinatedCountries(Tree t, int si, int anchor) {
        int h = agentHead(t, si, anchor);
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

    /**
     * Whether the act is a company's own: the agent is a platform or a technology company that runs
     * platforms ("Meta suspended Threads in Turkey", "Uber halts services"), which is no state ban.
     */
    boolean isCompany(Optional<Actors.Actor> agent, String platform) {
        if (agent.isEmpty()) {
            return false;
        }
        Entity e = agent.get().entity();
        if (e.type() == EntityType.PLATFORM) {
            return true;
        }
        if (e.type() != EntityType.ORGANIZATION || agent.get().country().isPresent()) {
            return false;
        }
        for (String w : e.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (lex.in(Lexicon.Words.COMPANY, w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> QUANTIFIERS = Set.of("most", "many", "some", "other", "several", "few", "all",
            "numerous", "various");

    /** Whether the act is told of governments in general: "Most governments have banned Facebook". */
    boolean generalAgent(Tree t, int anchor) {
        int subj = t.child(anchor, "nsubj");
        return subj >= 0 && t.token(subj).pos().equals("NNS") && (t.hasChild(subj, "amod", QUANTIFIERS)
                || t.hasChild(subj, "det", QUANTIFIERS));
    }

    private int agentHead(Tree t, int si, int anchor) {
        int k = anchor;
        boolean nominal = t.token(k).isPos("NN");
        for (int level = 0; k >= 0 && level < MAX_CLIMB; level++) {
            for (int c : t.children(k)) {
                String rel = t.rel(c);
                boolean subj = rel.equals("nsubj") || rel.startsWith("obl:agent") || rel.equals("nmod:poss") && nominal
                        || rel.equals("obl") && t.hasChild(c, "case", Set.of("by")) && t.token(k).pos().equals("VBN")
                        || nominal && rel.startsWith("nmod") && t.hasChild(c, "case", Set.of("by"));
                if (!subj || index.isPlatformToken(si, c)) {
                    continue;
                }
                Optional<Actors.Actor> a = actors.at(si, c);
                if (a.isEmpty() || a.get().entity().type() == EntityType.PLATFORM) {
                    continue;
                }
                boolean intermediary = lex.in(Lexicon.Words.INTERMEDIARY, t.lemma(c)) && level == 0;
                if (!intermediary) {
                    return c;
                }
            }
            String rel = t.rel(k);
            if (nominal && level == 0 && !lex.in(Lexicon.Words.IMPOSE, t.lemma(t.head(k) < 0 ? k : t.head(k)))) {
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

    /**
     * The country where the act applies when no agent gives one: "in Iraq" on the clause or on the
     * platform ("access to Telegram in Iraq"), "Iraqi users".
     */
    Optional<String> locationOf(Tree t, int si, int anchor, int platformHead) {
        for (int node : new int[] {anchor, platformHead}) {
            if (node < 0) {
                continue;
            }
            for (int c : t.children(node)) {
                if ((t.rel(c).startsWith("obl") || t.rel(c).startsWith("nmod"))
                        && t.hasChild(c, "case", Set.of("in", "across", "throughout"))) {
                    Optional<CountryGazetteer.Place> p = index.placeIn(si, c, c + 1);
                    if (p.isPresent()) {
                        return Optional.of(p.get().code());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Who said it: the subject of a speech verb above the event. */
    Optional<Entity> speaker(Tree t, int si, int anchor) {
        for (int x = t.head(anchor), g = 0; x >= 0 && g < 4; x = t.head(x), g++) {
            if (lex.in(Lexicon.Words.SPEECH, t.lemma(x))) {
                int subj = t.child(x, "nsubj");
                if (subj >= 0) {
                    return actors.at(si, subj).map(Actors.Actor::entity);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the speaker above the clause is an authority with a country (not "analysts"). */
    boolean speakerCountry(Tree t, int si, int anchor) {
        for (int x = t.head(anchor), g = 0; x >= 0 && g < 3; x = t.head(x), g++) {
            if (lex.in(Lexicon.Words.SPEECH, t.lemma(x))) {
                int subj = t.child(x, "nsubj");
                return subj >= 0 && actors.at(si, subj).flatMap(Actors.Actor::country).isPresent();
            }
        }
        return false;
    }
}

package newskg.ingest.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import newskg.ingest.nlp.Dependency;

/**
 * The platforms a trigger word acts on, found from the argument frame of the word
 * ({@link Lexicon.Frame}) and not from how close the platform happens to be:
 * <ol>
 * <li>the word's own arguments: the object of an active verb, the subject of a passive or
 *     adjectival one, the noun a participle modifies ("the apps banned in India"), the complement
 *     of a noun ("the ban on X", "the X ban", "X's suspension"), the "on" of a light verb ("imposed
 *     restrictions on X") or the subject of one ("X faces a ban");</li>
 * <li>from there, down through nouns that stand between an act and a platform ("access to X",
 *     "the services of X", "voice calls on X") and, for lifts, through the ban that is lifted
 *     ("lifted the ban on X", "revoked the order blocking X");</li>
 * <li>a platform noun stands for its members ("26 sites, including Facebook and X", "platforms
 *     such as X", "the platforms blocked include X");</li>
 * <li>every platform coordinated with one found, by the parse or as the text lists them.</li>
 * </ol>
 */
final class Patients {
    /** How a platform was reached; the confidence model weighs them. */
    enum Route { DIRECT, THROUGH, MEMBER, LIST, CONTROL, ANAPHOR, NEARBY }

    /**
     * One platform acted on.
     *
     * @param feature the path passed through a part of the platform ("voice calls on WhatsApp")
     */
    record Link(DocumentIndex.PlatformMention mention, Route route, boolean feature) {
    }

    private static final Set<String> PREPOSITIONS = Set.of("to", "of", "on", "for", "against", "over", "including",
            "such as", "like", "among");
    private static final Set<String> MEMBER_PREPOSITIONS = Set.of("including", "such as", "like", "among");
    private static final int MAX_DEPTH = 4;

    private final DocumentIndex index;
    private final Lexicon lex;

    Patients(DocumentIndex index) {
        this.index = index;
        this.lex = index.lex;
    }

    /** The platforms trigger {@code trig} of sentence {@code si} acts on, each once, in the best route found. */
    List<Link> of(int si, int trig, Lexicon.Trigger entry) {
        Tree t = index.trees.get(si);
        Map<DocumentIndex.PlatformMention, Link> found = new LinkedHashMap<>();
        boolean throughBans = entry.type() == newskg.model.EventType.LIFT;
        for (int h : heads(t, trig, entry)) {
            descend(t, h, 0, throughBans, false, Route.DIRECT, found);
        }
        if (found.isEmpty()) {
            for (int h : controller(t, trig)) {
                descend(t, h, 0, false, false, Route.CONTROL, found);
            }
        }
        for (Link l : List.copyOf(found.values())) {
            for (DocumentIndex.PlatformMention m : coordinated(t, l.mention())) {
                found.putIfAbsent(m, new Link(m, Route.LIST, l.feature()));
            }
        }
        if (featureArgument(t, trig)) {
            return found.values().stream().map(l -> new Link(l.mention(), l.route(), true)).toList();
        }
        return List.copyOf(found.values());
    }

    /**
     * Whether the act is on a part of a platform even where the parse lost the path to it:
     * "suspended new downloads of the app DeepSeek" parsed with "downloads" as a subject.
     */
    private boolean featureArgument(Tree t, int trig) {
        for (int c : t.children(trig)) {
            String r = t.rel(c);
            if (!(r.equals("obj") || r.equals("nsubj:pass") || r.equals("ccomp") || r.equals("xcomp") || r.equals("dep"))) {
                continue;
            }
            if (lex.in(Lexicon.Words.FEATURE, t.lemma(c)) && t.token(c).isPos("NN")) {
                return true;
            }
            for (int g : t.children(c)) {
                if (t.rel(g).equals("nsubj") && lex.in(Lexicon.Words.FEATURE, t.lemma(g))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tokens that are the trigger's own argument slots for the platform. */
    List<Integer> heads(Tree t, int i, Lexicon.Trigger e) {
        List<Integer> out = new ArrayList<>();
        String pos = t.token(i).pos();
        boolean noun = pos.startsWith("NN");
        if (e.frame() == Lexicon.Frame.SUBJECT) {
            boolean objects = false;
            boolean platformObject = false;
            for (int c : t.children(i)) {
                if (t.rel(c).equals("obj")) {
                    objects = true;
                    platformObject |= lex.in(Lexicon.Words.TRANSPARENT, t.lemma(c))
                            || lex.in(Lexicon.Words.PLATFORM_CLASS, t.lemma(c)) || isPlatform(t, c);
                }
            }
            if (objects && !platformObject) {
                return List.of(); // "talks resumed" has no object; "Iran resumed talks" is no lift
            }
            addChildren(t, i, out, "nsubj", "nsubj:pass", "obj");
            for (Dependency d : t.outEdges(i)) {
                if (d.relation().contains("xsubj")) {
                    out.add(d.dependent()); // "authorized X to resume operations"
                }
            }
            if (out.isEmpty() && t.head(i) >= 0) {
                addChildren(t, t.head(i), out, "nsubj", "nsubj:pass");
            }
            return out;
        }
        if (!noun) {
            addChildren(t, i, out, "obj", "nsubj:pass");
            for (Dependency d : t.outEdges(i)) {
                if (d.relation().contains("xsubj")) {
                    out.add(d.dependent()); // "Telegram remained blocked"
                }
            }
            String rel = t.rel(i);
            int h = t.head(i);
            // "ordered YouTube blocked": a participle the tagger took for a past tense
            boolean ordered = pos.equals("VBD") && h >= 0 && lex.in(Lexicon.Words.ORDER, t.lemma(h))
                    && (rel.startsWith("ccomp") || rel.startsWith("xcomp")) && t.child(i, "obj") < 0
                    && t.child(i, "aux") < 0;
            // "has suspended" is an active perfect, not a participle
            boolean perfect = t.hasChild(i, "aux", Set.of("have"));
            boolean participle = pos.equals("VBN") && !perfect || pos.startsWith("JJ") || ordered;
            if (participle) {
                addChildren(t, i, out, "nsubj"); // "Telegram is blocked" tagged as an adjective
            }
            if (h >= 0 && participle && (rel.equals("acl") || rel.equals("amod"))) {
                out.add(h); // "the apps banned in India", "banned apps"
            }
            if (h >= 0 && participle && rel.equals("xcomp")) {
                // "kept Facebook blocked", "ordered X suspended"; without an object, "Facebook remains blocked"
                boolean object = t.child(h, "obj") >= 0;
                addChildren(t, h, out, object ? "obj" : "nsubj");
            }
            for (Dependency d : t.outEdges(i)) {
                // "YouTube, which the government has been slowing down": the relative pronoun is its antecedent
                if ((d.relation().equals("obj") || d.relation().equals("nsubj:pass")) && !out.contains(d.dependent())) {
                    out.add(d.dependent());
                }
            }
            if (out.isEmpty() && !participle) {
                // a parse that made the object a clause: "blocks [Google Search, Facebook and YouTube]",
                // "will block [TikTok starting from Monday]"
                for (int c : t.children(i)) {
                    if (t.rel(c).equals("ccomp") || t.rel(c).equals("dep") || t.rel(c).equals("xcomp")) {
                        if (isPlatform(t, c)) {
                            out.add(c);
                        }
                        for (int g : t.children(c)) {
                            if (t.rel(g).equals("nsubj") && isPlatform(t, g)) {
                                out.add(g);
                            }
                        }
                    }
                }
            }
            int subject = t.child(i, "nsubj");
            if (out.isEmpty() && subject >= 0 && lex.in(Lexicon.Words.PLATFORM_CLASS, t.lemma(subject))) {
                // "The platforms blocked include X, Y and Z", parsed with "blocked" as the main verb
                for (int c : t.children(i)) {
                    if (t.lemma(c).equals("include") && !t.rel(c).startsWith("nsubj")) {
                        addChildren(t, c, out, "obj");
                    }
                }
            }
            return out;
        }
        boolean otherTopic = false;
        for (int c : t.children(i)) {
            String r = t.rel(c);
            String p = preposition(t, c);
            if (r.startsWith("nmod") && !r.equals("nmod:poss") && PREPOSITIONS.contains(p)) {
                out.add(c);
                otherTopic |= !reachesPlatform(t, c);
            }
        }
        for (int c : t.children(i)) {
            // "the TikTok ban"; but in "the Instagram ban on nudity" Instagram bans
            if (t.rel(c).equals("compound") && (!otherTopic || !isPlatform(t, c))) {
                out.add(c);
            }
        }
        int poss = t.child(i, "nmod:poss");
        if (poss >= 0 && !otherTopic) {
            // "Telegram's suspension"; but in "YouTube's ban on misinformation" YouTube bans
            out.add(poss);
        }
        int h = t.head(i);
        String rel = t.rel(i);
        if (h >= 0 && rel.equals("obj")) {
            // "imposed restrictions on X", "slapped a ban on X"
            for (int c : t.children(h)) {
                if (t.rel(c).startsWith("obl") && Set.of("on", "against").contains(preposition(t, c))) {
                    out.add(c);
                }
            }
            if (lex.in(Lexicon.Words.LIGHT, t.lemma(h))) {
                addChildren(t, h, out, "nsubj"); // "WhatsApp faces a total block"
            }
            if (lex.in(Lexicon.Words.DELIVER, t.lemma(h))) {
                // "issued a final notice to the app", "gave Telegram an ultimatum"
                addChildren(t, h, out, "iobj");
                for (int c : t.children(h)) {
                    if (t.rel(c).startsWith("obl") && Set.of("to", "on").contains(preposition(t, c))) {
                        out.add(c);
                    }
                }
            }
        }
        for (int c : t.children(i)) {
            if (t.rel(c).startsWith("acl") && t.token(c).isPos("VB")) {
                // "the ban imposed on TikTok", "restrictions placed on X"
                for (int g : t.children(c)) {
                    if (t.rel(g).startsWith("obl") && Set.of("on", "against").contains(preposition(t, g))) {
                        out.add(g);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "X is back after being blocked", "Twitter returned after seven months of suspension": a
     * passive or bare trigger with no argument of its own is about the subject of the clause it
     * hangs on.
     */
    private List<Integer> controller(Tree t, int i) {
        boolean passive = t.hasChild(i, "aux:pass", Set.of()) || t.token(i).pos().equals("VBN");
        // a bare noun only under "after" or a duration: "after months of suspension", not "opposed to restrictions"
        boolean bareNoun = t.token(i).isPos("NN") && t.children(i).stream().noneMatch(c -> t.rel(c).startsWith("nmod")
                || t.rel(c).equals("compound") || t.rel(c).equals("det") && !t.lemma(c).equals("a"))
                && (Set.of("after", "following").contains(preposition(t, i)) || t.head(i) >= 0
                        && Set.of("hour", "day", "week", "month", "year").contains(t.lemma(t.head(i))));
        if (!passive && !bareNoun) {
            return List.of();
        }
        int k = i;
        boolean sawDuration = false;
        for (int up = 0; up < 3 && t.head(k) >= 0; up++) {
            String rel = t.rel(k);
            // "after being blocked", "after months of suspension", "a week of being blocked"
            boolean duration = Set.of("hour", "day", "week", "month", "year").contains(t.lemma(t.head(k)));
            sawDuration |= duration;
            if (!(rel.startsWith("advcl") || rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("acl")
                    && (duration || !t.token(t.head(k)).isPos("NN")))) {
                return List.of();
            }
            k = t.head(k);
            if (t.token(k).isPos("VB") || t.hasChild(k, "cop", Set.of())) {
                List<Integer> out = new ArrayList<>();
                addChildren(t, k, out, "nsubj", "nsubj:pass");
                if (sawDuration) {
                    // "regained access to TikTok after two weeks of blocking"
                    addChildren(t, k, out, "obj");
                }
                return out;
            }
        }
        return List.of();
    }

    private void descend(Tree t, int h, int depth, boolean throughBans, boolean feature, Route route,
                         Map<DocumentIndex.PlatformMention, Link> found) {
        boolean hit = false;
        for (DocumentIndex.PlatformMention m : index.platforms.get(t.sentence.index())) {
            if (h >= m.from() && h < m.to() || m.head() == h) {
                Route r = m.anaphor() ? Route.ANAPHOR : depth == 0 || route != Route.DIRECT ? route : Route.THROUGH;
                found.putIfAbsent(m, new Link(m, r, feature));
                hit = true;
            }
        }
        if (hit) {
            return;
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        String l = t.lemma(h);
        boolean isClass = lex.in(Lexicon.Words.PLATFORM_CLASS, l);
        boolean isFeature = lex.in(Lexicon.Words.FEATURE, l);
        boolean isBan = throughBans && (lex.entry(l, Lexicon.Pos.NOUN).isPresent() || lex.in(Lexicon.Words.ORDER_NOUN, l));
        // "the Telegram messaging app": a compound chain of platform words
        boolean modifier = t.rel(h).equals("compound") && lex.in(Lexicon.Words.PLATFORM_MODIFIER, l);
        if (!(isClass || isFeature || isBan || modifier || lex.in(Lexicon.Words.TRANSPARENT, l))) {
            return;
        }
        boolean f = feature || isFeature && !isClass;
        for (int c : t.children(h)) {
            String r = t.rel(c);
            String p = preposition(t, c);
            boolean member = MEMBER_PREPOSITIONS.contains(p) || r.equals("appos");
            if (r.startsWith("nmod") && !r.equals("nmod:poss") && PREPOSITIONS.contains(p) || r.equals("obl") && p.equals("on")
                    || r.equals("compound") || r.equals("nmod:poss") || r.equals("appos") || r.equals("flat")) {
                descend(t, c, depth + 1, throughBans, f, member && isClass ? Route.MEMBER : route, found);
            }
            if (isBan && (r.startsWith("acl") || r.equals("xcomp")) && t.token(c).isPos("VB")) {
                // "the order blocking X", "requirements to restrict access to Telegram"
                for (int g : t.children(c)) {
                    if (t.rel(g).equals("obj") || t.rel(g).equals("nsubj:pass")) {
                        descend(t, g, depth + 1, throughBans, f, route, found);
                    }
                }
            }
        }
        if (isClass) {
            members(t, h, depth, f, found);
        }
    }

    /** The members of a platform noun: its conjuncts that are platforms, and what it "includes". */
    private void members(Tree t, int h, int depth, boolean feature, Map<DocumentIndex.PlatformMention, Link> found) {
        List<Integer> group = new ArrayList<>(List.of(h));
        int top = h;
        while (t.rel(top).startsWith("conj") && t.head(top) >= 0) {
            top = t.head(top);
            group.add(top);
        }
        for (int c : t.children(top)) {
            if (t.rel(c).startsWith("conj")) {
                group.add(c);
            }
        }
        for (int g : group) {
            if (g != h && isPlatform(t, g)) {
                descend(t, g, depth + 1, false, feature, Route.MEMBER, found);
            }
        }
        int v = t.head(h);
        // "The blocked platforms include Facebook", "the banned apps are TikTok and WeChat"
        if (v >= 0 && t.rel(h).startsWith("nsubj") && (t.lemma(v).equals("include") || t.hasChild(v, "cop", Set.of()))) {
            if (t.lemma(v).equals("include")) {
                for (int o : t.children(v)) {
                    if (t.rel(o).equals("obj")) {
                        descend(t, o, depth + 1, false, feature, Route.MEMBER, found);
                    }
                }
            } else {
                descend(t, v, depth + 1, false, feature, Route.MEMBER, found);
            }
        }
        // a parse that makes "include" a dependent of the participle: "The platforms blocked include X"
        int p = t.head(h) >= 0 ? t.head(h) : -1;
        if (p >= 0) {
            for (int c : t.children(p)) {
                if (t.lemma(c).equals("include") && c != h && !t.rel(c).startsWith("nsubj")) {
                    for (int o : t.children(c)) {
                        if (t.rel(o).equals("obj")) {
                            descend(t, o, depth + 1, false, feature, Route.MEMBER, found);
                        }
                    }
                }
            }
        }
    }

    /** Platforms coordinated with {@code m}: conjuncts in the parse and members of the same written list. */
    private List<DocumentIndex.PlatformMention> coordinated(Tree t, DocumentIndex.PlatformMention m) {
        List<DocumentIndex.PlatformMention> out = new ArrayList<>();
        if (m.anaphor()) {
            return out;
        }
        for (DocumentIndex.PlatformMention o : index.listOf(m)) {
            if (o != m) {
                out.add(o);
            }
        }
        List<Integer> conj = new ArrayList<>(t.enhancedChildren(m.head(), "conj"));
        for (Dependency d : t.inEdges(m.head())) {
            if (d.relation().startsWith("conj")) {
                conj.add(d.governor());
                conj.addAll(t.enhancedChildren(d.governor(), "conj"));
            }
        }
        for (int c : conj) {
            for (DocumentIndex.PlatformMention o : index.platforms.get(t.sentence.index())) {
                if (!o.anaphor() && o != m && (c >= o.from() && c < o.to()) && !out.contains(o)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private boolean isPlatform(Tree t, int i) {
        return index.isPlatformToken(t.sentence.index(), i);
    }

    /** Whether a noun leads to a platform: it is one, or a transparent noun over one ("access to X"). */
    private boolean reachesPlatform(Tree t, int c) {
        Map<DocumentIndex.PlatformMention, Link> probe = new LinkedHashMap<>();
        descend(t, c, 0, false, false, Route.DIRECT, probe);
        return !probe.isEmpty() || lex.in(Lexicon.Words.TRANSPARENT, t.lemma(c))
                || lex.in(Lexicon.Words.PLATFORM_CLASS, t.lemma(c));
    }

    /** The preposition of a nominal ("on" for "on Telegram", "such as" for "such as X"), or "". */
    static String preposition(Tree t, int c) {
        for (int k : t.children(c)) {
            if (t.rel(k).equals("case")) {
                // the word, not the lemma: "including" is lemmatised to "include"
                String p = t.token(k).word().toLowerCase(java.util.Locale.ROOT);
                for (int f : t.children(k)) {
                    if (t.rel(f).equals("fixed")) {
                        p = p + " " + t.token(f).word().toLowerCase(java.util.Locale.ROOT);
                    }
                }
                return p;
            }
        }
        return "";
    }

    private static void addChildren(Tree t, int i, List<Integer> out, String... rels) {
        for (int c : t.children(i)) {
            for (String r : rels) {
                if (t.rel(c).equals(r)) {
                    out.add(c);
                }
            }
        }
    }
}

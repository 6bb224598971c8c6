package newskg.ingest.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import newskg.ingest.nlp.NerMention;
import newskg.model.Entity;
import newskg.model.EntityType;

/**
 * Turns the token that heads an agent or target into an entity: expands it to its noun phrase
 * ("Iraq's Ministry of Telecommunications", not "Ministry"), ties it to a country through
 * possessives, demonyms and states, and resolves pronouns and definite descriptions ("it",
 * "the ministry", "the company") to what the article named before.
 */
final class Actors {
    static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "them", "him", "her", "its", "their",
            "i", "me", "us", "our", "my");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "we", "us", "our", "my");
    /** Plural descriptions of two actors named before: "the two countries", "both sides", "the pair". */
    private static final Set<String> PAIR_NOUNS = Set.of("country", "nation", "side", "leader", "pair", "party",
            "government", "state", "man", "president", "minister", "rival", "neighbour", "neighbor");
    private static final Set<String> NP_RELS = Set.of("compound", "amod", "flat", "nmod:poss", "case", "nmod:of",
            "nmod", "conj", "cc", "nummod", "compound:prt");

    private final DocumentIndex index;

    Actors(DocumentIndex index) {
        this.index = index;
    }

    /** An actor with the country it acts for, when known. */
    record Actor(Entity entity, Optional<String> country, boolean resolved) {
    }

    /** The actor headed by token {@code h} of sentence {@code si}, resolving pronouns and "the ministry". */
    Optional<Actor> at(int si, int h) {
        return at(si, h, 0);
    }

    private Optional<Actor> at(int si, int h, int depth) {
        Tree t = index.trees.get(si);
        String lemma = t.lemma(h);
        if (depth > 2) {
            return Optional.empty();
        }
        for (DocumentIndex.PlatformMention m : index.platforms.get(si)) {
            if (h >= m.from() && h < m.to() || m.head() == h) {
                return Optional.of(new Actor(index.platformEntity(m.canonical()), Optional.empty(), m.anaphor()));
            }
        }
        if (h < index.datelineEnd(si)) {
            // "KATHMANDU, Nepal (AP) - ...": the dateline names where the story was filed, nobody who acts
            return Optional.empty();
        }
        if (PRONOUNS.contains(lemma) && t.token(h).isPos("PRP")) {
            return FIRST_PERSON.contains(lemma) ? speaker(si, depth) : pronoun(si, h, depth);
        }
        if (pair(t, h)) {
            return coordination(si, h, depth);
        }
        int[] span = span(t, h);
        span[0] = Math.max(span[0], index.datelineEnd(si));
        boolean bare = span[1] - span[0] == 1 || (span[1] - span[0] == 2 && t.lemma(span[0]).matches("the|this"));
        // "the company said": the platform the article is about; not "the platforms" (several)
        if (bare && t.token(h).pos().equals("NN") && (lemma.equals("company") || lemma.equals("platform") || lemma.equals("app"))) {
            return index.mainPlatform.map(p -> new Actor(index.platformEntity(p), Optional.empty(), true));
        }
        Optional<String> country = index.placeIn(si, span[0], span[1]).map(CountryGazetteer.Place::code);
        Optional<NerMention> ner = index.nerAt(si, h);
        String nerType = ner.map(NerMention::type).orElse("O");
        String text = clean(t.sentence.text(index.doc.body(), span[0], span[1]));
        if (bare && index.lex.in(Lexicon.Words.AUTHORITY, lemma) && nerType.equals("O")) {
            Optional<Actor> earlier = earlier(si, h, lemma);
            if (earlier.isPresent()) {
                return earlier;
            }
        }
        EntityType type;
        if (index.placeIn(si, h, h + 1).isPresent() && !nerType.equals("ORGANIZATION")
                && !nerType.equals("PERSON") && !t.token(h).isPos("JJ")) {
            CountryGazetteer.Place p = index.placeIn(si, h, h + 1).get();
            Entity e = p.kind() == CountryGazetteer.Kind.STATE
                    ? index.entities.add(p.name(), EntityType.PLACE, Optional.of(p.code()), Optional.empty())
                    : index.countryEntity(p.code());
            return Optional.of(new Actor(e, Optional.of(p.code()), false));
        } else if (nerType.equals("PERSON")) {
            type = EntityType.PERSON;
            text = clean(ner.get().text());
        } else if (nerType.equals("ORGANIZATION") || index.lex.in(Lexicon.Words.AUTHORITY, lemma) && !index.lex.in(Lexicon.Words.PERSON_TITLE, lemma)) {
            type = EntityType.ORGANIZATION;
        } else if (index.lex.in(Lexicon.Words.PERSON_TITLE, lemma)) {
            type = EntityType.PERSON;
        } else if (nerType.equals("LOCATION")) {
            type = EntityType.PLACE;
        } else if (index.lex.in(Lexicon.Words.PERSON_NOUN, lemma) && t.token(h).isPos("NN")) {
            // "diplomats", "demonstrators", "an international traveler": people who act, named by what they are
            type = EntityType.PERSON;
        } else if (index.lex.in(Lexicon.Words.GROUP_NOUN, lemma) && t.token(h).isPos("NN")) {
            type = EntityType.ORGANIZATION;
        } else if ((t.token(h).pos().equals("NNPS") || t.token(h).isPos("NNP") && nerType.equals("MISC")) && h > 0
                && !nerType.equals("DATE")) {
            // "the Maoists", "Histadrut": a proper name NER did not type
            type = EntityType.ORGANIZATION;
        } else {
            return Optional.empty();
        }
        if (country.isEmpty() && (lemma.equals("government") || lemma.equals("authority")) ) {
            country = index.mainCountry;
        }
        Entity e = index.entities.add(text, type, country, Optional.empty());
        return Optional.of(new Actor(e, country.or(e::country), false));
    }

    /** Any noun phrase as a target: an actor when it is one, else the phrase itself. */
    Optional<Entity> thing(int si, int h) {
        Optional<Actor> a = at(si, h);
        if (a.isPresent()) {
            return Optional.of(a.get().entity());
        }
        Tree t = index.trees.get(si);
        if (!t.token(h).isPos("NN") && !t.token(h).isPos("PRP")) {
            return Optional.empty();
        }
        int[] span = phrase(t, h);
        String text = clean(t.sentence.text(index.doc.body(), span[0], span[1]));
        return text.isBlank() ? Optional.empty() : Optional.of(Entity.of(text, EntityType.OTHER));
    }

    private static final int MAX_PHRASE = 14;
    private static final Set<String> NOT_IN_PHRASE = Set.of("appos", "parataxis", "punct", "dep", "cc:preconj");

    /**
     * The whole noun phrase of a target, with its complements and clauses ("efforts to help end the
     * war in Yemen", "the way he was forced to resign"), without appositions and asides; the shorter
     * phrase of {@link #span(Tree, int, boolean)} when that would run too long.
     */
    static int[] phrase(Tree t, int h) {
        int lo = h;
        int hi = h;
        List<Integer> todo = new ArrayList<>(List.of(h));
        while (!todo.isEmpty()) {
            int x = todo.remove(todo.size() - 1);
            for (int c : t.children(x)) {
                String r = t.rel(c);
                if (NOT_IN_PHRASE.contains(r) || x == h && r.equals("case")) {
                    continue;
                }
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
                todo.add(c);
            }
        }
        while (lo < h && (t.token(lo).isPos("DT") || t.token(lo).pos().equals(",") || t.token(lo).isPos("IN"))) {
            lo++;
        }
        while (hi > h && (t.token(hi).pos().equals(",") || t.token(hi).pos().equals(".") || t.token(hi).isPos("CC"))) {
            hi--;
        }
        return hi - lo + 1 > MAX_PHRASE ? span(t, h, true) : new int[] {lo, hi + 1};
    }

    private Optional<Actor> pronoun(int si, int h, int depth) {
        Tree t = index.trees.get(si);
        String lemma = t.lemma(h);
        boolean person = lemma.equals("he") || lemma.equals("she") || lemma.equals("him") || lemma.equals("her");
        // "the regulator said (on Monday) it had blocked ...": "it" is the speaker
        int k = t.head(h);
        for (int guard = 0; k >= 0 && guard < 4; guard++, k = t.head(k)) {
            if (index.lex.in(Lexicon.Words.SPEECH, t.lemma(k))) {
                int subj = t.child(k, "nsubj");
                if (subj >= 0 && subj != h && !Actors.PRONOUNS.contains(t.lemma(subj))) {
                    Optional<Actor> a = at(si, subj, depth + 1);
                    if (a.isPresent() && (a.get().entity().type() == EntityType.PERSON) == person) {
                        return a.map(x -> new Actor(x.entity(), x.country(), true));
                    }
                }
            }
        }
        for (int s = si; s >= Math.max(0, si - 3); s--) {
            Tree ts = index.trees.get(s);
            int end = s == si ? h : ts.size();
            for (int i = end - 1; i >= 0; i--) {
                String rel = ts.rel(i);
                if (!rel.startsWith("nsubj") || PRONOUNS.contains(ts.lemma(i))) {
                    continue;
                }
                Optional<Actor> a = at(s, i, depth + 1);
                if (a.isPresent() && (a.get().entity().type() == EntityType.PERSON) == person) {
                    return a.map(x -> new Actor(x.entity(), x.country(), true));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code h} heads "the two countries", "both sides", "the pair". */
    private boolean pair(Tree t, int h) {
        String lemma = t.lemma(h);
        if (lemma.equals("pair") && t.hasChild(h, "det", Set.of("the"))) {
            return true;
        }
        return t.token(h).pos().equals("NNS") && PAIR_NOUNS.contains(lemma)
                && (t.hasChild(h, "nummod", Set.of("two")) || t.hasChild(h, "det", Set.of("both"))
                || t.hasChild(h, "cc:preconj", Set.of("both")));
    }

    /** The first of the last two actors named together ("Iran and Saudi Arabia agreed ... The two countries"). */
    private Optional<Actor> coordination(int si, int h, int depth) {
        for (int s = si; s >= Math.max(0, si - 5); s--) {
            Tree ts = index.trees.get(s);
            int end = s == si ? h : ts.size();
            for (int i = end - 1; i >= 0; i--) {
                if (!ts.rel(i).startsWith("conj") || ts.head(i) < 0 || ts.head(i) >= end || ts.rel(ts.head(i)).startsWith("conj")) {
                    continue;
                }
                int first = ts.head(i);
                Optional<Actor> a = at(s, first, depth + 1);
                Optional<Actor> b = at(s, i, depth + 1);
                if (a.isPresent() && b.isPresent() && a.get().entity().type() != EntityType.PLATFORM) {
                    return a.map(x -> new Actor(x.entity(), x.country(), true));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Who says "I" or "we": the subject of the verb of saying that attributes the quotation, in the
     * same sentence or in the sentence that closes it ("... ,” Kim said through a translator).
     */
    private Optional<Actor> speaker(int si, int depth) {
        for (int s = si; s < Math.min(index.trees.size(), si + 3); s++) {
            Tree ts = index.trees.get(s);
            for (int i = 0; i < ts.size(); i++) {
                if (!index.lex.in(Lexicon.Words.SPEECH, ts.lemma(i)) || !ts.token(i).isPos("VB")) {
                    continue;
                }
                int subj = ts.child(i, "nsubj");
                if (subj >= 0 && !FIRST_PERSON.contains(ts.lemma(subj))) {
                    Optional<Actor> a = at(s, subj, depth + 1);
                    if (a.isPresent()) {
                        return a.map(x -> new Actor(x.entity(), x.country(), true));
                    }
                }
            }
            String text = index.doc.body().substring(ts.sentence.begin(), ts.sentence.end());
            if (s > si && (text.contains("”") || text.contains("\""))) {
                break; // the quotation closed without an attribution
            }
        }
        return Optional.empty();
    }

    /** "the ministry": the last named actor whose name has that head noun. */
    private Optional<Actor> earlier(int si, int h, String head) {
        for (int s = si; s >= 0; s--) {
            Tree ts = index.trees.get(s);
            int end = s == si ? h : ts.size();
            for (int i = end - 1; i >= 0; i--) {
                if (!ts.lemma(i).equals(head) || s == si && i == h) {
                    continue;
                }
                int[] span = span(ts, i);
                if (span[1] - span[0] < 2 || ts.lemma(span[0]).equals("the") && span[1] - span[0] == 2) {
                    continue;
                }
                Optional<Actor> a = at(s, i, 3);
                if (a.isPresent()) {
                    return a.map(x -> new Actor(x.entity(), x.country(), true));
                }
            }
        }
        return Optional.empty();
    }

    /** The noun phrase of {@code h}: modifiers, possessors and "of" complements, without determiners. */
    static int[] span(Tree t, int h) {
        return span(t, h, false);
    }

    /** As {@link #span(Tree, int)}; with {@code anyNmod} also "the ban on Telegram", "use of their material". */
    static int[] span(Tree t, int h, boolean anyNmod) {
        List<Integer> todo = new ArrayList<>(List.of(h));
        int lo = h;
        int hi = h;
        while (!todo.isEmpty()) {
            int x = todo.remove(todo.size() - 1);
            for (int c : t.children(x)) {
                String r = t.rel(c);
                boolean take = NP_RELS.contains(r) || r.startsWith("nmod:of");
                if (x == h && (r.equals("conj") || r.equals("cc") || r.equals("nmod") && !anyNmod && !ofNmod(t, c))) {
                    take = false;
                }
                if (r.equals("case") && x == h) {
                    take = false;
                }
                if (take && Math.abs(c - h) < 12) {
                    lo = Math.min(lo, c);
                    hi = Math.max(hi, c);
                    todo.add(c);
                }
            }
        }
        while (lo < h && t.token(lo).isPos("DT")) {
            lo++;
        }
        return new int[] {lo, hi + 1};
    }

    private static boolean ofNmod(Tree t, int c) {
        return t.hasChild(c, "case", Set.of("of"));
    }

    static String clean(String s) {
        String x = s.strip().replaceAll("^[\"“”'‘’(\\[]+|[\"“”'‘’,)\\]]+$", "").strip();
        return x.replaceAll("^(?i)(the|a|an) ", "");
    }
}

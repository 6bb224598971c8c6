package newskg.ingest.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newskg.ingest.nlp.AnnotatedDocument;
import newskg.ingest.nlp.NerMention;
import newskg.ingest.nlp.Sentence;
import newskg.ingest.nlp.Token;
import newskg.model.Entity;
import newskg.model.EntityType;

/**
 * What one document names: platforms (with "the app" resolved to them), places with their codes,
 * and the article's main country. Built once per document, read by the event finders.
 */
final class DocumentIndex {

    /**
     * A platform named or referred to in sentence {@code sentence}, tokens {@code [from, to)}, head
     * {@code head}; {@code anaphor} for "the app" or "it", {@code discovered} for a name the gazetteer
     * does not know.
     */
    record PlatformMention(int sentence, int from, int to, int head, String canonical, boolean anaphor,
                           boolean discovered) {
    }

    final AnnotatedDocument doc;
    final List<Tree> trees = new ArrayList<>();
    final List<List<PlatformMention>> platforms = new ArrayList<>();
    /** Per sentence, the named platforms grouped as the text lists them. */
    private final List<List<List<PlatformMention>>> lists = new ArrayList<>();
    final List<List<CountryGazetteer.Match>> places = new ArrayList<>();
    final Optional<String> mainCountry;
    final Optional<String> mainPlatform;
    final Entities entities;
    final Lexicon lex;
    private final CountryGazetteer countries;
    private final PlatformGazetteer platformList;

    DocumentIndex(AnnotatedDocument doc, PlatformGazetteer platformList, CountryGazetteer countries, Lexicon lex) {
        this.doc = doc;
        this.countries = countries;
        this.platformList = platformList;
        this.lex = lex;
        this.entities = new Entities(platformList);
        for (Sentence s : doc.sentences()) {
            trees.add(new Tree(s, lex));
        }
        List<List<PlatformRecognizer.Named>> named = new PlatformRecognizer(platformList, countries, lex)
                .recognize(trees, doc.article().title());
        for (Sentence s : doc.sentences()) {
            Tree t = trees.get(s.index());
            // a place word inside a person's name is no place: "Judge Santiago Pedraz", "Jordan Peterson"
            places.add(countries.find(s.tokens()).stream()
                    .filter(m -> !s.tokens().get(m.from()).ner().equals("PERSON")).toList());
            List<PlatformMention> here = new ArrayList<>();
            for (PlatformRecognizer.Named m : named.get(s.index())) {
                here.add(new PlatformMention(s.index(), m.from(), m.to(), spanHead(t, m.from(), m.to()),
                        m.canonical(), false, m.discovered()));
                entities.platform(m.canonical(), s.text(doc.body(), m.from(), m.to()));
            }
            List<List<PlatformMention>> groups = new ArrayList<>();
            for (List<Integer> g : PlatformRecognizer.lists(s.tokens(),
                    here.stream().map(m -> new int[] {m.from(), m.to()}).toList())) {
                groups.add(g.stream().map(here::get).toList());
            }
            lists.add(groups);
            here.addAll(anaphors(t, here));
            here.sort(java.util.Comparator.comparingInt(PlatformMention::from));
            platforms.add(here);
        }
        this.mainCountry = mainCountry();
        this.mainPlatform = mainPlatform();
    }

    /**
     * The index of the first token after a dateline ("SEATTLE/BOSTON, Feb 3 (Reuters) -", "KATHMANDU,
     * Nepal (AP) —"), or 0 when the sentence has none.
     */
    int datelineEnd(int si) {
        Tree t = trees.get(si);
        for (int i = 1; i < Math.min(t.size(), 16); i++) {
            String w = t.token(i).word();
            if (!(w.equals("-") || w.equals("—") || w.equals("–") || w.equals("--"))) {
                continue;
            }
            for (int k = 0; k < i; k++) {
                String x = t.token(k).word();
                boolean capitals = x.length() >= 3 && x.equals(x.toUpperCase(java.util.Locale.ROOT)) && x.matches(".*\\p{L}.*");
                if (capitals && k < 3 || x.equals(")") && k == i - 1) {
                    return i + 1;
                }
            }
            return 0;
        }
        return 0;
    }

    /** The named platforms listed together with {@code m} ("Facebook, Instagram and X"), {@code m} included. */
    List<PlatformMention> listOf(PlatformMention m) {
        for (List<PlatformMention> g : lists.get(m.sentence())) {
            if (g.contains(m)) {
                return g;
            }
        }
        return List.of(m);
    }

    /** The token of {@code [from, to)} whose head lies outside it. */
    static int spanHead(Tree t, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            int h = t.head(i);
            if (h < from || h >= to) {
                return i;
            }
        }
        return to - 1;
    }

    /** "the app", "these platforms", "the two applications": resolved to the platforms named last. */
    private List<PlatformMention> anaphors(Tree t, List<PlatformMention> named) {
        List<PlatformMention> out = new ArrayList<>();
        int si = t.sentence.index();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.token(i);
            if (patientPronoun(t, i)) {
                // "warned Telegram that it would be blocked": authorities are not what gets blocked
                for (String c : antecedents(si, i, named, false)) {
                    out.add(new PlatformMention(si, i, i + 1, i, c, true, false));
                }
                continue;
            }
            if (!tok.isPos("NN") || !lex.in(Lexicon.Words.PLATFORM_ANAPHOR, t.lemma(i)) || insideAny(named, i)) {
                continue;
            }
            final int noun = i;
            boolean modifiedByName = named.stream().anyMatch(m -> t.head(m.head()) == noun);
            boolean definite = t.hasChild(i, "det", Set.of("the", "this", "these", "that", "those", "both"))
                    || t.hasChild(i, "nummod", Set.of()) || t.hasChild(i, "nmod:poss", Set.of("its", "their"));
            // "the app", "the messaging platform", "both social media sites"; not "the government app"
            boolean plainModifiers = t.children(i).stream().filter(c -> t.rel(c).equals("compound") || t.rel(c).equals("amod"))
                    .allMatch(c -> lex.in(Lexicon.Words.PLATFORM_MODIFIER, t.lemma(c))
                            || lex.in(Lexicon.Words.PLATFORM_CLASS, t.lemma(c)));
            if (modifiedByName || !definite || !plainModifiers) {
                continue;
            }
            boolean plural = tok.pos().equals("NNS");
            List<String> antecedents = antecedents(si, i, named, plural);
            for (String c : antecedents) {
                out.add(new PlatformMention(si, i, i + 1, i, c, true, false));
            }
        }
        return out;
    }

    /** "it" or "them" as what a ban or lift verb acts on. */
    private boolean patientPronoun(Tree t, int i) {
        String l = t.lemma(i);
        if (!t.token(i).isPos("PRP") || !(l.equals("it") || l.equals("they") || l.equals("them"))) {
            return false;
        }
        String rel = t.rel(i);
        int h = t.head(i);
        return h >= 0 && (rel.equals("obj") || rel.startsWith("nsubj:pass"))
                && lex.trigger(t, h).isPresent();
    }

    private List<String> antecedents(int si, int tokenIndex, List<PlatformMention> sameSentence, boolean plural) {
        List<PlatformMention> before = new ArrayList<>();
        for (PlatformMention m : sameSentence) {
            if (m.to() <= tokenIndex) {
                before.add(m);
            }
        }
        for (int k = si - 1; before.isEmpty() && k >= Math.max(0, si - 4); k--) {
            before = platforms.get(k).stream().filter(m -> !m.anaphor()).toList();
        }
        if (before.isEmpty()) {
            return List.of();
        }
        if (!plural) {
            return List.of(before.get(before.size() - 1).canonical());
        }
        return before.stream().map(PlatformMention::canonical).distinct().toList();
    }

    private static boolean insideAny(List<PlatformMention> ms, int i) {
        for (PlatformMention m : ms) {
            if (i >= m.from() && i < m.to()) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} of sentence {@code si} is part of a named platform. */
    boolean isPlatformToken(int si, int i) {
        for (PlatformMention m : platforms.get(si)) {
            if (!m.anaphor() && i >= m.from() && i < m.to()) {
                return true;
            }
        }
        return false;
    }

    /** A place named by tokens inside {@code [from, to)} of sentence {@code si}, demonyms and possessives included. */
    Optional<CountryGazetteer.Place> placeIn(int si, int from, int to) {
        CountryGazetteer.Place best = null;
        for (CountryGazetteer.Match m : places.get(si)) {
            if (m.from() >= from && m.to() <= to) {
                // a state is more specific than its country ("Montana" beats "American")
                if (best == null || m.place().isSubnational() || best.kind() == CountryGazetteer.Kind.CAPITAL) {
                    best = m.place();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The article's main country: the most named one, the headline counting double. Where the
     * acting authority is not named ("Telegram was blocked"), it is usually this one.
     */
    private Optional<String> mainCountry() {
        Map<String, Double> score = new HashMap<>();
        for (List<CountryGazetteer.Match> ms : places) {
            for (CountryGazetteer.Match m : ms) {
                double w = m.place().kind() == CountryGazetteer.Kind.CAPITAL ? 0.5 : 1.0;
                score.merge(m.place().code(), w, Double::sum);
            }
        }
        String title = doc.article().title();
        for (String word : title.split("[^\\p{L}.'’-]+")) {
            countries.lookup(PlatformGazetteer.stripPossessive(word))
                    .ifPresent(p -> score.merge(p.code(), 2.0, Double::sum));
        }
        return score.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
    }

    private Optional<String> mainPlatform() {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (List<PlatformMention> ms : platforms) {
            for (PlatformMention m : ms) {
                if (!m.anaphor()) {
                    n.merge(m.canonical(), 1, Integer::sum);
                }
            }
        }
        return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** NER mentions of sentence {@code si} that cover token {@code i}. */
    Optional<NerMention> nerAt(int si, int i) {
        for (NerMention m : doc.sentences().get(si).mentions()) {
            if (i >= m.firstToken() && i < m.endToken()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    Entity platformEntity(String canonical) {
        return entities.platform(canonical, canonical);
    }

    String countryName(String code) {
        return countries.name(code);
    }

    Entity countryEntity(String code) {
        return entities.add(countries.name(code), EntityType.COUNTRY, Optional.of(code),
                countries.lookup(countries.name(code)).flatMap(CountryGazetteer.Place::wikidata));
    }
}

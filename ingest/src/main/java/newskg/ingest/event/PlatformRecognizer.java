package newskg.ingest.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import newskg.ingest.nlp.Token;

/**
 * Finds the platforms an article names: those of the gazetteer, and those it does not know that
 * the text presents as platforms ("the chatbot DeepSeek", "online-betting website 1XBet", "the
 * Zangi app", "Bale, a messaging service"). A name found that way counts wherever the article
 * repeats it, under one canonical form ("PUBG" and "PUBG Mobile" are one platform).
 *
 * <p>Also groups the platforms written as one list ("Facebook, Instagram and most Western social
 * networks", "TikTok, Telegram and online-betting website 1XBet"): the parser often gets the
 * structure of such lists wrong, and an act on one member of a list is an act on all of them.
 */
final class PlatformRecognizer {
    /** Tokens that join the members of a list. */
    private static final Set<String> CONNECTORS = Set.of(",", "and", "or", "&", "/", "plus", "as well as",
            "along with");
    /** Words that may sit between list members besides connectors and modifiers. */
    private static final Set<String> LIST_WORDS = Set.of(",", "and", "or", "&", "/", "plus", "as", "well", "along",
            "with", "both", "also", "now", "formerly", "known", "called", "renamed", "(", ")", "-lrb-", "-rrb-", "-",
            "–", "its", "their");
    private static final int MAX_MODIFIERS = 6;
    private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    private final PlatformGazetteer gazetteer;
    private final CountryGazetteer countries;
    private final Lexicon lex;

    PlatformRecognizer(PlatformGazetteer gazetteer, CountryGazetteer countries, Lexicon lex) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.lex = lex;
    }

    /** A named platform: tokens {@code [from, to)} of one sentence, {@code discovered} when not in the gazetteer. */
    record Named(int from, int to, String canonical, boolean discovered) {
    }

    /** The named platforms of every sentence, in token order. */
    List<List<Named>> recognize(List<Tree> trees, String title) {
        Map<String, String> discovered = discover(trees);
        // "Medium" counts everywhere once the article shows it means the platform ("MCMC blocks Medium")
        java.util.Set<String> confirmed = new java.util.HashSet<>(gazetteer.confirmedIn(titleTokens(title)));
        trees.forEach(t -> confirmed.addAll(gazetteer.confirmedIn(t.sentence.tokens())));
        List<List<Named>> out = new ArrayList<>();
        for (Tree t : trees) {
            List<Token> tokens = t.sentence.tokens();
            List<Named> found = new ArrayList<>();
            for (PlatformGazetteer.Match m : gazetteer.find(tokens, confirmed)) {
                found.add(new Named(m.from(), m.to(), m.canonical(), false));
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (covered(found, i)) {
                    continue;
                }
                for (Map.Entry<String, String> d : discovered.entrySet()) {
                    String[] words = d.getKey().split(" ");
                    if (matches(tokens, i, words)) {
                        found.add(new Named(i, i + words.length, d.getValue(), true));
                        break;
                    }
                }
            }
            found.sort(Comparator.comparingInt(Named::from));
            found.addAll(listedX(tokens, found));
            found.sort(Comparator.comparingInt(Named::from));
            out.add(found);
        }
        return out;
    }

    /** The headline as tokens for the gazetteer (words only: it is not parsed). */
    private static List<Token> titleTokens(String title) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String w : title.split("\\s+|(?=[,:;.!?])")) {
            if (!w.isBlank()) {
                out.add(new Token(out.size(), w, w, "NN", "O", "", offset, offset + w.length()));
                offset += w.length() + 1;
            }
        }
        return out;
    }

    /**
     * Names the text presents as platforms, mapped to their canonical form: a name next to a
     * platform noun ("website 1XBet", "the Zangi app", "DeepSeek, a chatbot"). Forms sharing their
     * first word are one platform; the most frequent (then the shortest) form is its name.
     */
    private Map<String, String> discover(List<Tree> trees) {
        Map<String, Integer> forms = new LinkedHashMap<>();
        for (Tree t : trees) {
            List<Token> tokens = t.sentence.tokens();
            List<PlatformGazetteer.Match> known = gazetteer.find(tokens);
            for (int c = 0; c < t.size(); c++) {
                // a common noun: "Service" in "Federal Security Service" names no platform
                if (!t.token(c).isPos("NN") || t.token(c).isPos("NNP") || !Character.isLowerCase(t.token(c).word().charAt(0))
                        || !lex.in(Lexicon.Words.PLATFORM_CLASS, t.lemma(c))) {
                    continue;
                }
                // "whistleblower site Sarawak Report", "news website X" are outlets; "betting website 1XBet" a platform
                if (lex.in(Lexicon.Words.NEEDS_KIND, t.lemma(c)) && !kindBefore(t, c)) {
                    continue;
                }
                for (int n : nameCandidates(t, c)) {
                    int[] span = nameSpan(t, n, c);
                    if (span == null || known.stream().anyMatch(m -> m.from() < span[1] && span[0] < m.to())) {
                        continue;
                    }
                    String form = String.join(" ", tokens.subList(span[0], span[1]).stream()
                            .map(x -> PlatformGazetteer.stripPossessive(x.word())).toList());
                    forms.merge(form, 1, Integer::sum);
                }
            }
        }
        Map<String, List<String>> byFirst = new HashMap<>();
        for (String f : forms.keySet()) {
            byFirst.computeIfAbsent(f.split(" ")[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
        }
        Map<String, String> canonical = new LinkedHashMap<>();
        for (List<String> group : byFirst.values()) {
            String best = group.stream().max(Comparator.comparingInt((String f) -> forms.get(f))
                    .thenComparing(f -> -f.length())).orElseThrow();
            group.forEach(f -> canonical.put(f, best));
        }
        // longest forms first, so that "PUBG Mobile" is matched before "PUBG"
        Map<String, String> ordered = new LinkedHashMap<>();
        canonical.keySet().stream().sorted(Comparator.comparingInt((String f) -> -f.split(" ").length))
                .forEach(f -> ordered.put(f, canonical.get(f)));
        return ordered;
    }

    /** A word saying what kind of site it is, just before the noun: "online-betting website", "video-sharing site". */
    private boolean kindBefore(Tree t, int c) {
        for (int k = Math.max(0, c - 3); k < c; k++) {
            for (String part : t.token(k).word().toLowerCase(Locale.ROOT).split("-")) {
                if (lex.in(Lexicon.Words.PLATFORM_MODIFIER, part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tokens that may be the name a platform noun introduces: its compound head, its own compounds, its appos head. */
    private static List<Integer> nameCandidates(Tree t, int c) {
        List<Integer> out = new ArrayList<>();
        String rel = t.rel(c);
        if ((rel.equals("compound") || rel.equals("appos")) && t.head(c) >= 0) {
            out.add(t.head(c));
        }
        for (int k : t.children(c)) {
            String r = t.rel(k);
            if (r.equals("compound") || r.equals("appos") || r.equals("flat")) {
                out.add(k);
            }
        }
        return out;
    }

    /** The name headed by token {@code n} (with its name-like compounds), or null when it is no name. */
    private int[] nameSpan(Tree t, int n, int classNoun) {
        if (!nameLike(t, n)) {
            return null;
        }
        int from = n;
        int to = n + 1;
        while (from - 1 >= 0 && from - 1 != classNoun && t.head(from - 1) == n && nameLike(t, from - 1)
                && t.rel(from - 1).startsWith("compound")) {
            from--;
        }
        while (to < t.size() && to != classNoun && t.head(to) == n && nameLike(t, to) && t.rel(to).equals("flat")) {
            to++;
        }
        return new int[] {from, to};
    }

    private boolean nameLike(Tree t, int i) {
        Token tok = t.token(i);
        String w = PlatformGazetteer.stripPossessive(tok.word());
        if (!(tok.isPos("NNP") || tok.isPos("NN") || tok.isPos("CD")) || w.length() < 2 || tok.ner().equals("PERSON")
                || tok.ner().equals("LOCATION") || tok.ner().equals("DATE")) {
            return false;
        }
        boolean capital = Character.isUpperCase(w.charAt(0)) || w.matches(".*\\d.*[\\p{L}].*");
        if (!capital || i == 0 && !w.substring(1).matches(".*[\\p{Lu}\\d].*")) {
            // a capital at the start of a sentence proves nothing
            return false;
        }
        String l = w.toLowerCase(Locale.ROOT);
        return !lex.in(Lexicon.Words.PLATFORM_CLASS, l) && !lex.in(Lexicon.Words.PLATFORM_MODIFIER, l)
                && !lex.in(Lexicon.Words.AUTHORITY, l) && !MONTHS_AND_DAYS.contains(l)
                && countries.lookup(w).isEmpty() && !w.equals(w.toUpperCase(Locale.ROOT)) || w.matches(".*\\d.*");
    }

    private static boolean matches(List<Token> tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!PlatformGazetteer.stripPossessive(tokens.get(i + k).word()).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(List<Named> found, int i) {
        return found.stream().anyMatch(m -> i >= m.from() && i < m.to());
    }

    /** "Facebook, X, and WhatsApp": a bare X between listed platforms is the platform. */
    private static List<Named> listedX(List<Token> tokens, List<Named> found) {
        List<Named> out = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (!tokens.get(i).word().equals("X") || covered(found, i)) {
                continue;
            }
            String before = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
            String after = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : ".";
            boolean joined = Set.of(",", "and", "or").contains(before) && Set.of(",", "and", "or", ".", ")").contains(after);
            final int at = i;
            boolean near = found.stream().anyMatch(m -> Math.abs(m.from() - at) <= 8 || Math.abs(m.to() - at) <= 8);
            if (joined && near) {
                out.add(new Named(i, i + 1, "Twitter", false));
            }
        }
        return out;
    }

    /**
     * Groups the mentions of one sentence that form a written list: members separated by commas,
     * "and", "or", "as well as", "along with", with at most a few modifier words before each
     * ("US social media company X", "online-betting website 1XBet").
     */
    static List<List<Integer>> lists(List<Token> tokens, List<int[]> spans) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            boolean owner = k + 1 < spans.size() && spans.get(k)[1] + 1 == spans.get(k + 1)[0]
                    && tokens.get(spans.get(k)[1]).pos().equals("POS");
            if (owner) {
                // "Facebook's WhatsApp": the owner is no member of the list "Skype and Facebook's WhatsApp"
                out.add(List.of(k));
                continue;
            }
            if (!current.isEmpty() && !separator(tokens, spans.get(current.get(current.size() - 1))[1], spans.get(k)[0])) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(k);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static boolean separator(List<Token> tokens, int from, int to) {
        if (to <= from) {
            return to == from;
        }
        String gap = " " + String.join(" ", tokens.subList(from, to).stream()
                .map(t -> t.word().toLowerCase(Locale.ROOT)).toList()).replaceAll("\\([^()]*\\)|-lrb-.*?-rrb-", " ") + " ";
        boolean connector = CONNECTORS.stream().anyMatch(c -> gap.contains(" " + c + " "));
        if (!connector) {
            return false;
        }
        int modifiers = 0;
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            // a parenthesis describes the member before it: "Facebook (American online social media company), YouTube"
            if (w.equals("(") || w.equals("-lrb-")) {
                depth++;
                continue;
            }
            if (w.equals(")") || w.equals("-rrb-")) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (depth > 0 || LIST_WORDS.contains(w)) {
                continue;
            }
            boolean hyphenated = i > from && tokens.get(i - 1).pos().equals("HYPH")
                    || i + 1 < to && tokens.get(i + 1).pos().equals("HYPH");
            boolean modifier = t.isPos("DT") || t.isPos("JJ") || t.isPos("NN") || t.isPos("CD") || t.pos().equals("HYPH")
                    || t.pos().equals("POS") || (t.isPos("VB") || t.isPos("RB")) && hyphenated;
            if (!modifier || ++modifiers > MAX_MODIFIERS) {
                return false;
            }
        }
        return true;
    }
}

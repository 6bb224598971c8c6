package newskg.ingest.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import newskg.ingest.nlp.Token;
import newskg.model.Entity;
import newskg.model.EntityType;

/**
 * The curated list of online platforms ({@code platforms.tsv}): canonical names, aliases, QIDs.
 * CoreNLP tags "Telegram" as MISC or ORGANIZATION; this list is what makes it a platform.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class PlatformGazetteer {
    static final String RESOURCE = "/newskg/ingest/nlp/platforms.tsv";

    /** Words before or after a bare "X" that show it means the platform (not a letter or a variable). */
    private static final Set<String> X_CONTEXT = Set.of("network", "platform", "site", "app", "media", "formerly",
            "company");
    /** Words before a bare "X" in a sentence about blocking it ("access to X", "the ban on X", "blocked X"). */
    private static final Set<String> X_BEFORE = Set.of("to", "on", "of", "block", "ban", "unblock", "restrict",
            "suspend", "lift", "restore", "and", "like", "as", "blocked", "banned", "unblocked", "restricted",
            "suspended", "throttle", "throttled", "including");

    /** Words after a bare "X" that show it means the platform. */
    private static final Set<String> X_AFTER = Set.of("social", "owner", "'s", "’s", "account", "accounts", "user",
            "users", "post", "posts", "ceo", "chief", "premium", "handle");

    record Alias(List<String> words, boolean caseSensitive, String canonical, boolean needsContext) {
    }

    /** Words next to an ambiguous alias that show it names a platform ("the messaging app Signal"). */
    private static final Set<String> PLATFORM_WORDS = Set.of("app", "application", "messenger", "messaging", "network",
            "platform", "site", "service", "media", "apps", "platforms", "networks", "services", "formerly");

    /** A platform found in a sentence: tokens {@code [from, to)}. */
    record Match(int from, int to, String canonical) {
    }

    private final List<Alias> aliases;
    private final java.util.Map<String, String> qids;
    private final java.util.Map<String, String> looseNames;

    private PlatformGazetteer(List<Alias> aliases, java.util.Map<String, String> qids) {
        this.aliases = aliases;
        this.qids = qids;
        java.util.Map<String, String> loose = new java.util.HashMap<>();
        for (Alias a : aliases) {
            String name = String.join(" ", a.words());
            if (!a.needsContext() && distinctive(name)) {
                loose.putIfAbsent(loose(name), a.canonical());
            }
        }
        this.looseNames = java.util.Map.copyOf(loose);
    }

    /** Whether {@code canonical} is a platform of the list. */
    boolean knows(String canonical) {
        return qids.containsKey(canonical) || aliases.stream().anyMatch(a -> a.canonical().equals(canonical));
    }

    static PlatformGazetteer load() {
        List<Alias> aliases = new ArrayList<>();
        java.util.Map<String, String> qids = new java.util.HashMap<>();
        for (String[] row : Resources.tsv(RESOURCE)) {
            String canonical = row[0];
            if (!row[1].equals("-")) {
                qids.put(canonical, row[1]);
            }
            for (String raw : row[2].split("\\|")) {
                boolean ambiguous = raw.startsWith("?");
                String a = ambiguous ? raw.substring(1) : raw;
                boolean cs = !a.equals(a.toLowerCase(java.util.Locale.ROOT));
                aliases.add(new Alias(List.of(a.strip().split("\\s+")), cs, canonical, ambiguous));
            }
        }
        aliases.sort(Comparator.comparingInt((Alias a) -> -a.words().size()));
        return new PlatformGazetteer(List.copyOf(aliases), java.util.Map.copyOf(qids));
    }

    /** The platform entity for a canonical name. */
    Entity entity(String canonical) {
        return new Entity(canonical, EntityType.PLATFORM, Optional.empty(), List.of(),
                Optional.ofNullable(qids.get(canonical)));
    }

    /** Platforms named in a token list, longest alias first, not overlapping. */
    List<Match> find(List<Token> tokens) {
        return find(tokens, Set.of());
    }

    /**
     * As {@link #find(List)}, where the names in {@code confirmed} (ordinary words such as "Medium"
     * that the article has shown elsewhere to mean the platform) need no context of their own.
     */
    List<Match> find(List<Token> tokens, Set<String> confirmed) {
        if (!confirmed.isEmpty()) {
            return findWith(tokens, confirmed);
        }
        return findWith(tokens, Set.of());
    }

    /** The canonical names of the ordinary-word aliases ({@code ?Medium}) matched in context in these tokens. */
    Set<String> confirmedIn(List<Token> tokens) {
        Set<String> out = new java.util.HashSet<>();
        for (Match m : findWith(tokens, Set.of())) {
            boolean ordinary = aliases.stream().anyMatch(a -> a.needsContext() && a.canonical().equals(m.canonical()));
            if (ordinary) {
                out.add(m.canonical());
            }
        }
        return out;
    }

    private List<Match> findWith(List<Token> tokens, Set<String> confirmed) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = matchAt(tokens, i, confirmed);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        out.addAll(listed(tokens, out));
        out.sort(Comparator.comparingInt(Match::from));
        return out;
    }

    private static final Set<String> SEPARATORS = Set.of(",", "and", "or", "&", "/");

    /** "Skype, Google Meet and Zoom": an ordinary-word name listed next to a platform is one too. */
    private List<Match> listed(List<Token> tokens, List<Match> found) {
        List<Match> out = new ArrayList<>();
        for (Alias a : aliases) {
            if (!a.needsContext()) {
                continue;
            }
            int n = a.words().size();
            for (int i = 1; i + n <= tokens.size(); i++) {
                final int from = i;
                boolean free = found.stream().noneMatch(m -> m.from() < from + n && from < m.to())
                        && out.stream().noneMatch(m -> m.from() < from + n && from < m.to());
                boolean same = true;
                for (int k = 0; k < n && same; k++) {
                    same = stripPossessive(tokens.get(i + k).word()).equals(a.words().get(k));
                }
                if (!free || !same) {
                    continue;
                }
                boolean left = SEPARATORS.contains(tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))
                        && found.stream().anyMatch(m -> m.to() == from - 1 || m.to() == from - 2
                                && SEPARATORS.contains(tokens.get(from - 2).word().toLowerCase(java.util.Locale.ROOT)));
                boolean right = i + n < tokens.size()
                        && SEPARATORS.contains(tokens.get(i + n).word().toLowerCase(java.util.Locale.ROOT))
                        && found.stream().anyMatch(m -> m.from() == from + n + 1 || m.from() == from + n + 2);
                if (left || right) {
                    out.add(new Match(i, i + n, a.canonical()));
                }
            }
        }
        return out;
    }

    private Match matchAt(List<Token> tokens, int i, Set<String> confirmed) {
        for (Alias a : aliases) {
            int n = a.words().size();
            if (i + n > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                String w = stripPossessive(tokens.get(i + k).word());
                String want = a.words().get(k);
                ok = a.caseSensitive() ? w.equals(want) || shouted(w, want) : w.equalsIgnoreCase(want);
            }
            boolean known = confirmed.contains(a.canonical()) && a.caseSensitive() && (i > 0 || n > 1);
            if (ok && (!a.needsContext() || known || platformContext(tokens, i, i + n) || actedOn(tokens, i))) {
                return new Match(i, i + n, a.canonical());
            }
        }
        Match loose = looseMatch(tokens, i);
        if (loose != null) {
            return loose;
        }
        if (tokens.get(i).word().equals("X") && xContext(tokens, i, i + 1)) {
            return new Match(i, i + 1, "Twitter");
        }
        return null;
    }

    /** Words just before an ordinary-word name that show it is the platform: "blocked Signal", "access to Zoom". */
    private static final Set<String> ACTED_ON = Set.of("block", "ban", "unblock", "restrict", "suspend", "lift",
            "restore", "blocked", "banned", "unblocked", "restricted", "suspended", "throttle", "throttled",
            "including", "like");

    private static boolean actedOn(List<Token> tokens, int i) {
        if (i == 0 || !Character.isUpperCase(tokens.get(i).word().charAt(0))) {
            return false;
        }
        String before = tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT);
        return ACTED_ON.contains(before) || before.equals("to") && i > 1
                && tokens.get(i - 2).word().equalsIgnoreCase("access");
    }

    /** "TELEGRAM" in a headline written in capitals. */
    private static boolean shouted(String word, String alias) {
        return alias.length() >= 4 && word.length() == alias.length() && word.equals(alias.toUpperCase(java.util.Locale.ROOT))
                && !word.equals(alias.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Names written with another spacing, hyphenation or case than the list has them ("Tik tok",
     * "tik-tok", "Whats app", "youtube"): compared without case, spaces, hyphens and dots, over up to
     * three tokens. Only for distinctive names (two capitals, a digit, or several words), never for
     * names that are also ordinary words ("Signal", "Discord").
     */
    private Match looseMatch(List<Token> tokens, int i) {
        StringBuilder joined = new StringBuilder();
        Match best = null;
        for (int k = i; k < Math.min(tokens.size(), i + 3); k++) {
            String w = stripPossessive(tokens.get(k).word());
            if (!w.matches("[\\p{L}\\p{N}.-]+")) {
                break;
            }
            joined.append(loose(w));
            String canonical = looseNames.get(joined.toString());
            if (canonical != null) {
                best = new Match(i, k + 1, canonical);
            }
        }
        return best;
    }

    static String loose(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s.\\-]", "");
    }

    /** Whether an alias is unmistakable in any spelling: "TikTok", "1XBet", "Truth Social". */
    static boolean distinctive(String alias) {
        long capitals = alias.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && !alias.equals(alias.toUpperCase(java.util.Locale.ROOT)) || alias.matches(".*\\d.*")
                || alias.strip().contains(" ");
    }

    private static boolean platformContext(List<Token> tokens, int from, int to) {
        String before = from > 0 ? tokens.get(from - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
        String after = to < tokens.size() ? tokens.get(to).word().toLowerCase(java.util.Locale.ROOT) : "";
        return PLATFORM_WORDS.contains(before) || PLATFORM_WORDS.contains(after);
    }

    private static boolean xContext(List<Token> tokens, int i, int end) {
        if (!Character.isUpperCase(tokens.get(i).word().charAt(0))) {
            return false;
        }
        String before = i > 0 ? tokens.get(i - 1).lemma().toLowerCase(java.util.Locale.ROOT) : "";
        String after = end + 1 < tokens.size() ? tokens.get(end + 1).lemma().toLowerCase(java.util.Locale.ROOT) : "";
        String next = end < tokens.size() ? tokens.get(end).word() : "";
        boolean startsName = end < tokens.size() && Character.isUpperCase(next.isEmpty() ? 'a' : next.charAt(0))
                && !next.equals("Corp") && !next.equals("Corp.");
        if (X_BEFORE.contains(before) && !startsName && !next.matches("[-0-9].*")) {
            return true;
        }
        // "X was restricted", "X said": a clause about X, unless X ends a name ("Malcolm X", "Generation X")
        String prevWord = i > 0 ? tokens.get(i - 1).word() : "";
        boolean afterName = !prevWord.isEmpty() && Character.isUpperCase(prevWord.charAt(0));
        String nextPos = end < tokens.size() ? tokens.get(end).pos() : "";
        if (!afterName && (nextPos.startsWith("VB") || nextPos.equals("MD"))) {
            return true;
        }
        // "the X social platform", "X owner Elon Musk", "X's users"
        String nextLower = next.toLowerCase(java.util.Locale.ROOT);
        if (!afterName && (PLATFORM_WORDS.contains(nextLower) || X_AFTER.contains(nextLower))) {
            return true;
        }
        return X_CONTEXT.contains(before) || (("(".equals(next) || ",".equals(next) || "-LRB-".equals(next))
                && X_CONTEXT.contains(after)) || "Corp".equals(next) || "Corp.".equals(next);
    }

    /** "Telegram‘s" can come out of the tokenizer as one token when the apostrophe is unusual. */
    static String stripPossessive(String w) {
        if (w.length() > 2) {
            char c = w.charAt(w.length() - 2);
            if ((c == '\'' || c == '’' || c == '‘') && (w.endsWith("s") || w.endsWith("S"))) {
                return w.substring(0, w.length() - 2);
            }
        }
        return w;
    }
}

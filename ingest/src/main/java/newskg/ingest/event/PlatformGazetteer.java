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
    private static final Set<String> X_CONTEXT = Set.of("network", "platform", "site", "app", "media", "formerly");
    /** Words before a bare "X" in a sentence about blocking it ("access to X", "the ban on X", "blocked X"). */
    private static final Set<String> X_BEFORE = Set.of("to", "on", "of", "block", "ban", "unblock", "restrict",
            "suspend", "lift", "restore", "and", "like", "as", "blocked", "banned", "unblocked", "restricted",
            "suspended", "throttle", "throttled", "including");

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

    private PlatformGazetteer(List<Alias> aliases, java.util.Map<String, String> qids) {
        this.aliases = aliases;
        this.qids = qids;
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
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = matchAt(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private Match matchAt(List<Token> tokens, int i) {
        for (Alias a : aliases) {
            int n = a.words().size();
            if (i + n > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                String w = stripPossessive(tokens.get(i + k).word());
                String want = a.words().get(k);
                ok = a.caseSensitive() ? w.equals(want) : w.equalsIgnoreCase(want);
            }
            if (ok && (!a.needsContext() || platformContext(tokens, i, i + n))) {
                return new Match(i, i + n, a.canonical());
            }
        }
        if (tokens.get(i).word().equals("X") && xContext(tokens, i)) {
            return new Match(i, i + 1, "Twitter");
        }
        return null;
    }

    private static boolean platformContext(List<Token> tokens, int from, int to) {
        String before = from > 0 ? tokens.get(from - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
        String after = to < tokens.size() ? tokens.get(to).word().toLowerCase(java.util.Locale.ROOT) : "";
        return PLATFORM_WORDS.contains(before) || PLATFORM_WORDS.contains(after);
    }

    private static boolean xContext(List<Token> tokens, int i) {
        String before = i > 0 ? tokens.get(i - 1).lemma().toLowerCase(java.util.Locale.ROOT) : "";
        String after = i + 2 < tokens.size() ? tokens.get(i + 2).lemma().toLowerCase(java.util.Locale.ROOT) : "";
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
        boolean startsName = i + 1 < tokens.size() && Character.isUpperCase(next.isEmpty() ? 'a' : next.charAt(0))
                && !next.equals("Corp") && !next.equals("Corp.");
        if (X_BEFORE.contains(before) && !startsName && !next.matches("[-0-9].*")) {
            return true;
        }
        // "X was restricted", "X said": a clause about X, unless X ends a name ("Malcolm X", "Generation X")
        String prevWord = i > 0 ? tokens.get(i - 1).word() : "";
        boolean afterName = !prevWord.isEmpty() && Character.isUpperCase(prevWord.charAt(0));
        String nextPos = i + 1 < tokens.size() ? tokens.get(i + 1).pos() : "";
        if (!afterName && (nextPos.startsWith("VB") || nextPos.equals("MD"))) {
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

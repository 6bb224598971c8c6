package newskg.ingest.event;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import newskg.ingest.nlp.Token;
import newskg.model.EventType;

/**
 * The words event extraction keys on, as data. Lemmas are lower case.
 *
 * <p>Why sets and not patterns: news writes the same act with many verbs and nouns, and the
 * structure around them (passive, nominalisation, "ordered to") is handled by the dependency
 * walk in {@link PlatformEventFinder}; the words only say which act it is.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Verbs that by themselves state a ban, a restriction, a lift or a threat against their object. */
    static final Map<String, EventType> VERBS = Map.ofEntries(
            Map.entry("ban", EventType.BAN), Map.entry("block", EventType.BAN),
            Map.entry("suspend", EventType.BAN), Map.entry("shut", EventType.BAN),
            Map.entry("prohibit", EventType.BAN), Map.entry("outlaw", EventType.BAN),
            Map.entry("bar", EventType.BAN), Map.entry("blacklist", EventType.BAN),
            Map.entry("halt", EventType.BAN), Map.entry("disable", EventType.BAN),
            Map.entry("cut", EventType.BAN), Map.entry("close", EventType.BAN),
            Map.entry("restrict", EventType.RESTRICT), Map.entry("throttle", EventType.RESTRICT),
            Map.entry("limit", EventType.RESTRICT), Map.entry("curb", EventType.RESTRICT),
            Map.entry("slow", EventType.RESTRICT), Map.entry("disrupt", EventType.RESTRICT),
            Map.entry("lift", EventType.LIFT), Map.entry("unblock", EventType.LIFT),
            Map.entry("unban", EventType.LIFT), Map.entry("restore", EventType.LIFT),
            Map.entry("resume", EventType.LIFT), Map.entry("reinstate", EventType.LIFT),
            Map.entry("reopen", EventType.LIFT),
            Map.entry("threaten", EventType.THREATEN));

    /** Verbs that need a particle to mean a ban ("shut down", "cut off", "slow down", "close down"). */
    static final Map<String, Set<String>> PARTICLE = Map.of(
            "shut", Set.of("down", "off"), "cut", Set.of("off"), "slow", Set.of("down"),
            "close", Set.of("down"));

    /** Objects that make a particle verb a ban on their own: "cut access to", "shut services". */
    static final Set<String> ACCESS_NOUNS = Set.of("access", "service", "services", "connection", "connections");

    /** Nouns that name a ban or restriction ("the ban on Telegram", "Telegram's suspension"). */
    static final Map<String, EventType> NOUNS = Map.ofEntries(
            Map.entry("ban", EventType.BAN), Map.entry("blocking", EventType.BAN),
            Map.entry("blockade", EventType.BAN), Map.entry("block", EventType.BAN),
            Map.entry("suspension", EventType.BAN), Map.entry("shutdown", EventType.BAN),
            Map.entry("prohibition", EventType.BAN), Map.entry("blackout", EventType.BAN),
            Map.entry("closure", EventType.BAN),
            Map.entry("restriction", EventType.RESTRICT), Map.entry("throttling", EventType.RESTRICT),
            Map.entry("curb", EventType.RESTRICT), Map.entry("slowdown", EventType.RESTRICT),
            Map.entry("limitation", EventType.RESTRICT),
            Map.entry("lifting", EventType.LIFT), Map.entry("unblocking", EventType.LIFT),
            Map.entry("restoration", EventType.LIFT), Map.entry("removal", EventType.LIFT),
            Map.entry("resumption", EventType.LIFT), Map.entry("reversal", EventType.LIFT),
            Map.entry("ultimatum", EventType.THREATEN), Map.entry("threat", EventType.THREATEN),
            Map.entry("notice", EventType.THREATEN), Map.entry("warning", EventType.THREATEN));

    /** Verbs that hand a warning to someone: "served a last warning on the app". */
    static final Set<String> DELIVER = Set.of("issue", "send", "give", "serve", "deliver");

    /** Verbs that undo a ban named as their object ("lifted the ban", "suspended the order"). */
    static final Set<String> UNDO = Set.of("lift", "remove", "revoke", "suspend", "halt", "withdraw", "end",
            "cancel", "overturn", "reverse", "rescind", "scrap", "drop", "annul", "repeal", "quash", "ease",
            "unblock", "lifting", "removal", "reversal");

    /** Verbs that put a ban named as their object in place ("imposed the ban", "the ban was introduced"). */
    static final Set<String> IMPOSE = Set.of("impose", "enforce", "put", "introduce", "implement", "order",
            "issue", "announce", "sign", "approve", "extend", "maintain", "keep", "apply", "declare", "uphold",
            "reimpose");

    /** Verbs that put a ban in place only with "effect" or "force": "the ban takes effect", "comes into force". */
    static final Set<String> EFFECT_VERBS = Set.of("take", "come", "go", "enter");

    /** Verbs of threatening: a ban under them is a threat. */
    static final Set<String> THREATEN = Set.of("threaten", "warn");

    /** Verbs through which an authority makes others act ("ordered operators to block"). */
    static final Set<String> ORDER = Set.of("order", "direct", "instruct", "ask", "tell", "require", "force",
            "request", "demand", "urge", "move", "decide", "vote", "plan", "begin", "start", "continue", "keep", "leave",
            "render", "make", "get");

    /** Nouns a path from an act to a platform may pass through: access to it, its services. */
    static final Set<String> TRANSPARENT = Set.of("access", "service", "operation", "app", "application", "platform",
            "messenger", "site", "website", "network", "resource", "use", "usage", "availability", "activity",
            "medium", "media", "tool", "store", "function", "functionality", "connection", "traffic",
            "messaging", "and", "or", ",");

    /** Parts of a platform whose blocking is a partial restriction ("blocked voice calls on Telegram"). */
    static final Set<String> FEATURES = Set.of("call", "feature", "livestream", "livestreaming", "upload", "payment",
            "story", "reel", "voice", "video");

    /** Where a measure applies that makes a ban partial: "on government devices", "in two provinces". */
    static final Set<String> PARTIAL = Set.of("device", "phone", "region", "province", "district", "county",
            "campus", "school", "university", "prison");

    /** Nouns that, as "the order", "the decision", refer back to a platform event already reported. */
    static final Set<String> EVENT_REFERENCES = Set.of("order", "decision", "measure", "ruling", "ban", "blockade",
            "suspension", "restriction", "block", "blocking", "move", "curb", "shutdown");

    /** Common nouns for platforms: "the app", "these platforms" point back to named ones. */
    static final Set<String> PLATFORM_NOUNS = Set.of("app", "application", "platform", "messenger", "service",
            "site", "network");

    /** Heads of noun phrases that name an authority or another actor without a proper name. */
    static final Set<String> AUTHORITIES = Set.of("government", "ministry", "minister", "authority", "regulator",
            "court", "judge", "president", "police", "parliament", "council", "commission", "agency",
            "official", "governor", "cabinet", "watchdog", "department", "prosecutor", "junta", "administration",
            "legislature", "state", "spokesperson", "spokesman", "spokeswoman", "company", "operator",
            "provider", "regime", "military", "army", "senate", "assembly", "office", "secretary", "chairman",
            "telecom", "telecoms", "judiciary", "govt", "group", "association",
            "union", "organization", "organisation", "coalition", "party", "prime", "leader", "team", "representative");

    /** Verbs of saying: a date on them is the date of the report, not always of the act. */
    static final Set<String> SPEECH = Set.of("say", "announce", "report", "tell", "state", "add", "declare",
            "clarify", "confirm", "explain", "note", "write", "claim", "stress", "highlight", "specify", "argue");

    /**
     * The lower-case lemma; for a word the tagger did not know ("unblocked" tagged JJ with itself
     * as lemma), the verb it comes from when that verb is one of ours.
     */
    static String lemma(Token t) {
        String l = t.lemma().toLowerCase(Locale.ROOT);
        if (VERBS.containsKey(l) || NOUNS.containsKey(l) || !(l.endsWith("ed") || l.endsWith("ing"))) {
            return l;
        }
        String stem = l.endsWith("ed") ? l.substring(0, l.length() - 2) : l.substring(0, l.length() - 3);
        for (String cand : new String[] {stem, stem + "e", dedouble(stem)}) {
            if (VERBS.containsKey(cand) || UNDO.contains(cand)) {
                return cand;
            }
        }
        return l;
    }

    private static String dedouble(String s) {
        int n = s.length();
        return n > 2 && s.charAt(n - 1) == s.charAt(n - 2) ? s.substring(0, n - 1) : s;
    }
}

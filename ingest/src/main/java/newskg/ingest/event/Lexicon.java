package newskg.ingest.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newskg.ingest.nlp.Token;
import newskg.model.EventType;

/**
 * The words event extraction keys on, read from {@code lexicon.txt}: trigger words with the
 * argument frame each takes, and the word classes the rules consult (verbs that undo a ban,
 * nouns for platforms, negators, ...). The file is the reference; this class only parses it.
 *
 * <pre>{@code
 * Lexicon lex = Lexicon.load();
 * lex.trigger(tree, i);                  // Optional[Trigger[lemma=block, type=BAN, frame=PATIENT]]
 * lex.in(Lexicon.Words.UNDO, "revoke");  // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class Lexicon {
    static final String RESOURCE = "/newskg/ingest/event/lexicon.txt";

    /** Word classes: one section of the file each. */
    enum Words {
        UNDO, IMPOSE, EFFECT, EFFECT_NOUN, LIGHT, THREAT, CONSIDER, ORDER, ORDER_NOUN, EVENT_REFERENCE,
        TRANSPARENT, PLATFORM_CLASS, PLATFORM_ANAPHOR, CONNECTIVITY, NEEDS_KIND, PLATFORM_MODIFIER, MEMBERSHIP, FEATURE, PARTIAL, PARTIAL_ADVERB,
        AUTHORITY, PERSON_TITLE, PERSON_NOUN, GROUP_NOUN, INTERMEDIARY, COMPANY, SPEECH, NEGATOR, FUTURE, MAYBE, CONDITION, DENY,
        PLAN, DELIVER, STATEMENT_VERB, REQUEST_VERB, COMPLY_VERB, REJECT_VERB, STATE_VERB, ACTION_NOUN;

        String section() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The part of speech a trigger must have. */
    enum Pos { VERB, NOUN, ADJ }

    /** Where a trigger's platform is: what it acts on, or its subject. */
    enum Frame { PATIENT, SUBJECT }

    /** A condition on a trigger's dependents: a particle, object or adverb among {@code lemmas}. */
    record Need(String kind, Set<String> lemmas) {
    }

    /**
     * One trigger word.
     *
     * @param needs alternatives: when not empty, the word is a trigger only if one of them holds
     * @param weak  a restriction word that news also uses loosely for a ban
     */
    record Trigger(String lemma, Pos pos, EventType type, Frame frame, List<Need> needs, boolean weak) {
    }

    private final Map<String, List<Trigger>> triggers;
    private final Map<Words, Set<String>> words;

    private Lexicon(Map<String, List<Trigger>> triggers, Map<Words, Set<String>> words) {
        this.triggers = triggers;
        this.words = words;
    }

    /** Loads {@value #RESOURCE} from the class path. */
    static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses a lexicon; {@code name} goes into error messages. */
    static Lexicon parse(String text, String name) {
        Map<String, List<Trigger>> triggers = new HashMap<>();
        Map<Words, Set<String>> words = new EnumMap<>(Words.class);
        String section = null;
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = name + ":" + (n + 1) + ": ";
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
                if (!section.equals("triggers")) {
                    words.computeIfAbsent(words(section, where), k -> new LinkedHashSet<>());
                }
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException(where + "entry before the first [section]");
            }
            if (section.equals("triggers")) {
                Trigger t = trigger(line, where);
                triggers.computeIfAbsent(t.lemma(), k -> new ArrayList<>()).add(t);
            } else {
                Collections.addAll(words.get(words(section, where)), line.split("\\s+"));
            }
        }
        for (Words w : Words.values()) {
            if (!words.containsKey(w)) {
                throw new IllegalArgumentException(name + ": no [" + w.section() + "] section");
            }
        }
        for (String entry : words.get(Words.ACTION_NOUN)) {
            String[] nt = entry.split(":");
            if (nt.length != 2 || EventType.fromKey(nt[1]).isEmpty() || EventType.fromKey(nt[1]).get().isPlatformType()) {
                throw new IllegalArgumentException(name + ": [action-noun] wants noun:type with a non-platform type: " + entry);
            }
        }
        Map<Words, Set<String>> frozen = new EnumMap<>(Words.class);
        words.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        Map<String, List<Trigger>> t = new HashMap<>();
        triggers.forEach((k, v) -> t.put(k, List.copyOf(v)));
        return new Lexicon(Map.copyOf(t), Collections.unmodifiableMap(frozen));
    }

    private static Words words(String section, String where) {
        for (Words w : Words.values()) {
            if (w.section().equals(section)) {
                return w;
            }
        }
        throw new IllegalArgumentException(where + "unknown section [" + section + "]");
    }

    private static Trigger trigger(String line, String where) {
        String[] f = line.split("\\s+", 5);
        if (f.length < 4) {
            throw new IllegalArgumentException(where + "a trigger needs lemma, pos, type and frame: " + line);
        }
        Pos pos = parseEnum(Pos.class, f[1], where);
        EventType type = EventType.fromKey(f[2])
                .filter(EventType::isPlatformType)
                .orElseThrow(() -> new IllegalArgumentException(where + "not a platform event type: " + f[2]));
        Frame frame = parseEnum(Frame.class, f[3], where);
        List<Need> needs = new ArrayList<>();
        boolean weak = false;
        if (f.length == 5) {
            for (String alt : f[4].split("\\|")) {
                String a = alt.strip();
                if (a.equals("weak")) {
                    weak = true;
                    continue;
                }
                int colon = a.indexOf(':');
                String kind = colon < 0 ? "" : a.substring(0, colon);
                if (!Set.of("prt", "obj", "adv", "head").contains(kind)) {
                    throw new IllegalArgumentException(where + "unknown condition " + a);
                }
                needs.add(new Need(kind, Set.of(a.substring(colon + 1).split(","))));
            }
        }
        return new Trigger(f[0], pos, type, frame, List.copyOf(needs), weak);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "unknown " + type.getSimpleName().toLowerCase(Locale.ROOT)
                    + " '" + value + "'", e);
        }
    }

    /** Whether {@code lemma} is in word class {@code w}. */
    boolean in(Words w, String lemma) {
        return words.get(w).contains(lemma);
    }

    /** The words of one class. */
    Set<String> words(Words w) {
        return words.get(w);
    }

    /** The type of an action noun ({@code [action-noun]}, written noun:type): "request" is a request. */
    Optional<EventType> actionNoun(String lemma) {
        for (String entry : words.get(Words.ACTION_NOUN)) {
            int colon = entry.indexOf(':');
            if (colon > 0 && entry.substring(0, colon).equals(lemma)) {
                return EventType.fromKey(entry.substring(colon + 1));
            }
        }
        return Optional.empty();
    }

    /** Whether some trigger has this lemma (in any part of speech). */
    boolean isTriggerLemma(String lemma) {
        return triggers.containsKey(lemma);
    }

    /** The trigger entry of one lemma and part of speech, ignoring conditions. */
    Optional<Trigger> entry(String lemma, Pos pos) {
        return triggers.getOrDefault(lemma, List.of()).stream().filter(t -> t.pos() == pos).findFirst();
    }

    /** The trigger token {@code i} of {@code t} is, when its part of speech and conditions fit. */
    Optional<Trigger> trigger(Tree t, int i) {
        Token tok = t.token(i);
        Pos pos = tok.isPos("NN") ? Pos.NOUN : tok.isPos("VB") ? Pos.VERB
                : tok.isPos("JJ") || tok.isPos("RB") ? Pos.ADJ : null;
        if (pos == null) {
            return Optional.empty();
        }
        for (Trigger tr : triggers.getOrDefault(t.lemma(i), List.of())) {
            // a participle the tagger made an adjective ("blocked", "unblocked") is the verb
            boolean fits = tr.pos() == pos || tr.pos() == Pos.VERB && pos == Pos.ADJ && tok.isPos("JJ")
                    || tr.pos() == Pos.ADJ && pos == Pos.VERB && tok.pos().equals("VBN");
            if (fits && (tr.needs().isEmpty() || tr.needs().stream().anyMatch(n -> holds(t, i, n)))) {
                return Optional.of(tr);
            }
        }
        return Optional.empty();
    }

    private static boolean holds(Tree t, int i, Need n) {
        return switch (n.kind()) {
            case "prt" -> t.hasChild(i, "compound:prt", n.lemmas()) || t.hasChild(i, "advmod", n.lemmas())
                    || t.hasChild(i, "xcomp", n.lemmas()) || t.hasChild(i, "obl", n.lemmas());
            case "obj" -> t.hasChild(i, "obj", n.lemmas()) || t.hasChild(i, "nsubj:pass", n.lemmas());
            case "adv" -> t.hasChild(i, "advmod", n.lemmas()) || t.hasChild(i, "xcomp", n.lemmas())
                    || t.hasChild(i, "compound:prt", n.lemmas())
                    || t.head(i) >= 0 && t.hasChild(t.head(i), "advmod", n.lemmas());
            case "head" -> t.head(i) >= 0 && n.lemmas().contains(t.lemma(t.head(i)));
            default -> false;
        };
    }

    /**
     * The lower-case lemma; for a word the tagger did not know ("unblocked" tagged JJ with itself
     * as lemma), the verb it comes from when that verb is one of ours.
     */
    String lemma(Token t) {
        String l = t.lemma().toLowerCase(Locale.ROOT);
        if (triggers.containsKey(l) || !(l.endsWith("ed") || l.endsWith("ing"))) {
            return l;
        }
        String stem = l.endsWith("ed") ? l.substring(0, l.length() - 2) : l.substring(0, l.length() - 3);
        for (String cand : new String[] {stem, stem + "e", dedouble(stem)}) {
            if (entry(cand, Pos.VERB).isPresent() || in(Words.UNDO, cand)) {
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

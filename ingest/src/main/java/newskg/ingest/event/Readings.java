package newskg.ingest.event;

import java.util.Optional;
import java.util.Set;

import newskg.model.EventType;

/**
 * What a trigger word means where it stands: "the ban" under "lifted" is a lift anchored at
 * "lifted", under "imposed" a ban anchored at "imposed", under "eyes" or "is considering" no act
 * at all; "block" under "revoked the order to" is a lift.
 */
final class Readings {

    /**
     * A trigger read in context.
     *
     * @param type      the event type
     * @param action    the lemma of the word that states the act
     * @param anchor    the token the act's clause hangs on (modality, agent and date are read there)
     * @param trigger   the trigger word itself
     * @param reference found through "the ban", "the order": a reference to an act told before
     * @param undone    for a lift, the type of what was lifted (a ban or a restriction), if the text says
     */
    record Reading(EventType type, String action, int anchor, int trigger, boolean reference,
                   Optional<EventType> undone) {
    }

    private final Lexicon lex;

    Readings(Lexicon lex) {
        this.lex = lex;
    }

    /** The reading of trigger {@code i}, or empty when the act is only considered ("eyes a ban"). */
    Optional<Reading> read(Tree t, int i, Lexicon.Trigger e) {
        int h = t.head(i);
        String rel = t.rel(i);
        EventType base = e.type();
        boolean nominal = t.token(i).isPos("NN") || t.token(i).pos().equals("VBG") && rel.matches("obj|nsubj.*|nmod.*");
        if (nominal && h >= 0 && argument(rel)) {
            String head = t.lemma(h);
            if (lex.in(Lexicon.Words.CONSIDER, head)) {
                return Optional.empty();
            }
            boolean undoable = base == EventType.BAN || base == EventType.RESTRICT;
            if (undoable && lex.in(Lexicon.Words.UNDO, head) && undoes(t, i, h, rel)) {
                return Optional.of(new Reading(EventType.LIFT, head, h, i, false, Optional.of(base)));
            }
            if (undoable && lex.in(Lexicon.Words.THREAT, head)) {
                return Optional.of(new Reading(EventType.THREATEN, head, h, i, false, Optional.empty()));
            }
            if (undoable && (imposes(t, h) || lex.in(Lexicon.Words.LIGHT, head)) && t.token(i).isPos("NN")) {
                return Optional.of(new Reading(base, head, h, i, false, Optional.empty()));
            }
        }
        if (t.token(i).isPos("VB") && h >= 0 && (rel.startsWith("acl") || rel.startsWith("xcomp"))
                && lex.in(Lexicon.Words.ORDER_NOUN, t.lemma(h)) && t.head(h) >= 0
                && lex.in(Lexicon.Words.UNDO, t.lemma(t.head(h))) && argument(t.rel(h))) {
            // "revoked the order to block X", "lifted requirements to restrict access to Telegram"
            int u = t.head(h);
            return Optional.of(new Reading(EventType.LIFT, t.lemma(u), u, i, false, Optional.of(base)));
        }
        if (t.token(i).isPos("VB") && h >= 0 && rel.startsWith("xcomp") && lex.in(Lexicon.Words.UNDO, t.lemma(h))
                && t.children(h).stream().anyMatch(c -> t.rel(c).equals("obj") && lex.in(Lexicon.Words.ORDER_NOUN, t.lemma(c)))) {
            // the same, parsed as "lifted [requirements] [to restrict ...]"
            return Optional.of(new Reading(EventType.LIFT, t.lemma(h), h, i, false, Optional.of(base)));
        }
        if (base == EventType.LIFT && t.token(i).isPos("NN") && h >= 0 && imposes(t, h)) {
            return Optional.of(new Reading(base, t.lemma(i), h, i, false, Optional.empty()));
        }
        Optional<EventType> undone = Optional.empty();
        if (base == EventType.LIFT) {
            // "lifted its ban on X": what was lifted is a ban
            for (int c : t.children(i)) {
                if (undone.isEmpty() && (t.rel(c).equals("obj") || t.rel(c).equals("nsubj:pass"))) {
                    undone = lex.entry(t.lemma(c), Lexicon.Pos.NOUN).map(Lexicon.Trigger::type)
                            .filter(x -> x == EventType.BAN || x == EventType.RESTRICT);
                }
            }
        }
        return Optional.of(new Reading(base, t.lemma(i), i, i, false, undone));
    }

    private static boolean argument(String rel) {
        return rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("nmod") || rel.startsWith("obl");
    }

    /** Whether undo verb {@code h} acts on the ban noun {@code i}: "lifted the ban", "the ban was lifted", "the lifting of the ban". */
    private boolean undoes(Tree t, int i, int h, String rel) {
        if (rel.equals("obj") || rel.startsWith("nsubj:pass") || rel.startsWith("nmod") && t.token(h).isPos("NN")) {
            return true;
        }
        // "the suspension ended", "the ban was eased": an undo verb with the ban as its subject and no object
        return rel.equals("nsubj") && (lex.entry(t.lemma(h), Lexicon.Pos.VERB).map(x -> x.type() == EventType.LIFT)
                .orElse(false) || !t.hasChild(h, "obj", Set.of()));
    }

    /** "imposed", "put (in place)", "takes effect": a verb that puts the ban named by its argument in force. */
    boolean imposes(Tree t, int h) {
        return lex.in(Lexicon.Words.IMPOSE, t.lemma(h)) && t.token(h).isPos("VB")
                || lex.in(Lexicon.Words.EFFECT, t.lemma(h)) && (t.hasChild(h, "obj", lex.words(Lexicon.Words.EFFECT_NOUN))
                        || t.hasChild(h, "obl", lex.words(Lexicon.Words.EFFECT_NOUN)));
    }
}

package newskg.ingest.event;

import java.util.Set;

import newskg.model.EventType;
import newskg.model.Modality;

/**
 * The modality of an act from the words around its clause: negation ("did not block", "has no
 * plans to", "neither ... nor"), denial verbs, threats ("threatened to block"), considerations
 * ("is considering a ban"), future ("will lift", headline "to be unblocked"), reported future
 * ("said it would lift"), and conditions ("could", "if", "once"). The cue words are word classes
 * of {@link Lexicon}.
 */
final class Modalities {
    private final Lexicon lex;

    Modalities(Lexicon lex) {
        this.lex = lex;
    }

    /** The modality of the act anchored at {@code a} whose trigger word is {@code trigger}. */
    Modality of(Tree t, int a, int trigger, EventType type) {
        Set<String> negators = lex.words(Lexicon.Words.NEGATOR);
        for (int x = t.head(a), g = 0; x >= 0 && g < 3; x = t.head(x), g++) {
            if (lex.in(Lexicon.Words.THREAT, t.lemma(x)) && !t.hasChild(x, "advmod", negators)) {
                return Modality.THREATENED;
            }
            if (lex.in(Lexicon.Words.CONSIDER, t.lemma(x)) && !t.rel(a).startsWith("nsubj")) {
                // "is considering blocking X", "proposed to ban X": not decided
                return Modality.HYPOTHETICAL;
            }
        }
        if (t.hasChild(a, "advmod", negators) || t.hasChild(trigger, "det", Set.of("no"))
                || t.hasChild(a, "aux", Set.of("never")) || t.hasChild(a, "cc:preconj", Set.of("neither"))) {
            return Modality.DENIED;
        }
        boolean reported = false;
        int k = a;
        for (int level = 0; k >= 0 && level < 4; level++) {
            String l = t.lemma(k);
            if (level > 0 && lex.in(Lexicon.Words.THREAT, l)) {
                return Modality.THREATENED;
            }
            boolean noPlans = t.children(k).stream().anyMatch(c -> t.rel(c).equals("obj") && t.hasChild(c, "det", Set.of("no")));
            if (level > 0 && (lex.in(Lexicon.Words.DENY, l) || t.hasChild(k, "det", Set.of("no")) || noPlans)) {
                // "denied that it had blocked", "has no plans to block"
                return Modality.DENIED;
            }
            if (level > 0 && t.hasChild(k, "advmod", negators) && lex.in(Lexicon.Words.ORDER, l)) {
                return Modality.DENIED;
            }
            if (lex.in(Lexicon.Words.SPEECH, l) && level > 0) {
                reported = true;
            }
            if (t.hasChild(k, "aux", lex.words(Lexicon.Words.FUTURE))
                    || level > 0 && lex.in(Lexicon.Words.PLAN, l) && t.hasChild(k, "xcomp", Set.of())) {
                return conditional(t, k) ? Modality.HYPOTHETICAL : Modality.ANNOUNCED;
            }
            if (t.hasChild(k, "aux", Set.of("would")) && conditional(t, k)) {
                return Modality.HYPOTHETICAL;
            }
            if (t.hasChild(k, "aux", Set.of("would"))) {
                return reported || speechAbove(t, k) ? Modality.ANNOUNCED : Modality.HYPOTHETICAL;
            }
            if (t.hasChild(k, "aux", lex.words(Lexicon.Words.MAYBE)) || t.hasChild(k, "mark", lex.words(Lexicon.Words.CONDITION))
                    || conditional(t, k)) {
                return Modality.HYPOTHETICAL;
            }
            if (lex.in(Lexicon.Words.THREAT, l) && level == 0 && type == EventType.THREATEN) {
                return Modality.THREATENED;
            }
            String rel = t.rel(k);
            if (!(rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("acl") || rel.equals("obj")
                    || rel.startsWith("nsubj") || rel.startsWith("nmod"))) {
                break;
            }
            k = t.head(k);
        }
        // "Telegram to be unblocked", "Telegram to get unblocked": a headline-style infinitive with no finite verb above
        for (int x = a, g = 0; x >= 0 && g < 3; x = t.head(x), g++) {
            if (t.hasChild(x, "mark", Set.of("to")) && t.head(x) < 0) {
                return Modality.ANNOUNCED;
            }
        }
        return Modality.OCCURRED;
    }

    /** "would be reopened once it complied", "will block it unless ...": a condition on the act. */
    boolean conditional(Tree t, int k) {
        for (int c : t.children(k)) {
            if (t.rel(c).startsWith("advcl") && t.hasChild(c, "mark", lex.words(Lexicon.Words.CONDITION))) {
                return true;
            }
        }
        return false;
    }

    boolean speechAbove(Tree t, int k) {
        for (int x = t.head(k), g = 0; x >= 0 && g < 3; x = t.head(x), g++) {
            if (lex.in(Lexicon.Words.SPEECH, t.lemma(x))) {
                return true;
            }
        }
        return false;
    }
}

package newskg.ingest.event;

import java.util.Set;

import newskg.model.EventType;
import newskg.model.Modality;

/**
 * The modality of an act from the words around its clause: negation ("did not block", "has no
 * plans to"), denial verbs, threats ("threatened to block"), future ("will lift", headline "to be
 * unblocked"), reported future ("said it would lift"), and conditions ("could", "if", "once").
 */
final class Modalities {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> MAYBE = Set.of("could", "might", "may");
    private static final Set<String> CONDITION = Set.of("if", "unless", "once", "provided", "until");
    private static final Set<String> DENY = Set.of("deny", "refuse", "reject");
    private static final Set<String> PLAN = Set.of("plan", "set", "expect", "go", "intend", "prepare", "aim");

    private Modalities() {
    }

    /** The modality of the act anchored at {@code a} whose trigger word is {@code trigger}. */
    static Modality of(Tree t, int a, int trigger, EventType type) {
        for (int x = t.head(a), g = 0; x >= 0 && g < 3; x = t.head(x), g++) {
            if (Lexicon.THREATEN.contains(t.lemma(x)) && !t.hasChild(x, "advmod", NEGATORS)) {
                return Modality.THREATENED;
            }
        }
        if (t.hasChild(a, "advmod", NEGATORS) || t.hasChild(trigger, "det", Set.of("no"))
                || t.hasChild(a, "aux", Set.of("never"))) {
            return Modality.DENIED;
        }
        boolean reported = false;
        int k = a;
        for (int level = 0; k >= 0 && level < 4; level++) {
            String l = t.lemma(k);
            if (level > 0 && Lexicon.THREATEN.contains(l)) {
                return Modality.THREATENED;
            }
            if (level > 0 && (DENY.contains(l) || t.hasChild(k, "det", Set.of("no")))) {
                // "denied that it had blocked", "has no plans to block"
                return Modality.DENIED;
            }
            if (level > 0 && t.hasChild(k, "advmod", NEGATORS) && Lexicon.ORDER.contains(l)) {
                return Modality.DENIED;
            }
            if (Lexicon.SPEECH.contains(l) && level > 0) {
                reported = true;
            }
            if (t.hasChild(k, "aux", FUTURE) || level > 0 && PLAN.contains(l) && t.hasChild(k, "xcomp", Set.of())) {
                return Modality.ANNOUNCED;
            }
            if (t.hasChild(k, "aux", Set.of("would")) && conditional(t, k)) {
                return Modality.HYPOTHETICAL;
            }
            if (t.hasChild(k, "aux", Set.of("would"))) {
                return reported || speechAbove(t, k) ? Modality.ANNOUNCED : Modality.HYPOTHETICAL;
            }
            if (t.hasChild(k, "aux", MAYBE) || t.hasChild(k, "mark", CONDITION) || conditional(t, k)) {
                return Modality.HYPOTHETICAL;
            }
            if (Lexicon.THREATEN.contains(l) && level == 0 && type == EventType.THREATEN) {
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
    private static boolean conditional(Tree t, int k) {
        for (int c : t.children(k)) {
            if (t.rel(c).startsWith("advcl") && t.hasChild(c, "mark", CONDITION)) {
                return true;
            }
        }
        return false;
    }

    static boolean speechAbove(Tree t, int k) {
        for (int x = t.head(k), g = 0; x >= 0 && g < 3; x = t.head(x), g++) {
            if (Lexicon.SPEECH.contains(t.lemma(x))) {
                return true;
            }
        }
        return false;
    }

}

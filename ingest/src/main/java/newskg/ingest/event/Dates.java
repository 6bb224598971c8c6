package newskg.ingest.event;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import newskg.ingest.nlp.NerMention;
import newskg.model.TimeValue;

/**
 * Chooses the date of an event: the time expression attached to the event's clause, else one on
 * the verbs above it ("said on Monday it had blocked"), else the nearest one in the sentence, else
 * the publication date at week precision. SUTime has already resolved relative expressions
 * against the publication date; this class only picks and parses.
 */
final class Dates {

    /** How a date was found; higher is more trustworthy. Merging keeps the best one. */
    enum Basis { PUBLICATION, SENTENCE, REPORT, CLAUSE, EFFECTIVE }

    /** A date with how it was found. */
    record Dated(TimeValue value, Basis basis) {
    }

    private static final Set<String> EFFECT = Set.of("effect", "force");
    private static final Set<String> DEADLINE = Set.of("by", "until", "till", "before");

    private final DocumentIndex index;

    Dates(DocumentIndex index) {
        this.index = index;
    }

    /** The date of the event anchored at token {@code anchor} of sentence {@code si}. */
    Optional<Dated> of(int si, int anchor) {
        Tree t = index.trees.get(si);
        // 1. on the anchor's clause, then on the verbs above it (a speech verb gives the report date)
        int from = -1;
        int k = anchor;
        for (int level = 0; k >= 0 && level < 6; level++) {
            Optional<TimeValue> v = attached(si, k, from);
            if (v.isPresent()) {
                Basis b = level == 0 || !Lexicon.SPEECH.contains(t.lemma(k)) ? Basis.CLAUSE : Basis.REPORT;
                if (takesEffect(t, k)) {
                    b = Basis.EFFECTIVE;
                }
                return Optional.of(new Dated(pastWeekday(t, k, v.get()), b));
            }
            // climb only to verbs whose time is this event's time: "said on Sunday (that) it blocked",
            // "ordered ... to block", "the ban was imposed"; not out of "after months of blocking"
            String rel = t.rel(k);
            boolean nounArgument = level == 0 && t.token(k).isPos("NN")
                    && (rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("obl"));
            if (!(nounArgument || rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("conj")
                    || rel.startsWith("parataxis"))) {
                break;
            }
            from = k;
            k = t.head(k);
        }
        // 2. the nearest time expression in the sentence
        NerMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (NerMention m : t.sentence.mentions()) {
            if (value(m).isEmpty() || deadline(t, m) || otherClause(t, m, anchor)) {
                continue;
            }
            int d = Math.min(Math.abs(m.firstToken() - anchor), Math.abs(m.endToken() - 1 - anchor));
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        if (best != null) {
            return value(best).map(v -> new Dated(v, Basis.SENTENCE));
        }
        return publication();
    }

    /**
     * SUTime reads "has resumed on Sunday" (present perfect) as the coming Sunday. An event told in
     * the past or perfect cannot lie in the week after publication: it is the weekday before.
     */
    private TimeValue pastWeekday(Tree t, int verb, TimeValue v) {
        Optional<LocalDate> doc = index.doc.docDate();
        if (doc.isEmpty() || v.precision() != newskg.model.Precision.DAY || !v.start().isAfter(doc.get())
                || v.start().isAfter(doc.get().plusDays(7))) {
            return v;
        }
        boolean past = t.token(verb).pos().equals("VBD")
                || t.token(verb).pos().equals("VBN") && t.hasChild(verb, "aux", Set.of("have"))
                && !t.hasChild(verb, "aux", Set.of("will"));
        return past ? TimeValue.day(v.start().minusDays(7), v.text()) : v;
    }

    /** The publication week: what is left when the text gives no time at all. */
    Optional<Dated> publication() {
        return index.doc.docDate().map(d -> new Dated(TimeValue.weekOf(d, ""), Basis.PUBLICATION));
    }

    /** A time expression whose head hangs on {@code k} (directly or through one noun), not inside {@code skip}. */
    private Optional<TimeValue> attached(int si, int k, int skip) {
        Tree t = index.trees.get(si);
        Optional<TimeValue> best = Optional.empty();
        int bestDepth = Integer.MAX_VALUE;
        for (NerMention m : t.sentence.mentions()) {
            Optional<TimeValue> v = value(m);
            if (v.isEmpty() || deadline(t, m)) {
                continue;
            }
            int h = DocumentIndex.spanHead(t, m.firstToken(), m.endToken());
            if (skip >= 0 && t.dominates(skip, h)) {
                continue;
            }
            int depth = t.depthBelow(k, h);
            boolean near = depth == 1 || depth == 2 && !t.token(t.head(h)).isPos("VB")
                    || depth == 3 && t.rel(h).startsWith("obl") && t.rel(t.head(h)).equals("acl");
            if (near && depth < bestDepth) {
                best = v;
                bestDepth = depth;
            }
        }
        return best;
    }

    /**
     * Whether a time expression belongs to a clause beside the event's ("TikTok is banned in India,
     * and Nepal lifted its ban in August"): a verb with its own subject that neither contains the
     * event nor is contained by it ("blocked during protests that began in late 2019" is fine).
     */
    private static boolean otherClause(Tree t, NerMention m, int anchor) {
        int v = t.head(DocumentIndex.spanHead(t, m.firstToken(), m.endToken()));
        while (v >= 0 && !t.token(v).isPos("VB")) {
            v = t.head(v);
        }
        if (v < 0 || v == anchor || t.dominates(v, anchor)) {
            return false;
        }
        if (t.dominates(anchor, v)) {
            // below the event, but in a conjoined clause of its own
            for (int x = v; x != anchor && x >= 0; x = t.head(x)) {
                if (t.rel(x).startsWith("conj") || t.rel(x).startsWith("parataxis")) {
                    return t.child(v, "nsubj") >= 0 || t.child(v, "nsubj:pass") >= 0;
                }
            }
            return false;
        }
        return t.child(v, "nsubj") >= 0 || t.child(v, "nsubj:pass") >= 0;
    }

    /** "the ban takes effect on 1 March": the date a measure starts to apply. */
    private static boolean takesEffect(Tree t, int k) {
        return (t.lemma(k).equals("take") || t.lemma(k).equals("come") || t.lemma(k).equals("go")
                || t.lemma(k).equals("enter")) && t.hasChild(k, "obj", EFFECT)
                || t.hasChild(k, "obl", EFFECT);
    }

    private static boolean deadline(Tree t, NerMention m) {
        int h = DocumentIndex.spanHead(t, m.firstToken(), m.endToken());
        return t.hasChild(h, "case", DEADLINE);
    }

    /** The TIMEX value of a mention as a {@link TimeValue}: days, weeks, months and years only. */
    Optional<TimeValue> value(NerMention m) {
        if (!m.isTemporal()) {
            return Optional.empty();
        }
        String v = m.normalized();
        int tIdx = v.indexOf('T');
        if (tIdx == 10) {
            v = v.substring(0, 10);
        }
        Optional<TimeValue> parsed = TimeValue.parse(v, m.text());
        Optional<LocalDate> doc = index.doc.docDate();
        // A TIMEX far after the publication date is usually a misreading ("the 2030 plan") unless stated as future
        return parsed.filter(p -> doc.isEmpty() || p.start().isBefore(doc.get().plusYears(3)));
    }
}

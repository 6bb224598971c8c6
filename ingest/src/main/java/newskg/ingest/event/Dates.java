package newskg.ingest.event;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import newskg.ingest.nlp.NerMention;
import newskg.model.Precision;
import newskg.model.TimeValue;

/**
 * Chooses the date of an event: the time expression attached to the event's clause, else one on
 * the verbs above it ("said on Monday it had blocked"), else the nearest one in the sentence, else
 * the publication date at week precision (the article's narrative time is borrowed later, by
 * {@link EventMerger}). SUTime has already resolved relative expressions against the publication
 * date; this class picks, parses and corrects the direction SUTime guessed.
 */
final class Dates {

    /** How a date was found; higher is more trustworthy. Merging keeps the best one. */
    enum Basis { PUBLICATION, NARRATIVE, SENTENCE, REPORT, CLAUSE, EFFECTIVE }

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
        return of(si, anchor, -1);
    }

    /** As {@link #of(int, int)}, leaving out the time expressions under token {@code skip} ({@code -1}: none). */
    Optional<Dated> of(int si, int anchor, int skip) {
        Tree t = index.trees.get(si);
        // 1. on the anchor's clause, then on the verbs above it (a speech verb gives the report date)
        int from = skip;
        int k = anchor;
        for (int level = 0; k >= 0 && level < 6; level++) {
            Optional<TimeValue> v = attached(si, k, from);
            if (v.isPresent()) {
                Basis b = level == 0 || !index.lex.in(Lexicon.Words.SPEECH, t.lemma(k)) ? Basis.CLAUSE : Basis.REPORT;
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
            if (value(m).isEmpty() || deadline(t, m) || otherClause(t, m, anchor)
                    || skip >= 0 && t.dominates(skip, DocumentIndex.spanHead(t, m.firstToken(), m.endToken()))) {
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
        // 3. a quotation that goes on over sentences: the date of its attribution ("... ,” Rama said Saturday.)
        Optional<Dated> quoted = quotationReport(si);
        return quoted.isPresent() ? quoted : publication();
    }

    private static final int QUOTE_REACH = 3;

    /**
     * The date of the speech verb that attributes the quotation sentence {@code si} is part of: the
     * quotation opens in or before it and closes in a sentence (at most three on) whose main verb is
     * a verb of saying with a time expression.
     */
    private Optional<Dated> quotationReport(int si) {
        if (!insideQuotation(si)) {
            return Optional.empty();
        }
        for (int s = si; s < Math.min(index.trees.size(), si + QUOTE_REACH + 1); s++) {
            Tree t = index.trees.get(s);
            String text = text(s);
            boolean closes = text.contains("”") || s > si && count(text, '"') % 2 == 1;
            if (s > si && !closes) {
                continue;
            }
            for (int i = 0; i < t.size(); i++) {
                if (t.head(i) < 0 && index.lex.in(Lexicon.Words.SPEECH, t.lemma(i))) {
                    Optional<TimeValue> v = attached(s, i, -1);
                    if (v.isPresent()) {
                        return Optional.of(new Dated(v.get(), Basis.REPORT));
                    }
                }
            }
            if (closes && s > si) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether sentence {@code si} opens a quotation it does not close. */
    private boolean insideQuotation(int si) {
        String text = text(si);
        int open = text.lastIndexOf('“');
        return open >= 0 && text.indexOf('”', open) < 0 || count(text, '"') % 2 == 1 && text.strip().startsWith("\"");
    }

    private String text(int si) {
        Tree t = index.trees.get(si);
        return t.size() == 0 ? "" : index.doc.body().substring(t.sentence.begin(), t.sentence.end());
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /**
     * The date of a dateline ("RIO DE JANEIRO, August 30.", "SEATTLE/BOSTON, Feb 3 (Reuters) -")
     * in the first sentences: the day the story was filed, the narrative time of its lead.
     */
    Optional<TimeValue> dateline() {
        for (int si = 0; si < Math.min(4, index.trees.size()); si++) {
            Tree t = index.trees.get(si);
            for (NerMention m : t.sentence.mentions()) {
                Optional<TimeValue> v = value(m);
                if (v.isEmpty() || v.get().precision() != Precision.DAY || m.firstToken() == 0 || m.firstToken() > 8) {
                    continue;
                }
                boolean place = true;
                boolean capitals = false;
                for (int i = 0; i < m.firstToken(); i++) {
                    String w = t.token(i).word();
                    capitals |= w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.matches(".*\\p{L}.*")
                            || t.token(i).ner().equals("LOCATION");
                    place &= w.matches("[,/()-]") || Character.isUpperCase(w.charAt(0));
                }
                if (place && capitals && t.token(m.firstToken() - 1).word().equals(",")) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * SUTime reads "has resumed on Sunday" (present perfect) as the coming Sunday. An event told in
     * the past or perfect cannot lie in the week after publication: it is the weekday before.
     */
    private TimeValue pastWeekday(Tree t, int verb, TimeValue v) {
        Optional<LocalDate> doc = index.doc.docDate();
        if (doc.isEmpty() || v.precision() != Precision.DAY || !v.start().isAfter(doc.get())
                || v.start().isAfter(doc.get().plusDays(7))) {
            return v;
        }
        // past tense, present perfect, or a past passive ("was suspended Saturday")
        boolean pastPassive = t.children(verb).stream().anyMatch(c -> t.rel(c).equals("aux:pass")
                && t.token(c).pos().equals("VBD"));
        boolean past = t.token(verb).pos().equals("VBD") || pastPassive
                || t.token(verb).pos().equals("VBN") && t.hasChild(verb, "aux", Set.of("have"))
                && !t.hasChild(verb, "aux", Set.of("will"));
        return past ? TimeValue.day(v.start().minusDays(7), v.text()) : v;
    }

    /** "since Saturday" lies in the past: SUTime sometimes reads the weekday as the coming one. */
    private TimeValue since(Tree t, int head, TimeValue v) {
        Optional<LocalDate> doc = index.doc.docDate();
        if (doc.isPresent() && v.precision() == Precision.DAY && v.start().isAfter(doc.get())
                && !v.start().isAfter(doc.get().plusDays(7)) && t.hasChild(head, "case", Set.of("since"))) {
            return TimeValue.day(v.start().minusDays(7), v.text());
        }
        return v;
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
                    || depth == 3 && t.rel(h).startsWith("obl") && t.rel(t.head(h)).equals("acl")
                    // "blocked since protests broke out on Monday": the clause that says when it began
                    || depth == 2 && t.rel(t.head(h)).startsWith("advcl")
                    && t.hasChild(t.head(h), "mark", Set.of("since", "when", "as"));
            if (near && depth < bestDepth) {
                best = v.map(x -> since(t, h, x));
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
        // the top of the verb chain the expression hangs on ("began to emerge online last month")
        while (v >= 0 && t.rel(v).startsWith("xcomp") && t.head(v) >= 0) {
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
        // a relative clause, or any clause with a subject of its own, tells of something else
        return t.rel(v).startsWith("acl") || t.child(v, "nsubj") >= 0 || t.child(v, "nsubj:pass") >= 0;
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

    /**
     * SUTime guesses the direction of "in February" or "on Sunday" from nearby verbs and sometimes
     * guesses wrong. An event that will happen is not dated in the week before publication, and an
     * event that happened is not dated months ahead unless the text writes the year.
     */
    Dated tense(Dated d, newskg.model.Modality modality) {
        Optional<LocalDate> doc = index.doc.docDate();
        TimeValue v = d.value();
        if (doc.isEmpty() || d.basis() == Basis.EFFECTIVE || d.basis() == Basis.PUBLICATION
                || v.text().matches(".*\\b\\d{4}\\b.*")) {
            return d;
        }
        LocalDate pub = doc.get();
        if (modality == newskg.model.Modality.ANNOUNCED && v.precision() == Precision.DAY && v.start().equals(pub)
                && v.text().toLowerCase(java.util.Locale.ROOT).contains("midnight")) {
            // "will become accessible at midnight": the coming midnight, which starts the next day
            return new Dated(TimeValue.day(pub.plusDays(1), v.text()), d.basis());
        }
        if (modality == newskg.model.Modality.ANNOUNCED && v.precision() == Precision.DAY && v.start().isBefore(pub)
                && !v.start().isBefore(pub.minusDays(7))
                && !v.text().toLowerCase(java.util.Locale.ROOT).contains("yesterday")) {
            return new Dated(TimeValue.day(v.start().plusDays(7), v.text()), d.basis());
        }
        if (modality == newskg.model.Modality.OCCURRED && v.start().isAfter(pub.plusDays(7))
                && (v.precision() == Precision.DAY || v.precision() == Precision.MONTH)) {
            return new Dated(new TimeValue(v.start().minusYears(1), v.precision(), v.text()), d.basis());
        }
        return d;
    }

    private static final java.util.Map<String, Integer> NUMBERS = java.util.Map.ofEntries(
            java.util.Map.entry("a", 1), java.util.Map.entry("an", 1), java.util.Map.entry("one", 1),
            java.util.Map.entry("two", 2), java.util.Map.entry("three", 3), java.util.Map.entry("four", 4),
            java.util.Map.entry("five", 5), java.util.Map.entry("six", 6), java.util.Map.entry("seven", 7),
            java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10),
            java.util.Map.entry("eleven", 11), java.util.Map.entry("twelve", 12));

    /**
     * "X resumed on 3 May after two weeks of blocking": the blocking started two weeks before the
     * dated event it hangs under. Days and weeks give a day, months a month, years a year.
     */
    Optional<Dated> countedBack(Tree t, int si, int trigger) {
        int unit = t.head(trigger);
        if (unit < 0 || !t.token(unit).isPos("NN")) {
            return Optional.empty();
        }
        String u = t.lemma(unit);
        if (!(u.equals("day") || u.equals("week") || u.equals("month") || u.equals("year"))) {
            return Optional.empty();
        }
        Integer n = null;
        for (int c : t.children(unit)) {
            String w = t.token(c).word().toLowerCase(java.util.Locale.ROOT);
            if (t.rel(c).equals("nummod") || t.rel(c).equals("det")) {
                n = w.matches("\\d{1,3}") ? Integer.valueOf(w) : NUMBERS.get(w);
            }
        }
        int v = t.head(unit);
        if (n == null || v < 0 || !t.hasChild(unit, "case", Set.of("after", "following", "follow"))) {
            return Optional.empty();
        }
        Optional<Dated> anchorDate = of(si, v);
        if (anchorDate.isEmpty() || anchorDate.get().basis().compareTo(Basis.REPORT) < 0
                || anchorDate.get().value().precision() != Precision.DAY) {
            return Optional.empty();
        }
        LocalDate end = anchorDate.get().value().start();
        String text = t.sentence.text(index.doc.body(), Math.min(unit, trigger), Math.max(unit, trigger) + 1);
        TimeValue start = switch (u) {
            case "day" -> TimeValue.day(end.minusDays(n), text);
            case "week" -> TimeValue.day(end.minusWeeks(n), text);
            case "month" -> new TimeValue(end.minusMonths(n).withDayOfMonth(1), Precision.MONTH, text);
            default -> new TimeValue(end.minusYears(n).withDayOfYear(1), Precision.YEAR, text);
        };
        return Optional.of(new Dated(start, Basis.CLAUSE));
    }

    /** The TIMEX value of a mention as a {@link TimeValue}: days, weeks, months and years only. */
    Optional<TimeValue> value(NerMention m) {
        if (!m.isTemporal()) {
            return Optional.empty();
        }
        String v = m.normalized();
        int tIdx = v.indexOf('T');
        boolean midnight = tIdx == 10 && v.startsWith("T24", 10);
        if (tIdx == 10) {
            v = v.substring(0, 10);
        }
        if (midnight) {
            // SUTime writes "midnight" as hour 24 of the day before
            try {
                v = LocalDate.parse(v).plusDays(1).toString();
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Optional<TimeValue> parsed = TimeValue.parse(v, m.text());
        Optional<LocalDate> doc = index.doc.docDate();
        // A TIMEX far after the publication date is usually a misreading ("the 2030 plan") unless stated as future
        return parsed.filter(p -> doc.isEmpty() || p.start().isBefore(doc.get().plusYears(3)));
    }
}

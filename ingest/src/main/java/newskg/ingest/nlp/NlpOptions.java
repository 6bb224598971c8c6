package newskg.ingest.nlp;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the CoreNLP pipeline is configured.
 *
 * <p>The defaults are chosen for speed at equal extraction quality (issue 6): one 3-class CRF
 * instead of three, no fine-grained KBP NER (about two thirds of default NER time), SUTime on
 * (dates are what we need from NER), enhanced++ dependencies from the neural parser, no coref
 * (our own head-noun coreference covers "the ministry", "the platform").
 *
 * <pre>{@code
 * NlpOptions o = NlpOptions.defaults().with("ner.applyFineGrained", "true");
 * }</pre>
 *
 * @param corenlp      properties passed to CoreNLP verbatim ({@code nlp.corenlp.*} in the app config)
 * @param timeOnCues   run SUTime ourselves, only on sentences with a time word or a digit, instead of
 *                     inside NER on every sentence (SUTime was about 70% of NER time on the dev corpus)
 */
public record NlpOptions(Map<String, String> corenlp, boolean timeOnCues) {

    public NlpOptions {
        corenlp = Map.copyOf(new TreeMap<>(Objects.requireNonNull(corenlp, "corenlp")));
        if (!corenlp.containsKey("annotators")) {
            throw new IllegalArgumentException("CoreNLP properties need 'annotators'");
        }
    }

    /** Fast settings with the quality event extraction needs. */
    public static NlpOptions defaults() {
        Map<String, String> p = new TreeMap<>();
        p.put("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.put("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.put("ner.applyFineGrained", "false");
        p.put("ner.useSUTime", "false");
        p.put("ner.applyNumericClassifiers", "false");
        // Web text puts headlines, datelines and captions on lines of their own, without a full stop.
        p.put("ssplit.newlineIsSentenceBreak", "always");
        return new NlpOptions(p, true);
    }

    /** CoreNLP's own default pipeline (three CRF models and fine-grained NER): the baseline to beat. */
    public static NlpOptions coreNlpDefaults() {
        return new NlpOptions(Map.of("annotators", "tokenize,ssplit,pos,lemma,ner,depparse",
                "ssplit.newlineIsSentenceBreak", "always"), false);
    }

    /** A copy that runs SUTime inside NER (CoreNLP's way) or on cue sentences (ours). */
    public NlpOptions withTimeOnCues(boolean value) {
        Map<String, String> p = new TreeMap<>(corenlp);
        p.put("ner.useSUTime", String.valueOf(!value));
        p.put("ner.applyNumericClassifiers", String.valueOf(!value));
        return new NlpOptions(p, value);
    }

    /** A copy with one property set. */
    public NlpOptions with(String key, String value) {
        Map<String, String> p = new TreeMap<>(corenlp);
        p.put(key, value);
        return new NlpOptions(p, timeOnCues);
    }
}

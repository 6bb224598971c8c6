package newskg.ingest.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How likely a platform event is to be right, from how it was found: a logistic model over the
 * cues of the evidence (which route reached the platform, where the date and the country came
 * from, whether the trigger was a noun or a loose restriction word, how many statements back it).
 * The weights in {@code confidence.tsv} are fitted on the development gold by
 * {@code bench/calibrate-confidence.py}, so that "0.8" means right about 80 % of the time.
 *
 * <pre>{@code
 * Confidence c = Confidence.load();
 * c.features(candidate);   // {bias=1.0, type=ban=1.0, route=DIRECT=1.0, basis=CLAUSE=1.0, ...}
 * c.of(candidate);         // 0.87
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class Confidence {
    static final String RESOURCE = "/newskg/ingest/event/confidence.tsv";

    private final Map<String, Double> weights;

    Confidence(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    static Confidence load() {
        try (InputStream in = Confidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + RESOURCE);
            }
            Map<String, Double> w = new HashMap<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalArgumentException(RESOURCE + ":" + (n + 1) + ": want feature<TAB>weight");
                }
                w.put(f[0], Double.parseDouble(f[1]));
            }
            return new Confidence(w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The cues of a platform event as named features with their values. Few and coarse on purpose:
     * the development gold holds some thirty wrong events, and a feature per rule would learn them.
     */
    Map<String, Double> features(Candidate c) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("bias", 1.0);
        // how the date was found: the text's own words, the article's narrative time, or nothing but the publication week
        Dates.Basis basis = c.date().map(Dates.Dated::basis).orElse(Dates.Basis.PUBLICATION);
        f.put(basis == Dates.Basis.PUBLICATION ? "date=publication" : basis == Dates.Basis.NARRATIVE ? "date=narrative"
                : "date=text", 1.0);
        if (c.type() == newskg.model.EventType.RESTRICT || c.type() == newskg.model.EventType.THREATEN) {
            f.put("type=" + c.type().key(), 1.0); // the types news words least consistently
        }
        switch (c.cues().route()) {
            case NEARBY, CONTROL -> f.put("route=indirect", 1.0);   // platforms not in the act's own arguments
            case ANAPHOR -> f.put("route=anaphor", 1.0);
            default -> f.put("route=argument", 1.0);
        }
        if (c.cues().weak()) {
            f.put("weak", 1.0);
        }
        if (c.cues().nominal()) {
            f.put("nominal", 1.0);
        }
        if (c.cues().discovered()) {
            f.put("discovered", 1.0);
        }
        if (c.modality() != newskg.model.Modality.OCCURRED) {
            f.put("modality=" + c.modality().key(), 1.0);
        }
        f.put("support", Math.log(c.cues().support()));
        return f;
    }

    /** The probability that the event is right. */
    double of(Candidate c) {
        double z = 0;
        for (Map.Entry<String, Double> e : features(c).entrySet()) {
            z += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }
}

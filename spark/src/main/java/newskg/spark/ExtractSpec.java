package newskg.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import newskg.ingest.nlp.NlpOptions;

/**
 * What every executor needs to build its extraction pipeline: small and serialisable, sent
 * with each task (the pipeline itself is built on the executor, see {@link SharedAnalyzer}).
 *
 * <pre>{@code
 * ExtractSpec spec = ExtractSpec.defaults("0.1.0");
 * }</pre>
 *
 * @param softwareVersion written into every article graph: keep it equal to the app's version so
 *                        that Spark output and {@code newskg ingest} output are the same graphs
 * @param maxBytes        the largest file (txt, html) or WARC record body read; larger ones are reported
 * @param corenlp         CoreNLP properties, as {@link NlpOptions#corenlp()}
 */
public record ExtractSpec(String softwareVersion, long maxBytes, Map<String, String> corenlp) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ExtractSpec {
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        corenlp = new TreeMap<>(corenlp);
    }

    /** The settings of {@code newskg ingest}: default NLP options, 50 MB files. */
    public static ExtractSpec defaults(String softwareVersion) {
        return new ExtractSpec(softwareVersion, 50L << 20, NlpOptions.defaults().corenlp());
    }

    @Override
    public Map<String, String> corenlp() {
        return java.util.Collections.unmodifiableMap(corenlp);
    }
}

package newskg.spark;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.ingest.ArticleAnalyzer;
import newskg.ingest.nlp.NlpAnalyzers;
import newskg.ingest.nlp.NlpOptions;

/**
 * The one NLP stage (CoreNLP and the event extractor) of an executor JVM, built on first use
 * and shared by all the tasks that the executor runs, on all its task threads.
 *
 * <p><b>Why static mutable state here</b>, against the house rule: Spark ships a task's closure
 * to the executor by serialisation, and the CoreNLP pipeline is neither serialisable nor cheap
 * (about 1 GB of heap and tens of seconds to load). The executor JVM outlives its tasks, and a
 * static field is the only thing a task can reach that outlives it; building the stage per task
 * or per partition would reload the models thousands of times. The stage is thread-safe
 * (TECH-NOTES §D5), so the task threads of one executor share it. This is the pattern of
 * databricks/spark-corenlp's {@code @transient lazy val}, and the only such holder in newskg.
 *
 * <pre>{@code
 * ArticleAnalyzer nlp = SharedAnalyzer.get(NlpOptions.defaults().corenlp());
 * }</pre>
 */
public final class SharedAnalyzer {
    private static final Logger LOG = LoggerFactory.getLogger("newskg.run");

    /** The options it was built with and the stage; replaced only when a job asks for other options. */
    private record Held(Map<String, String> options, ArticleAnalyzer analyzer) {
    }

    private static volatile Held held;

    private SharedAnalyzer() {
    }

    /** The stage for these CoreNLP options, built on the first call in this JVM (double-checked). */
    public static ArticleAnalyzer get(Map<String, String> corenlpOptions) {
        Objects.requireNonNull(corenlpOptions, "corenlpOptions");
        Held h = held;
        if (h != null && h.options().equals(corenlpOptions)) {
            return h.analyzer();
        }
        synchronized (SharedAnalyzer.class) {
            h = held;
            if (h == null || !h.options().equals(corenlpOptions)) {
                long t0 = System.nanoTime();
                LOG.info("loading the NLP models (CoreNLP) in this executor ...");
                // Time expressions run on cue sentences exactly when CoreNLP's own SUTime is off (NlpOptions.withTimeOnCues).
                boolean timeOnCues = !Boolean.parseBoolean(corenlpOptions.getOrDefault("ner.useSUTime", "true"));
                ArticleAnalyzer a = NlpAnalyzers.coreNlp(new NlpOptions(corenlpOptions, timeOnCues));
                LOG.info("NLP models loaded in {} s", Duration.ofNanos(System.nanoTime() - t0).toSeconds());
                h = new Held(Map.copyOf(corenlpOptions), a);
                held = h;
            }
            return h.analyzer();
        }
    }
}

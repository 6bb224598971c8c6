package newskg.ingest.nlp;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.ingest.ArticleAnalyzer;
import newskg.ingest.event.EventExtractor;
import newskg.model.Article;
import newskg.model.Extraction;
import newskg.model.Problem;

/**
 * Builds the NLP stage: CoreNLP annotation followed by event extraction.
 *
 * <p>Building loads the CoreNLP models (tens of seconds, about 1 GB of heap): do it once per
 * process and share the result between threads.
 *
 * <pre>{@code
 * ArticleAnalyzer nlp = NlpAnalyzers.coreNlp();
 * Extraction x = nlp.analyze(article);       // never throws for a bad article: see x.problems()
 * }</pre>
 */
public final class NlpAnalyzers {
    private NlpAnalyzers() {
    }

    /** CoreNLP with {@link NlpOptions#defaults()} and the event extractor. */
    public static ArticleAnalyzer coreNlp() {
        return coreNlp(NlpOptions.defaults());
    }

    /** CoreNLP with the given options and the event extractor. */
    public static ArticleAnalyzer coreNlp(NlpOptions options) {
        return of(new CoreNlpAnnotator(options), EventExtractor.create());
    }

    /** The CoreNLP annotator alone, for tools that want the annotated document. */
    public static DocumentAnnotator coreNlpAnnotator(NlpOptions options) {
        return new CoreNlpAnnotator(options);
    }

    /** An analyzer from any annotator (tests use hand-made ones) and an extractor. */
    public static ArticleAnalyzer of(DocumentAnnotator annotator, EventExtractor extractor) {
        return new Analyzer(annotator, extractor);
    }

    private record Analyzer(DocumentAnnotator annotator, EventExtractor extractor) implements ArticleAnalyzer {
        private static final Logger LOG = LoggerFactory.getLogger(NlpAnalyzers.class);

        @Override
        public Extraction analyze(Article article) {
            if (article.body().isBlank()) {
                return Extraction.withoutEvents(article,
                        List.of(Problem.warning(Problem.Stage.NLP, article.source(), "empty body: nothing to analyse")));
            }
            AnnotatedDocument doc;
            try {
                doc = annotator.annotate(article);
            } catch (NlpException | IllegalArgumentException | IllegalStateException e) {
                LOG.warn("NLP failed on {}", article.source(), e);
                return Extraction.withoutEvents(article,
                        List.of(Problem.error(Problem.Stage.NLP, article.source(), e.getMessage())));
            }
            List<Problem> problems = article.published().isPresent() ? List.of()
                    : List.of(Problem.warning(Problem.Stage.NLP, article.source(),
                            "no publication date: relative dates were not resolved and events have no fallback date"));
            try {
                return extractor.extract(doc, problems);
            } catch (RuntimeException e) {
                // a bug in a rule must not stop a crawl of thousands of articles; it is logged with its trace
                LOG.error("event extraction failed on {}", article.source(), e);
                return Extraction.withoutEvents(article, List.of(Problem.error(Problem.Stage.NLP, article.source(),
                        "event extraction failed: " + e)));
            }
        }
    }
}

package newskg.ingest;

import newskg.model.Article;
import newskg.model.Extraction;

/**
 * The NLP stage: finds entities and events in one article.
 *
 * <p>Implementations are thread-safe and expensive to build (CoreNLP models load in
 * tens of seconds): build one per process and share it.
 *
 * <pre>{@code
 * ArticleAnalyzer nlp = NlpAnalyzers.coreNlp();
 * Extraction x = nlp.analyze(article);
 * }</pre>
 */
public interface ArticleAnalyzer {

    /**
     * Analyses one article. A failure on this article is reported as a {@link newskg.model.Problem}
     * in the result, never thrown.
     */
    Extraction analyze(Article article);
}

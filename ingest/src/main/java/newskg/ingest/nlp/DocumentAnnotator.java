package newskg.ingest.nlp;

import newskg.model.Article;

/**
 * Tokenises, tags, parses and resolves time expressions of one article.
 *
 * <p>Implementations are thread-safe: build one per process and share it.
 *
 * <pre>{@code
 * DocumentAnnotator nlp = NlpAnalyzers.coreNlpAnnotator(NlpOptions.defaults());
 * AnnotatedDocument doc = nlp.annotate(article);
 * }</pre>
 */
public interface DocumentAnnotator {

    /**
     * Annotates the body of {@code article}; relative dates resolve against its publication date.
     *
     * @throws NlpException when the annotator fails on this article
     */
    AnnotatedDocument annotate(Article article);
}

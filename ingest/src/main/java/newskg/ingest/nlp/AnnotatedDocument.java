package newskg.ingest.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import newskg.model.Article;

/**
 * An article with its linguistic annotation, in our own types: the input of event extraction.
 * No CoreNLP type appears here, so event extraction can be tested on hand-made documents.
 *
 * <pre>{@code
 * AnnotatedDocument doc = annotator.annotate(article);
 * for (Sentence s : doc.sentences()) { ... }
 * }</pre>
 *
 * @param article   the article; all offsets point into its body, relative dates were resolved
 *                  against its publication date
 * @param sentences the sentences, in order
 */
public record AnnotatedDocument(Article article, List<Sentence> sentences) {

    public AnnotatedDocument {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }

    /** The reference date of relative time expressions: the publication date, when known. */
    public Optional<LocalDate> docDate() {
        return article.published();
    }

    /** The article body, which every offset points into. */
    public String body() {
        return article.body();
    }
}

package newskg.ingest.source;

import java.util.List;
import java.util.Objects;

import newskg.model.Article;
import newskg.model.Problem;

/**
 * What reading one document gave: an article (perhaps with warnings), or a problem that says
 * why there is none.
 */
public sealed interface SourceItem {

    /** The path or URL as the user gave it (or the file below a directory they gave). */
    String source();

    /** An article to analyse and store. */
    record Read(Article article, List<Problem> warnings) implements SourceItem {
        public Read {
            Objects.requireNonNull(article, "article");
            warnings = List.copyOf(warnings);
        }

        @Override
        public String source() {
            return article.source();
        }
    }

    /** A document that gave no article, and why. */
    record Failed(Problem problem) implements SourceItem {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String source() {
            return problem.source();
        }
    }
}

package newskg.ingest.extract;

import java.util.List;
import java.util.Objects;

import newskg.model.Article;
import newskg.model.Problem;

/**
 * The outcome of extracting one page: an article (perhaps with warnings about what is missing)
 * or the problem that kept the page from being an article. Never an exception.
 *
 * <pre>{@code
 * switch (extractor.extract(path, Optional.empty(), bytes, Optional.empty())) {
 *     case ArticleResult.Ok ok -> store(ok.article());
 *     case ArticleResult.Failed f -> reporter.report(f.problem());
 * }
 * }</pre>
 */
public sealed interface ArticleResult {

    /** The problems to report: the warnings of an {@link Ok}, or the error of a {@link Failed}. */
    List<Problem> problems();

    /** An article was extracted; {@code warnings} say what could not be found (date, title, ...). */
    record Ok(Article article, List<Problem> warnings) implements ArticleResult {
        public Ok {
            Objects.requireNonNull(article, "article");
            warnings = List.copyOf(warnings);
        }

        @Override
        public List<Problem> problems() {
            return warnings;
        }
    }

    /** The page holds no article (empty, binary, no text); {@code problem} says why. */
    record Failed(Problem problem) implements ArticleResult {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public List<Problem> problems() {
            return List.of(problem);
        }
    }
}

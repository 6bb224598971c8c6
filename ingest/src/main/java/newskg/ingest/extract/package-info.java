/**
 * Article extraction from HTML: {@link newskg.ingest.extract.HtmlArticleExtractor} turns a page's
 * bytes into an {@link newskg.model.Article} (body text with paragraphs, headline, publication
 * day, authors, publisher, language, canonical URL) or a
 * {@link newskg.ingest.extract.ArticleResult.Failed} value.
 *
 * <pre>{@code
 * HtmlArticleExtractor extractor = HtmlArticleExtractor.create();
 * ArticleResult r = extractor.extract(source, Optional.of(url), bytes, Optional.of("utf-8"));
 * }</pre>
 *
 * <p>Everything else in the package is internal: the charset decoder, the body cascade
 * (furniture cleaning, Readability-style scoring, rendering, fallbacks), JSON-LD and metadata
 * readers, and the publication-date cascade. The hints they use are data, in
 * {@code body-hints.properties} and {@code date-hints.properties} beside the classes; they are
 * general markup conventions, never rules for particular sites. Quality is measured by
 * {@code ExtractionBenchmarksIT} against the benchmarks in {@code ../shared/benchmarks}.
 */
package newskg.ingest.extract;

package newskg.ingest.source;

import java.util.Optional;

import newskg.ingest.extract.ArticleResult;
import newskg.ingest.extract.HtmlArticleExtractor;

/**
 * Turns the bytes of an HTML page into an article; the seam between the sources (files, crawl,
 * WARC) and the article extractor.
 *
 * <pre>{@code
 * HtmlReader reader = HtmlReader.of(HtmlArticleExtractor.create());
 * }</pre>
 */
@FunctionalInterface
public interface HtmlReader {
    /**
     * @param source          the path or URL as given
     * @param pageUrl         the page's URL when known (a crawl, a WARC record)
     * @param html            the raw bytes
     * @param declaredCharset the charset an HTTP header declared, if any
     */
    SourceItem read(String source, Optional<String> pageUrl, byte[] html, Optional<String> declaredCharset);

    /** The reader over newskg's HTML article extractor. */
    static HtmlReader of(HtmlArticleExtractor extractor) {
        return (source, url, html, charset) -> {
            ArticleResult r = extractor.extract(source, url, html, charset);
            if (r instanceof ArticleResult.Ok ok) {
                return new SourceItem.Read(ok.article(), ok.warnings());
            }
            return new SourceItem.Failed(((ArticleResult.Failed) r).problem());
        };
    }
}

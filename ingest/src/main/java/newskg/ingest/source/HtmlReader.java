package newskg.ingest.source;

import java.util.Optional;

/**
 * Turns the bytes of an HTML page into an article; the seam between the sources and the
 * article extractor.
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
}

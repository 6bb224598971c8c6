package newskg.ingest.fetch;

import java.util.Locale;

/**
 * Content-Type helpers shared by the fetcher and the file sources.
 *
 * <pre>{@code
 * ContentTypes.isHtml("text/html; charset=utf-8");   // true
 * }</pre>
 */
public final class ContentTypes {

    private ContentTypes() {
    }

    /** The media type without parameters, lower-cased. */
    public static String mediaType(String contentType) {
        return FetchedPage.mediaTypeOf(contentType == null ? "" : contentType);
    }

    /** text/html or application/xhtml+xml. */
    public static boolean isHtml(String contentType) {
        String t = mediaType(contentType).toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }
}

package newskg.ingest.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newskg.ingest.fetch.Decompression;

/**
 * Reads a sitemap (urlset), a sitemap index, a news sitemap, a gzipped one or a plain-text list of
 * URLs, with crawler-commons' {@link SiteMapParser} (which rejects DOCTYPEs, so no XXE). gzip is
 * undone here, with a cap, before the parser sees the bytes: its own gunzip has none.
 *
 * <pre>{@code
 * SitemapReader.Result r = SitemapReader.parse(bytes, "application/xml", uri, 50L << 20);
 * if (r instanceof SitemapReader.Result.Index i) i.sitemaps().forEach(this::queueSitemap);
 * if (r instanceof SitemapReader.Result.UrlSet u) u.entries().forEach(this::queuePage);
 * }</pre>
 */
public final class SitemapReader {

    private SitemapReader() {
    }

    /** What a sitemap held. */
    public sealed interface Result {
        /** A sitemap index: more sitemaps to read. */
        record Index(List<URI> sitemaps) implements Result {
            public Index {
                sitemaps = List.copyOf(sitemaps);
            }
        }

        /** A urlset: pages, each with its news publication date or lastmod when given. */
        record UrlSet(List<FeedEntry> entries) implements Result {
            public UrlSet {
                entries = List.copyOf(entries);
            }
        }

        /** Not a readable sitemap. */
        record Error(String reason) implements Result {
            public Error {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    /**
     * @param body        the bytes as fetched (Content-Encoding already undone; may still be a .gz file)
     * @param contentType the response's Content-Type, or empty
     * @param url         where the sitemap came from (relative entries resolve against it)
     * @param inflateCap  most bytes a gzipped sitemap may inflate to
     */
    public static Result parse(byte[] body, String contentType, URI url, long inflateCap) {
        byte[] xml = body;
        if (Decompression.isGzip(body)) {
            Decompression.Result d = Decompression.gunzip(body, inflateCap);
            if (d instanceof Decompression.Result.Error e) {
                return new Result.Error(e.reason());
            }
            xml = ((Decompression.Result.Ok) d).bytes();
        }
        SiteMapParser parser = new SiteMapParser(false, true); // not strict: sameHost is the crawler's rule
        parser.enableExtension(Extension.NEWS);
        String type = ContentSniffer.looksLikeXml(xml) ? "application/xml"
                : contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain") ? "text/plain" : "application/xml";
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(type, xml, url.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            return new Result.Error("unreadable sitemap: " + e.getMessage());
        } catch (RuntimeException e) {
            // crawler-commons wraps SAX set-up and parse failures in RuntimeException.
            return new Result.Error("unreadable sitemap: " + e.getMessage());
        }
        if (map instanceof SiteMapIndex index) {
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                toUri(child.getUrl()).ifPresent(children::add);
            }
            return new Result.Index(children);
        }
        if (map instanceof SiteMap set) {
            List<FeedEntry> entries = new ArrayList<>();
            for (SiteMapURL u : set.getSiteMapUrls()) {
                Optional<URI> loc = toUri(u.getUrl());
                if (loc.isEmpty()) {
                    continue;
                }
                Optional<Instant> date = newsDate(u).or(() -> Optional.ofNullable(u.getLastModified()).map(java.util.Date::toInstant));
                entries.add(new FeedEntry(loc.get(), date, newsTitle(u)));
            }
            return new Result.UrlSet(entries);
        }
        return new Result.Error("unknown sitemap type " + map.getType());
    }

    private static Optional<Instant> newsDate(SiteMapURL u) {
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news == null) {
            return Optional.empty();
        }
        for (ExtensionMetadata m : news) {
            if (m instanceof NewsAttributes n && n.getPublicationDateTime() != null) {
                return Optional.of(n.getPublicationDateTime().toInstant());
            }
        }
        return Optional.empty();
    }

    private static String newsTitle(SiteMapURL u) {
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata m : news) {
                if (m instanceof NewsAttributes n && n.getTitle() != null) {
                    return n.getTitle();
                }
            }
        }
        return "";
    }

    private static Optional<URI> toUri(java.net.URL url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(url.toURI());
        } catch (URISyntaxException e) {
            return Optional.empty(); // an unusable <loc> drops the entry, not the sitemap
        }
    }
}

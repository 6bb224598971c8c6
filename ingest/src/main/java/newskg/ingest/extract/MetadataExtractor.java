package newskg.ingest.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Headline, authors, publisher, language and canonical URL of a page: structured data first
 * (JSON-LD, OpenGraph, {@code meta}), then the markup ({@code <h1>}, {@code rel=author},
 * bylines), then {@code <title>}.
 */
final class MetadataExtractor {
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\\-–—·•»]\\s+|\\s+::\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?i)^(?:(?:by|von|par|por|di|door|от|written by|posted by|veröffentlicht von|geschrieben von|"
            + "publié par)\\s+|(?:author|autor|auteur)\\s*:\\s*)");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)https?://|www\\.|@|\\d{3,}|[|<>{}]");
    private static final int MAX_AUTHORS = 6;
    private static final String AUTHOR_SELECTORS = "[itemprop=author] [itemprop=name], [itemprop=author], "
            + "a[rel~=author], .author-name, .byline-name, .author .fn, .vcard .fn, .author a, .byline a, "
            + "[class~=(?i)^(post|entry|article)?[-_]?author$], [class~=(?i)^byline$]";
    /** Places whose authors are not the article's: comments, teasers, sidebars, footers. */
    private static final Pattern OTHER_CONTENT = Pattern.compile(
            "(?i)comment|teaser|related|sidebar|footer|recommend|popular|trending|more-|reply|(^|[-_ ])cards?([-_ ]|$)");
    /** Elements that mark themselves as the headline (trafilatura's TITLE_XPATHS in spirit). */
    private static final String TITLE_SELECTORS = "[itemprop=headline]:not(meta), h1[class~=(?i)title|headline], "
            + "h2[class~=(?i)(entry|post|article|story)[-_]?title|headline], "
            + "[class~=(?i)^(entry|post|article|story|page)[-_]?(title|headline)$]:not(body):not(article), "
            + "h2[class~=(?i)^title$], h3[class~=(?i)(entry|post)[-_]?title]";

    /** What the page says about itself, besides the body and the date. */
    record PageMeta(String title, List<String> authors, Optional<String> publisher, Optional<String> language,
                    Optional<String> canonicalUrl, Optional<String> jsonLdBody, List<String> urls) {
    }

    private MetadataExtractor() {
    }

    static PageMeta extract(Document doc, JsonLd ld, Optional<String> pageUrl) {
        Map<String, String> meta = metaMap(doc);
        Optional<JsonNode> article = ld.article();
        Optional<String> canonical = canonical(doc, meta, pageUrl);
        List<String> urls = new ArrayList<>();
        canonical.ifPresent(urls::add);
        Optional.ofNullable(meta.get("og:url")).filter(MetadataExtractor::isHttp).ifPresent(urls::add);
        pageUrl.ifPresent(urls::add);

        Optional<String> publisher = article.flatMap(a -> JsonLd.text(a, "publisher"))
                .or(() -> Optional.ofNullable(meta.get("og:site_name")))
                .or(() -> Optional.ofNullable(meta.get("application-name")))
                .map(String::strip).filter(s -> !s.isEmpty() && s.length() < 120);
        String title = title(doc, meta, article, publisher);
        List<String> authors = authors(doc, meta, article);
        Optional<String> language = language(doc, meta, article);
        Optional<String> body = article.flatMap(a -> JsonLd.text(a, "articleBody"));
        return new PageMeta(title, authors, publisher, language, canonical, body, List.copyOf(urls));
    }

    static Map<String, String> metaMap(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }
        return meta;
    }

    private static Optional<String> canonical(Document doc, Map<String, String> meta, Optional<String> pageUrl) {
        for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
            String href = link.attr("href").strip();
            Optional<String> abs = resolve(pageUrl, href);
            if (abs.isPresent()) {
                return abs;
            }
        }
        Optional<String> og = Optional.ofNullable(meta.get("og:url")).flatMap(u -> resolve(pageUrl, u));
        return og.isPresent() ? og : pageUrl.filter(MetadataExtractor::isHttp);
    }

    private static Optional<String> resolve(Optional<String> base, String href) {
        try {
            URI u = new URI(href.replace(" ", "%20"));
            if (!u.isAbsolute() && base.isPresent()) {
                u = new URI(base.get()).resolve(u);
            }
            String s = u.toString();
            return isHttp(s) ? Optional.of(s) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttp(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /**
     * The headline, in trafilatura's order: the page's only {@code <h1>}; an element marked as the
     * headline ({@code itemprop=headline}, classes like {@code entry-title}); JSON-LD
     * {@code headline} or OpenGraph; {@code <title>} without the site name; the first heading.
     */
    static String title(Document doc, Map<String, String> meta, Optional<JsonNode> article, Optional<String> publisher) {
        String site = publisher.orElse("").strip();
        List<String> h1s = new ArrayList<>();
        for (Element h : doc.select("h1")) {
            String t = TextRenderer.collapse(h.text()).strip();
            if (!t.isEmpty() && t.length() < 300 && !t.equalsIgnoreCase(site)) {
                h1s.add(t);
            }
        }
        if (h1s.size() == 1) {
            return h1s.get(0);
        }
        for (Element h : doc.select(TITLE_SELECTORS)) {
            String t = TextRenderer.collapse(h.text()).strip();
            if (t.length() >= 3 && t.length() < 300 && !t.equalsIgnoreCase(site)) {
                return t;
            }
        }
        List<String> metaTitles = new ArrayList<>();
        article.flatMap(a -> JsonLd.text(a, "headline")).ifPresent(metaTitles::add);
        for (String key : new String[] {"og:title", "twitter:title", "dc.title", "headline", "title"}) {
            Optional.ofNullable(meta.get(key)).ifPresent(metaTitles::add);
        }
        String htmlTitle = doc.title().strip();
        if (!htmlTitle.isEmpty()) {
            metaTitles.add(htmlTitle);
        }
        for (String h : h1s) {
            for (String m : metaTitles) {
                if (m.contains(h) && h.length() >= 0.5 * stripSite(m, publisher).length()) {
                    return h;
                }
            }
        }
        if (!metaTitles.isEmpty()) {
            return stripSite(TextRenderer.collapse(metaTitles.get(0)).strip(), publisher);
        }
        if (!h1s.isEmpty()) {
            return h1s.get(0);
        }
        Element h2 = doc.selectFirst("h2");
        return h2 == null ? "" : TextRenderer.collapse(h2.text()).strip();
    }

    /** Drops a site name after (or before) a separator: "Headline | Site" becomes "Headline". */
    static String stripSite(String title, Optional<String> publisher) {
        String[] parts = TITLE_SEPARATORS.split(title);
        if (parts.length < 2) {
            return title;
        }
        String site = publisher.map(p -> p.toLowerCase(Locale.ROOT)).orElse("");
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (!site.isEmpty() && last.toLowerCase(Locale.ROOT).contains(site)) {
            return title.substring(0, title.lastIndexOf(last)).replaceFirst("\\s+([|\\-–—·•»]|::)+\\s*$", "").strip();
        }
        if (!site.isEmpty() && first.toLowerCase(Locale.ROOT).contains(site)) {
            return title.substring(title.indexOf(parts[1])).strip();
        }
        // Without a known site name, only the common "Headline | Site" shape with a short tail is cut.
        if (last.length() < first.length()) {
            return title.substring(0, title.lastIndexOf(last)).replaceFirst("\\s+([|\\-–—·•»]|::)+\\s*$", "").strip();
        }
        return title;
    }

    static List<String> authors(Document doc, Map<String, String> meta, Optional<JsonNode> article) {
        Set<String> out = new LinkedHashSet<>();
        article.ifPresent(a -> JsonLd.names(a, "author").forEach(n -> addName(out, n)));
        if (out.isEmpty()) {
            for (String key : new String[] {"author", "article:author", "parsely-author", "sailthru.author",
                    "dc.creator", "dcterms.creator", "citation_author", "byl", "twitter:creator"}) {
                String v = meta.get(key);
                if (v != null && !(key.equals("twitter:creator") && v.startsWith("@"))) {
                    for (String part : v.split("\\s*[;|]\\s*|\\s+(?:and|und|et|y|e)\\s+|\\s*,\\s*(?=\\p{Lu})")) {
                        addName(out, part);
                    }
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            // The first byline outside comments and teasers; its siblings of the same kind join it.
            for (Element e : doc.select(AUTHOR_SELECTORS)) {
                if (inOtherContent(e)) {
                    continue;
                }
                addName(out, e.hasAttr("content") ? e.attr("content") : e.text());
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        return List.copyOf(out).subList(0, Math.min(out.size(), MAX_AUTHORS));
    }

    private static boolean inOtherContent(Element e) {
        Element a = e;
        for (int level = 0; a != null && level < 10; level++, a = a.parent()) {
            String ci = BodyHints.classAndId(a);
            if (!ci.isEmpty() && OTHER_CONTENT.matcher(ci).find()) {
                return true;
            }
        }
        return false;
    }

    private static void addName(Set<String> out, String raw) {
        String n = BY_PREFIX.matcher(TextRenderer.collapse(raw).strip()).replaceFirst("").strip();
        if (n.length() >= 3 && n.length() <= 60 && !NOT_A_NAME.matcher(n).find()) {
            out.add(n);
        }
    }

    static Optional<String> language(Document doc, Map<String, String> meta, Optional<JsonNode> article) {
        List<String> candidates = new ArrayList<>();
        Element html = doc.selectFirst("html");
        if (html != null) {
            candidates.add(html.attr("lang"));
            candidates.add(html.attr("xml:lang"));
        }
        candidates.add(meta.getOrDefault("content-language", ""));
        candidates.add(meta.getOrDefault("og:locale", ""));
        candidates.add(meta.getOrDefault("language", ""));
        candidates.add(meta.getOrDefault("dc.language", ""));
        article.flatMap(a -> JsonLd.text(a, "inLanguage")).ifPresent(candidates::add);
        for (String c : candidates) {
            String tag = c.strip().replace('_', '-');
            int comma = tag.indexOf(',');
            if (comma > 0) {
                tag = tag.substring(0, comma).strip();
            }
            if (tag.matches("(?i)[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
                Locale l = Locale.forLanguageTag(tag);
                if (!l.getLanguage().isEmpty()) {
                    return Optional.of(l.toLanguageTag());
                }
            }
        }
        return Optional.empty();
    }
}

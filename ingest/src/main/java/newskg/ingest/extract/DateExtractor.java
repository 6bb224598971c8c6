package newskg.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a page's publication day, as htmldate does: the most explicit evidence first, each
 * stage tried only when the ones before found nothing:
 * <ol>
 *   <li>a full date in the page's URL (canonical, {@code og:url}, or the fetched one);</li>
 *   <li>JSON-LD {@code datePublished}, then {@code dateCreated};</li>
 *   <li>{@code meta} tags that name publication ({@code date-hints.properties}, in order of trust);</li>
 *   <li>{@code itemprop=datePublished}, {@code <time>} elements (inside the article first);</li>
 *   <li>generic {@code meta} names ({@code date}, {@code dc.date}) that sites also use for updates;</li>
 *   <li>elements whose class or id says date, outside comments, teasers and clocks;</li>
 *   <li>in the text: the first day near the headline, a day after words like "published",
 *       else the day written most often.</li>
 * </ol>
 * Modification dates are never used. Days outside the parser's window are ignored. A UTC
 * timestamp is moved into the offset the page uses elsewhere ({@link DateParser}), because the
 * publication day is the publisher's day.
 */
final class DateExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(DateExtractor.class);
    private static final String RESOURCE = "/newskg/ingest/extract/date-hints.properties";
    /** A day in a URL path: {@code /2023/08/15/}, {@code /2023-8-15-}, {@code _20230815}; one separator throughout. */
    private static final Pattern URL_DATE_SEPARATED = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})([/_-])(\\d{1,2})\\2(\\d{2}(?=[/_.-]|$)|\\d(?=/|$))");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)");
    private static final Pattern MODIFIED = Pattern.compile("(?i)updat|modif|edited|aktualisiert|geändert|mise à jour");
    private static final int MAX_TEXT_SCAN = 300_000;
    private static final int NEAR_BEFORE = 150;
    private static final int NEAR_AFTER = 300;

    private final List<String> metaNames;
    private final List<String> weakMetaNames;
    private final Pattern elementHint;
    private final Pattern trigger;
    private final Pattern elementExclude;
    private final Pattern textExclude;

    private DateExtractor(List<String> metaNames, List<String> weakMetaNames, Pattern elementHint, Pattern trigger, Pattern elementExclude,
                          Pattern textExclude) {
        this.metaNames = metaNames;
        this.weakMetaNames = weakMetaNames;
        this.elementHint = elementHint;
        this.trigger = trigger;
        this.elementExclude = elementExclude;
        this.textExclude = textExclude;
    }

    static DateExtractor load() {
        Properties p = new Properties();
        try (InputStream in = DateExtractor.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new DateExtractor(names(p, "meta.published"), names(p, "meta.weak"),
                Pattern.compile(p.getProperty("element.hint"), Pattern.CASE_INSENSITIVE),
                Pattern.compile(p.getProperty("trigger")),
                Pattern.compile(p.getProperty("element.exclude"), Pattern.CASE_INSENSITIVE),
                Pattern.compile(p.getProperty("text.exclude")));
    }

    /** A day and the stage that found it (for logs and tuning). */
    record Dated(LocalDate date, String how) {
    }

    private static List<String> names(Properties p, String key) {
        List<String> names = new ArrayList<>();
        for (String n : p.getProperty(key).split(",")) {
            if (!n.isBlank()) {
                names.add(n.strip().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }

    Optional<Dated> extract(Document doc, JsonLd ld, List<String> urls, DateParser parser, boolean monthFirst) {
        for (String url : urls) {
            Optional<LocalDate> d = fromUrl(url, parser);
            if (d.isPresent()) {
                return d.map(x -> new Dated(x, "url"));
            }
        }
        Optional<JsonNode> article = ld.article();
        for (String field : new String[] {"datePublished", "dateCreated"}) {
            Optional<LocalDate> d = article.flatMap(a -> JsonLd.text(a, field))
                    .flatMap(v -> parser.parseValue(v, monthFirst));
            if (d.isPresent()) {
                return d.map(x -> new Dated(x, "jsonld-article"));
            }
        }
        Optional<LocalDate> d = ld.anyText("datePublished").flatMap(v -> parser.parseValue(v, monthFirst));
        if (d.isPresent()) {
            return d.map(x -> new Dated(x, "jsonld-any"));
        }
        Map<String, String> meta = MetadataExtractor.metaMap(doc);
        Optional<Dated> strong = fromMeta(meta, metaNames, parser, monthFirst);
        if (strong.isPresent()) {
            return strong;
        }
        Optional<Dated> markup = fromMarkup(doc, parser, monthFirst);
        if (markup.isPresent()) {
            return markup;
        }
        Optional<Dated> weak = fromMeta(meta, weakMetaNames, parser, monthFirst);
        if (weak.isPresent()) {
            return weak;
        }
        Optional<Dated> m = fromHintedElements(doc, parser, monthFirst);
        if (m.isPresent()) {
            return m;
        }
        return fromText(doc, parser, monthFirst);
    }

    static Optional<LocalDate> fromUrl(String url, DateParser parser) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
        Matcher m = URL_DATE_SEPARATED.matcher(path);
        while (m.find()) {
            Optional<LocalDate> d = parser.day(m.group(1), m.group(3), m.group(4));
            if (d.isPresent()) {
                return d;
            }
        }
        m = URL_DATE_COMPACT.matcher(path);
        while (m.find()) {
            Optional<LocalDate> d = parser.day(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<Dated> fromMeta(Map<String, String> meta, List<String> metaNames, DateParser parser,
                                            boolean monthFirst) {
        for (String name : metaNames) {
            String v = meta.get(name);
            if (v != null) {
                Optional<LocalDate> d = parser.parseValue(v, monthFirst);
                if (d.isPresent()) {
                    return d.map(x -> new Dated(x, "meta:" + name));
                }
            }
        }
        String parsely = meta.get("parsely-page");
        if (parsely != null) {
            Matcher m = Pattern.compile("\"pub_date\"\\s*:\\s*\"([^\"]+)\"").matcher(parsely);
            if (m.find()) {
                return parser.parseValue(m.group(1), monthFirst).map(x -> new Dated(x, "meta:parsely-page"));
            }
        }
        return Optional.empty();
    }

    /** Date markup: {@code itemprop=datePublished}, then {@code <time>}, inside the article first. */
    private Optional<Dated> fromMarkup(Document doc, DateParser parser, boolean monthFirst) {
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=datepublished], [itemprop=dateCreated], "
                + "time[pubdate], abbr.published, abbr.dtstamp")) {
            Optional<LocalDate> d = valueOf(e, parser, monthFirst);
            if (d.isPresent()) {
                return d.map(x -> new Dated(x, "itemprop"));
            }
        }
        // A <time> inside the article (or its header) before one anywhere else; sidebars list other days.
        for (String scope : new String[] {"article time, main time, [class*=article] time, header time", "time"}) {
            for (Element t : doc.select(scope)) {
                if (isModified(t) || isElsewhere(t)) {
                    continue;
                }
                Optional<LocalDate> d = valueOf(t, parser, monthFirst);
                if (d.isPresent()) {
                    return d.map(x -> new Dated(x, "time:" + snippet(t)));
                }
            }
        }
        return Optional.empty();
    }

    /** Elements whose class or id says date (and that are not in comments, teasers or clocks). */
    private Optional<Dated> fromHintedElements(Document doc, DateParser parser, boolean monthFirst) {
        int seen = 0;
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (e.nameIs("script") || e.nameIs("style")) {
                continue;
            }
            String ci = BodyHints.classAndId(e);
            if (ci.isEmpty() || !elementHint.matcher(ci).find() || isModified(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() > 250 || ++seen > 200 || isElsewhere(e)) {
                continue;
            }
            Optional<LocalDate> d = valueOf(e, parser, monthFirst);
            if (d.isPresent()) {
                return d.map(x -> new Dated(x, "element:" + snippet(e)));
            }
        }
        return Optional.empty();
    }

    /** The first day written just below (or just above) the headline: where bylines put it. */
    private Optional<Dated> nearHeadline(Document doc, String text, DateParser parser, boolean monthFirst) {
        Element h1 = doc.body().selectFirst("h1");
        if (h1 == null) {
            return Optional.empty();
        }
        String headline = h1.text();
        int at = headline.length() < 10 ? -1 : text.indexOf(headline);
        if (at < 0) {
            return Optional.empty();
        }
        int from = Math.max(0, at - NEAR_BEFORE);
        int to = Math.min(text.length(), at + headline.length() + NEAR_AFTER);
        List<DateParser.Found> found = parser.findAll(text.substring(from, to), monthFirst);
        int headlineStart = at - from;
        DateParser.Found best = null;
        for (DateParser.Found f : found) {
            // After the headline is where bylines are; before it only when nothing follows.
            if (best == null || f.start() >= headlineStart && best.start() < headlineStart) {
                best = f;
            }
        }
        return Optional.ofNullable(best).map(f -> new Dated(f.date(), "headline"));
    }

    private static String snippet(Element e) {
        String t = BodyHints.classAndId(e) + " | " + e.text();
        return t.length() > 80 ? t.substring(0, 80) : t;
    }

    /** Whether the element sits in a comment, a teaser, a clock or similar, or its text says "updated". */
    private boolean isElsewhere(Element e) {
        Element a = e;
        for (int level = 0; a != null && level < 8; level++, a = a.parent()) {
            String ci = BodyHints.classAndId(a);
            if (!ci.isEmpty() && elementExclude.matcher(ci).find()) {
                return true;
            }
        }
        Element context = e.parent() == null ? e : e.parent();
        String text = context.text();
        return textExclude.matcher(text.length() > 300 ? e.text() : text).find();
    }

    private static boolean isModified(Element e) {
        return MODIFIED.matcher(BodyHints.classAndId(e) + " " + e.attr("itemprop")).find();
    }

    private static Optional<LocalDate> valueOf(Element e, DateParser parser, boolean monthFirst) {
        for (String attr : new String[] {"datetime", "content", "title", "data-timestamp"}) {
            String v = e.attr(attr);
            if (!v.isEmpty()) {
                Optional<LocalDate> d = parser.parseValue(v, monthFirst);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        String text = e.text();
        return text.length() > 250 ? Optional.empty() : parser.parseValue(text, monthFirst);
    }

    private Optional<Dated> fromText(Document doc, DateParser parser, boolean monthFirst) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        String text = doc.body().text();
        if (text.length() > MAX_TEXT_SCAN) {
            text = text.substring(0, MAX_TEXT_SCAN);
        }
        Optional<Dated> near = nearHeadline(doc, text, parser, monthFirst);
        if (near.isPresent()) {
            return near;
        }
        Matcher m = trigger.matcher(text);
        while (m.find()) {
            String window = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            List<DateParser.Found> found = parser.findAll(window, monthFirst);
            if (!found.isEmpty() && found.get(0).start() < 25) {
                return Optional.of(new Dated(found.get(0).date(), "trigger"));
            }
        }
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        for (DateParser.Found f : parser.findAll(text, monthFirst)) {
            counts.merge(f.date(), 1, Integer::sum);
        }
        LocalDate best = null;
        int bestCount = 0;
        for (Map.Entry<LocalDate, Integer> c : counts.entrySet()) {
            if (c.getValue() > bestCount) {
                best = c.getKey();
                bestCount = c.getValue();
            }
        }
        return Optional.ofNullable(best).map(x -> new Dated(x, "frequent"));
    }
}

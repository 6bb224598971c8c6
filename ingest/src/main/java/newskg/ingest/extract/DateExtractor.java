package newskg.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 *   <li>{@code meta} tags for publication ({@code date-hints.properties}, in order of trust);</li>
 *   <li>{@code itemprop=datePublished}, {@code <time>} elements (inside the article first);</li>
 *   <li>elements whose class or id says date, and days after words like "published";</li>
 *   <li>the day written most often in the page's text.</li>
 * </ol>
 * Modification dates are never used. Days outside the parser's window are ignored.
 */
final class DateExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(DateExtractor.class);
    private static final String RESOURCE = "/newskg/ingest/extract/date-hints.properties";
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_.-]((?:19|20)\\d{2})[/_.-]?(0[1-9]|1[0-2]|[1-9])[/_.-]?(0[1-9]|[12]\\d|3[01]|[1-9])(?:[/_.-]|$)");
    private static final Pattern URL_DATE_SEPARATED = Pattern.compile(
            "[/_.-]((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?:[/_.-]|$)");
    private static final Pattern MODIFIED = Pattern.compile("(?i)updat|modif|edited|aktualisiert|geändert|mise à jour");
    private static final int MAX_TEXT_SCAN = 300_000;

    private final List<String> metaNames;
    private final Pattern elementHint;
    private final Pattern trigger;

    private DateExtractor(List<String> metaNames, Pattern elementHint, Pattern trigger) {
        this.metaNames = metaNames;
        this.elementHint = elementHint;
        this.trigger = trigger;
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
        List<String> names = new ArrayList<>();
        for (String n : p.getProperty("meta.published").split(",")) {
            if (!n.isBlank()) {
                names.add(n.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new DateExtractor(List.copyOf(names),
                Pattern.compile(p.getProperty("element.hint"), Pattern.CASE_INSENSITIVE),
                Pattern.compile(p.getProperty("trigger")));
    }

    Optional<LocalDate> extract(Document doc, JsonLd ld, List<String> urls, DateParser parser, boolean monthFirst) {
        for (String url : urls) {
            Optional<LocalDate> d = fromUrl(url, parser);
            if (d.isPresent()) {
                LOG.debug("date from URL {}", url);
                return d;
            }
        }
        Optional<JsonNode> article = ld.article();
        for (String field : new String[] {"datePublished", "dateCreated"}) {
            Optional<LocalDate> d = article.flatMap(a -> JsonLd.text(a, field))
                    .flatMap(v -> parser.parseValue(v, monthFirst));
            if (d.isPresent()) {
                return d;
            }
        }
        Optional<LocalDate> d = ld.anyText("datePublished").flatMap(v -> parser.parseValue(v, monthFirst));
        if (d.isPresent()) {
            return d;
        }
        d = fromMeta(doc, parser, monthFirst);
        if (d.isPresent()) {
            return d;
        }
        d = fromMarkup(doc, parser, monthFirst);
        if (d.isPresent()) {
            return d;
        }
        return fromText(doc, parser, monthFirst);
    }

    static Optional<LocalDate> fromUrl(String url, DateParser parser) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
        for (Pattern p : new Pattern[] {URL_DATE_SEPARATED, URL_DATE}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                Optional<LocalDate> d = parser.day(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> fromMeta(Document doc, DateParser parser, boolean monthFirst) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content");
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }
        for (String name : metaNames) {
            String v = meta.get(name);
            if (v != null) {
                Optional<LocalDate> d = parser.parseValue(v, monthFirst);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        String parsely = meta.get("parsely-page");
        if (parsely != null) {
            Matcher m = Pattern.compile("\"pub_date\"\\s*:\\s*\"([^\"]+)\"").matcher(parsely);
            if (m.find()) {
                return parser.parseValue(m.group(1), monthFirst);
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> fromMarkup(Document doc, DateParser parser, boolean monthFirst) {
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=datepublished], [itemprop=dateCreated], "
                + "time[pubdate], abbr.published, abbr.dtstamp")) {
            Optional<LocalDate> d = valueOf(e, parser, monthFirst);
            if (d.isPresent()) {
                return d;
            }
        }
        // A <time> inside the article (or its header) before one anywhere else; sidebars list other days.
        for (String scope : new String[] {"article time, main time, [class*=article] time, header time", "time"}) {
            for (Element t : doc.select(scope)) {
                if (isModified(t)) {
                    continue;
                }
                Optional<LocalDate> d = valueOf(t, parser, monthFirst);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
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
            if (text.length() > 250 || ++seen > 200) {
                continue;
            }
            Optional<LocalDate> d = valueOf(e, parser, monthFirst);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
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

    private Optional<LocalDate> fromText(Document doc, DateParser parser, boolean monthFirst) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        String text = doc.body().text();
        if (text.length() > MAX_TEXT_SCAN) {
            text = text.substring(0, MAX_TEXT_SCAN);
        }
        Matcher m = trigger.matcher(text);
        while (m.find()) {
            String window = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            List<DateParser.Found> found = parser.findAll(window, monthFirst);
            if (!found.isEmpty() && found.get(0).start() < 25) {
                return Optional.of(found.get(0).date());
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
        return Optional.ofNullable(best);
    }
}

package newskg.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema.org objects of a page's {@code <script type="application/ld+json">} blocks, with the
 * article among them (any type named like {@code NewsArticle}, {@code BlogPosting}, ...), found
 * through arrays and {@code @graph} without recursion.
 */
final class JsonLd {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLd.class);
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final int MAX_SCRIPT_CHARS = 2_000_000;

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.isEmpty() || json.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            try (JsonParser parser = MAPPER.createParser(json)) {
                JsonNode root = MAPPER.readTree(parser);
                collect(root, objects);
            } catch (JsonProcessingException e) {
                LOG.debug("unreadable JSON-LD block: {}", e.getOriginalMessage());
            } catch (java.io.IOException e) {
                LOG.debug("unreadable JSON-LD block: {}", e.getMessage());
            }
        }
        return new JsonLd(objects);
    }

    /** Every object that has an {@code @type}, breadth-first, including nested ones. */
    private static void collect(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        int seen = 0;
        while (!queue.isEmpty() && seen++ < 10_000) {
            JsonNode n = queue.poll();
            if (n.isArray()) {
                n.forEach(queue::add);
            } else if (n.isObject()) {
                if (n.has("@type")) {
                    out.add(n);
                }
                n.forEach(child -> {
                    if (child.isContainerNode()) {
                        queue.add(child);
                    }
                });
            }
        }
    }

    /** The first article-like object: news articles before other articles and postings. */
    Optional<JsonNode> article() {
        JsonNode fallback = null;
        for (JsonNode o : objects) {
            for (String type : types(o)) {
                String t = type.toLowerCase(Locale.ROOT);
                if (t.endsWith("newsarticle")) {
                    return Optional.of(o);
                }
                if (fallback == null && (t.endsWith("article") || t.endsWith("posting") || t.equals("report"))) {
                    fallback = o;
                }
            }
        }
        return Optional.ofNullable(fallback);
    }

    /** The first value of a property on any object of the given type-suffix (e.g. WebPage's datePublished). */
    Optional<String> anyText(String property) {
        for (JsonNode o : objects) {
            Optional<String> v = text(o, property);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    static List<String> types(JsonNode o) {
        JsonNode t = o.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else {
            out.add(t.asText());
        }
        return out;
    }

    /** A property as text: a string, the first string of an array, or an object's {@code name}. */
    static Optional<String> text(JsonNode o, String property) {
        JsonNode v = o.get(property);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isArray()) {
            v = v.size() == 0 ? null : v.get(0);
        }
        if (v != null && v.isObject()) {
            v = v.has("name") ? v.get("name") : v.get("@value");
        }
        if (v == null || !v.isValueNode()) {
            return Optional.empty();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Names of a property that may be one or many persons or organisations. */
    static List<String> names(JsonNode o, String property) {
        JsonNode v = o.get(property);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(items::add);
        } else {
            items.add(v);
        }
        for (JsonNode item : items) {
            JsonNode name = item.isObject() ? item.get("name") : item;
            if (name != null && name.isArray() && name.size() > 0) {
                name = name.get(0);
            }
            if (name != null && name.isValueNode()) {
                String s = name.asText().strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}

package newskg.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

/**
 * The class/id hints of {@code body-hints.properties}: general data about page markup that the
 * body extractor reads, kept out of the code so that they can be reviewed as data.
 */
record BodyHints(Set<String> dropTags, Pattern unlikely, Pattern maybe, Pattern boilerplate,
                 Pattern positive, Pattern negative, Pattern container, Pattern furnitureBlock) {

    private static final String RESOURCE = "/newskg/ingest/extract/body-hints.properties";

    static BodyHints load() {
        Properties p = new Properties();
        try (InputStream in = BodyHints.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new BodyHints(
                Arrays.stream(p.getProperty("drop.tags").split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()),
                regex(p, "unlikely"), regex(p, "maybe"), regex(p, "boilerplate"),
                regex(p, "positive"), regex(p, "negative"), regex(p, "container"),
                Pattern.compile(p.getProperty("furniture.block")));
    }

    private static Pattern regex(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("missing hint " + key + " in " + RESOURCE);
        }
        // Continuation lines of the properties file leave no spaces, but a stray one must not become part of a token.
        return Pattern.compile(v.replace(" ", "").replace("\t", ""), Pattern.CASE_INSENSITIVE);
    }

    /** The class and id of an element as one string, for the whole-attribute hints. */
    static String classAndId(Element e) {
        String c = e.className();
        String id = e.id();
        return c.isEmpty() ? id : id.isEmpty() ? c : c + " " + id;
    }

    /** Whether any single class token, or the id, matches. */
    static boolean anyToken(Element e, Pattern p) {
        String c = e.className();
        if (!c.isEmpty()) {
            for (String token : c.split("\\s+")) {
                if (!token.isEmpty() && p.matcher(token).find()) {
                    return true;
                }
            }
        }
        String id = e.id();
        return !id.isEmpty() && p.matcher(id).find();
    }

    /** Readability's class weight: +25 for a content-like class or id, -25 for furniture. */
    int classWeight(Element e) {
        int w = 0;
        String c = e.className();
        if (!c.isEmpty()) {
            if (negative.matcher(c).find()) {
                w -= 25;
            }
            if (positive.matcher(c).find()) {
                w += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (negative.matcher(id).find()) {
                w -= 25;
            }
            if (positive.matcher(id).find()) {
                w += 25;
            }
        }
        return w;
    }
}

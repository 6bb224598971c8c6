package newskg.graph.mapping;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import newskg.model.ArticleId;
import newskg.model.Entity;
import newskg.model.EntityType;
import newskg.model.Event;

/**
 * The only place newskg makes IRIs. Every IRI is a function of the data, never of the run,
 * the machine or the order of input, so that the same entity or platform event reported by two
 * articles gets one IRI, and shards written on different machines merge cleanly.
 *
 * <pre>{@code
 * IriMinter iri = IriMinter.standard();
 * iri.articleGraph(article.id());   // https://w3id.org/newskg/id/graph/article/3f2a...
 * iri.entity(Entity.country("Iraq", "IQ", "Q796"));  // .../country/IQ
 * }</pre>
 */
public final class IriMinter {
    /** The default resource base, {@code nkr:} in DESIGN §4. */
    public static final String DEFAULT_BASE = "https://w3id.org/newskg/id/";
    private static final int MAX_SLUG = 60;

    private final String base;

    private IriMinter(String base) {
        this.base = Objects.requireNonNull(base, "base");
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("resource base must end in / or #: " + base);
        }
    }

    public static IriMinter standard() {
        return new IriMinter(DEFAULT_BASE);
    }

    public static IriMinter withBase(String base) {
        return new IriMinter(base);
    }

    public String base() {
        return base;
    }

    public Node article(ArticleId id) {
        return uri("article/" + id.value());
    }

    public Node articleGraph(ArticleId id) {
        return uri("graph/article/" + id.value());
    }

    /** The graph of derived facts: merged events, restriction periods. */
    public Node derivedGraph() {
        return uri("graph/derived");
    }

    /** The graph holding the ontology. */
    public Node ontologyGraph() {
        return uri("graph/ontology");
    }

    /** The graph recording ingest runs and which run wrote which article graph. */
    public Node runsGraph() {
        return uri("graph/runs");
    }

    /** The graph holding what the crawler remembers of fetched URLs. */
    public Node fetchGraph() {
        return uri("graph/fetch");
    }

    /** The record of one fetched URL. */
    public Node fetchRecord(String url) {
        return uri("fetch/" + hash(url));
    }

    public Node run(String runId) {
        return uri("run/" + slug(runId));
    }

    public Node software(String version) {
        return uri("software/newskg/" + slug(version));
    }

    /**
     * An entity: countries by ISO code, platforms by name, others by type, name and country,
     * so that "Telegram" is one node across all articles.
     */
    public Node entity(Entity e) {
        if (e.type() == EntityType.COUNTRY && e.country().isPresent()) {
            return uri("country/" + e.country().get());
        }
        if (e.type() == EntityType.PLATFORM) {
            return uri("platform/" + slug(e.name()));
        }
        String scope = e.country().map(c -> "/" + c.toLowerCase(Locale.ROOT)).orElse("");
        return uri(e.type().key() + scope + "/" + slug(e.name()));
    }

    /**
     * An event. A platform event (ban, restrict, lift, threaten) is identified by what it is
     * (type, platform, country, date) so that two articles reporting it share one node; any
     * other action by the sentence and words that state it in its article.
     */
    public Node event(ArticleId article, Event e) {
        String key;
        if (e.type().isPlatformType() && e.platform().isPresent()) {
            key = String.join("|", e.type().key(), slug(e.platform().get().name()),
                    e.country().orElse("-"), e.date().map(t -> t.iso()).orElse("-"));
        } else {
            key = String.join("|", article.value(), Integer.toString(e.evidence().start()),
                    Integer.toString(e.evidence().end()), e.type().key(), e.action(),
                    e.agent().map(Entity::name).orElse("-"), e.target().map(Entity::name).orElse("-"));
        }
        return uri("event/" + e.type().key() + "-" + hash(key));
    }

    /** The evidence annotation of one event in one article at one span. */
    public Node evidence(ArticleId article, Node event, int start, int end) {
        return uri("evidence/" + article.value() + "/" + start + "-" + end + "-" + hash(event.getURI()));
    }

    /** A part of a resource ({@code #target}, {@code #quote}): kept as IRIs so there are no blank nodes. */
    public Node part(Node resource, String name) {
        return NodeFactory.createURI(resource.getURI() + "-" + name);
    }

    /** A restriction period of a platform in a country starting with the imposing event. */
    public Node restrictionPeriod(String platformName, String country, Node imposedBy) {
        return uri("period/" + slug(platformName) + "-" + country.toLowerCase(Locale.ROOT) + "-"
                + hash(imposedBy.getURI()));
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }

    /** Lower-case ASCII words joined by '-', cut to a readable length, with a hash when cut or lossy. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        boolean lossy = s.isEmpty() || s.length() > MAX_SLUG || !ascii.equals(text);
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        if (lossy) {
            s = (s.isEmpty() ? "x" : s) + "-" + hash(text).substring(0, 8);
        }
        return s;
    }

    static String hash(String text) {
        return ArticleId.sha256(text).substring(0, 16);
    }
}

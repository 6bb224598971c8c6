package newskg.graph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the newskg ontology ({@code newskg.ttl}, namespace {@value #NS}).
 *
 * <p>Every constant here is checked against the ontology file by {@code NKTest}: a term used
 * in the graph is a term the ontology defines.
 *
 * <pre>{@code
 * graph.add(event, NK.modality, NodeFactory.createLiteralString("announced"));
 * }</pre>
 */
public final class NK {
    public static final String NS = "https://w3id.org/newskg/ns#";
    /** The ontology's own IRI. */
    public static final String ONTOLOGY = "https://w3id.org/newskg/ns";

    public static final Node Platform = term("Platform");
    public static final Node Place = term("Place");
    public static final Node RestrictionPeriod = term("RestrictionPeriod");
    public static final Node IngestRun = term("IngestRun");
    public static final Node EventType = term("EventType");
    public static final Node FetchRecord = term("FetchRecord");
    public static final Node eventTypes = term("eventTypes");

    public static final Node agent = term("agent");
    public static final Node target = term("target");
    public static final Node platform = term("platform");
    public static final Node country = term("country");
    public static final Node action = term("action");
    public static final Node modality = term("modality");
    public static final Node datePrecision = term("datePrecision");
    public static final Node dateText = term("dateText");
    public static final Node isoDate = term("isoDate");
    public static final Node attributedTo = term("attributedTo");
    public static final Node evidence = term("evidence");
    public static final Node reportedBy = term("reportedBy");
    public static final Node contentHash = term("contentHash");
    public static final Node source = term("source");
    public static final Node mentions = term("mentions");
    public static final Node imposedBy = term("imposedBy");
    public static final Node liftedBy = term("liftedBy");
    public static final Node status = term("status");
    public static final Node etag = term("etag");
    public static final Node lastModified = term("lastModified");
    public static final Node bodyHash = term("bodyHash");

    private NK() {
    }

    /** The concept of an event type: {@code nk:ban}, {@code nk:statement}, ... */
    public static Node eventType(newskg.model.EventType type) {
        return term(type.key());
    }

    static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}

package newskg.graph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The terms newskg reuses from standard vocabularies (SEM, schema.org, PROV, Web Annotation,
 * NIF, OWL-Time), and the prefixes of DESIGN §4.
 *
 * <pre>{@code
 * graph.add(article, Vocab.RDF_TYPE, Vocab.Schema.NewsArticle);
 * }</pre>
 */
public final class Vocab {
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String SH = "http://www.w3.org/ns/shacl#";

    public static final Node RDF_TYPE = RDF.type.asNode();
    public static final Node RDFS_LABEL = RDFS.label.asNode();
    public static final Node SKOS_ALT_LABEL = SKOS.altLabel.asNode();
    public static final Node SKOS_HIDDEN_LABEL = SKOS.hiddenLabel.asNode();
    public static final Node OWL_SAME_AS = OWL.sameAs.asNode();
    public static final String XSD_NS = XSD.NS;

    private Vocab() {
    }

    /** The prefixes used in files we write and in the queries we ship. */
    public static PrefixMapping prefixes(String resourceBase) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("nk", NK.NS)
                .setNsPrefix("nkr", resourceBase)
                .setNsPrefix("sem", SEM)
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("prov", PROV)
                .setNsPrefix("time", TIME)
                .setNsPrefix("oa", OA)
                .setNsPrefix("nif", NIF)
                .setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("dcterms", DCTERMS)
                .setNsPrefix("owl", OWL.NS)
                .setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("rdf", RDF.uri)
                .setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("wd", WD)
                .lock();
    }

    /** SEM: the Simple Event Model. */
    public static final class Sem {
        public static final Node Event = uri(SEM, "Event");
        public static final Node Actor = uri(SEM, "Actor");
        public static final Node Place = uri(SEM, "Place");
        public static final Node eventType = uri(SEM, "eventType");
        public static final Node hasActor = uri(SEM, "hasActor");
        public static final Node hasPlace = uri(SEM, "hasPlace");
        public static final Node hasTimeStamp = uri(SEM, "hasTimeStamp");

        private Sem() {
        }
    }

    /** schema.org. */
    public static final class Schema {
        public static final Node NewsArticle = uri(SCHEMA, "NewsArticle");
        public static final Node Person = uri(SCHEMA, "Person");
        public static final Node Organization = uri(SCHEMA, "Organization");
        public static final Node Country = uri(SCHEMA, "Country");
        public static final Node Place = uri(SCHEMA, "Place");
        public static final Node Thing = uri(SCHEMA, "Thing");
        public static final Node url = uri(SCHEMA, "url");
        public static final Node headline = uri(SCHEMA, "headline");
        public static final Node datePublished = uri(SCHEMA, "datePublished");
        public static final Node author = uri(SCHEMA, "author");
        public static final Node publisher = uri(SCHEMA, "publisher");
        public static final Node inLanguage = uri(SCHEMA, "inLanguage");
        public static final Node articleBody = uri(SCHEMA, "articleBody");
        public static final Node name = uri(SCHEMA, "name");

        private Schema() {
        }
    }

    /** PROV-O. */
    public static final class Prov {
        public static final Node Activity = uri(PROV, "Activity");
        public static final Node SoftwareAgent = uri(PROV, "SoftwareAgent");
        public static final Node wasDerivedFrom = uri(PROV, "wasDerivedFrom");
        public static final Node wasGeneratedBy = uri(PROV, "wasGeneratedBy");
        public static final Node wasAssociatedWith = uri(PROV, "wasAssociatedWith");
        public static final Node wasAttributedTo = uri(PROV, "wasAttributedTo");
        public static final Node startedAtTime = uri(PROV, "startedAtTime");
        public static final Node generatedAtTime = uri(PROV, "generatedAtTime");

        private Prov() {
        }
    }

    /** W3C Web Annotation. */
    public static final class Oa {
        public static final Node Annotation = uri(OA, "Annotation");
        public static final Node SpecificResource = uri(OA, "SpecificResource");
        public static final Node TextQuoteSelector = uri(OA, "TextQuoteSelector");
        public static final Node TextPositionSelector = uri(OA, "TextPositionSelector");
        public static final Node hasBody = uri(OA, "hasBody");
        public static final Node hasTarget = uri(OA, "hasTarget");
        public static final Node hasSource = uri(OA, "hasSource");
        public static final Node hasSelector = uri(OA, "hasSelector");
        public static final Node exact = uri(OA, "exact");
        public static final Node start = uri(OA, "start");
        public static final Node end = uri(OA, "end");
        public static final Node motivatedBy = uri(OA, "motivatedBy");
        public static final Node describing = uri(OA, "describing");

        private Oa() {
        }
    }

    /** NIF core (confidence only). */
    public static final class Nif {
        public static final Node confidence = uri(NIF, "confidence");

        private Nif() {
        }
    }

    /** OWL-Time. */
    public static final class Time {
        public static final Node Instant = uri(TIME, "Instant");
        public static final Node hasBeginning = uri(TIME, "hasBeginning");
        public static final Node hasEnd = uri(TIME, "hasEnd");
        public static final Node inXSDDate = uri(TIME, "inXSDDate");

        private Time() {
        }
    }

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }
}

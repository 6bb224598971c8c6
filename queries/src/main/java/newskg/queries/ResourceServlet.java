package newskg.queries;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import newskg.graph.vocab.Vocab;

/**
 * Resolves the resource IRIs of the store through the server: {@code GET /id/event/ban-...}
 * describes {@code <BASE event/ban-...>} (BASE is the store's resource base, by default
 * {@code https://w3id.org/newskg/id/}) as HTML for a browser, or as Turtle, N-Triples, JSON-LD or
 * RDF/XML for an RDF client, by the Accept header or {@code ?format=html|ttl|nt|jsonld|rdf}.
 * Answers {@code Vary: Accept}, and 404 when the store says nothing about the IRI.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ResourceServlet.class);
    private static final String HTML = "text/html";
    /** Turtle first: what a client that accepts anything gets. */
    private static final String[] OFFERS = {"text/turtle", HTML, "application/xhtml+xml", "application/n-triples",
        "application/ld+json", "application/rdf+xml"};
    private static final String[][] SHORT = {{"html", HTML}, {"ttl", "text/turtle"}, {"turtle", "text/turtle"},
        {"nt", "application/n-triples"}, {"jsonld", "application/ld+json"}, {"rdf", "application/rdf+xml"}};

    private final transient DatasetGraph dsg;
    private final String base;
    private final transient NamedQuery describe = QueryCatalog.internal("describe");

    ResourceServlet(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String local = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (local.isEmpty() || !local.matches("[A-Za-z0-9._~/%-]+") || local.contains("..")) {
            Http.error(resp, HttpServletResponse.SC_NOT_FOUND, "no resource /id/" + local);
            return;
        }
        String iri = base + local;
        String type = Http.negotiate(req, OFFERS, SHORT).orElse(null);
        if (type == null) {
            Http.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "available: text/html, text/turtle, application/n-triples, application/ld+json, application/rdf+xml");
            return;
        }
        Graph g;
        try {
            g = new QueryRunner(dsg).construct(describe, Map.of("this", iri));
        } catch (QueryCancelledException e) {
            LOG.warn("describing {} timed out", iri);
            Http.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "timed out describing " + iri);
            return;
        }
        if (g.isEmpty()) {
            Http.error(resp, HttpServletResponse.SC_NOT_FOUND, "the store says nothing about <" + iri + ">");
            return;
        }
        g.getPrefixMapping().setNsPrefixes(Vocab.prefixes(base));
        if (type.equals(HTML) || type.equals("application/xhtml+xml")) {
            resp.setContentType("text/html; charset=utf-8");
            String page = new ResourcePage(base, req.getContextPath() + "/id/").render(iri, g);
            try (OutputStream out = resp.getOutputStream()) {
                out.write(page.getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        RDFFormat fmt = switch (type) {
            case "application/n-triples" -> RDFFormat.NTRIPLES;
            case "application/ld+json" -> RDFFormat.JSONLD;
            case "application/rdf+xml" -> RDFFormat.RDFXML;
            default -> RDFFormat.TURTLE;
        };
        Lang lang = fmt.getLang();
        resp.setContentType(lang.getHeaderString() + (lang == Lang.JSONLD ? "" : "; charset=utf-8"));
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, g, fmt);
        }
    }
}

package newskg.queries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The named queries over HTTP. {@code GET /newskg/named} lists them (JSON {@code {"iri_base",
 * "queries": [{name, title, description, params, sparql}]}}); {@code GET /newskg/named/NAME?param=value&...} runs one with
 * its parameters bound, answering SPARQL results as JSON, XML, CSV or TSV by the Accept header
 * or {@code ?format=json|xml|csv|tsv}. A bad parameter is a 400, an unknown query a 404, a query
 * over the server's time limit a 503. Answers are kept while the store does not change
 * ({@link ResultCache}; the {@code X-Cache} header says hit, miss or shared).
 */
final class NamedQueryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(NamedQueryServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] OFFERS = {"application/sparql-results+json", "application/json",
        "application/sparql-results+xml", "application/xml", "text/csv", "text/tab-separated-values"};
    private static final String[][] SHORT = {{"json", "application/sparql-results+json"},
        {"xml", "application/sparql-results+xml"}, {"csv", "text/csv"}, {"tsv", "text/tab-separated-values"}};

    private final transient DatasetGraph dsg;
    private final transient QueryCatalog catalog;
    private final String base;
    private final transient ResultCache cache;
    private final transient AdmissionFilter admission;

    NamedQueryServlet(DatasetGraph dsg, QueryCatalog catalog, String base, ResultCache cache,
                      AdmissionFilter admission) {
        this.dsg = dsg;
        this.catalog = catalog;
        this.base = base;
        this.cache = cache;
        this.admission = admission;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            list(resp);
            return;
        }
        NamedQuery q = catalog.get(name).orElse(null);
        if (q == null) {
            Http.error(resp, HttpServletResponse.SC_NOT_FOUND, "no named query '" + name + "' (see /newskg/named)");
            return;
        }
        String type = Http.negotiate(req, OFFERS, SHORT).orElse(null);
        if (type == null) {
            Http.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "formats: json, xml, csv, tsv");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            // "format" picks the output; empty values mean "not given", as an HTML form sends them.
            if (!k.equals("format") && v.length > 0 && !v[0].isBlank()) {
                params.put(k, v[0]);
            }
        });
        Lang lang = switch (type) {
            case "application/sparql-results+xml", "application/xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
        String key = name + "?" + new TreeMap<>(params) + " " + lang.getName();
        ResultCache.Result answer;
        try {
            // Only a computation takes a turn: a kept answer goes out at once.
            answer = cache.get(key, () -> admission.run(() -> {
                ResultSetRewindable rows = new QueryRunner(dsg).select(q, params);
                rows.reset();
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                ResultSetMgr.write(body, rows, lang);
                return body.toByteArray();
            }));
        } catch (AdmissionFilter.BusyException e) {
            AdmissionFilter.busy(resp);
            return;
        } catch (IllegalArgumentException e) {
            Http.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            LOG.warn("named query {} timed out", name);
            Http.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query " + name + " timed out");
            return;
        }
        resp.setContentType(lang.getHeaderString() + "; charset=utf-8");
        resp.setHeader("X-Cache", answer.outcome().name().toLowerCase(Locale.ROOT));
        resp.setContentLength(answer.body().length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(answer.body());
        }
    }

    private void list(HttpServletResponse resp) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("iri_base", base);
        ArrayNode all = root.putArray("queries");
        for (NamedQuery q : catalog.all()) {
            ObjectNode o = all.addObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            ArrayNode ps = o.putArray("params");
            for (NamedQuery.Param p : q.params()) {
                ObjectNode po = ps.addObject();
                po.put("name", p.name());
                po.put("type", p.type().name().toLowerCase(Locale.ROOT));
                po.put("default", p.defaultValue().orElse(null));
                po.put("description", p.description());
            }
            o.put("sparql", q.sparql());
        }
        resp.setContentType("application/json; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.writeValue(out, root);
        }
    }
}

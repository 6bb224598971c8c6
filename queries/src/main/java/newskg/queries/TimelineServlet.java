package newskg.queries;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /newskg/timeline?platform=&country=&from=&to=}: the JSON of {@code newskg timeline
 * --format json}, plus {@code iri_base} so that the page can turn event IRIs into links on this
 * server; {@code ?format=csv} gives the CSV.
 */
final class TimelineServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String[] PARAMS = {"platform", "country", "from", "to", "minConfidence"};

    private final transient DatasetGraph dsg;
    private final String base;
    private final transient NamedQuery query = QueryCatalog.shipped().get("timeline").orElseThrow();

    TimelineServlet(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : PARAMS) {
            String v = req.getParameter(p);
            if (v != null && !v.isBlank()) {
                params.put(p, v.strip());
            }
        }
        Timeline t;
        try {
            t = Timeline.of(new QueryRunner(dsg).select(query, params));
        } catch (IllegalArgumentException e) {
            Http.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            Http.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the timeline query timed out");
            return;
        }
        if ("csv".equals(req.getParameter("format"))) {
            resp.setContentType("text/csv; charset=utf-8");
            try (OutputStream out = resp.getOutputStream();
                 PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8)) {
                TimelineFormat.csv(t, ps);
            }
            return;
        }
        ObjectNode json = TimelineFormat.toJson(t);
        json.put("iri_base", base);
        resp.setContentType("application/json; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            out.write(json.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}

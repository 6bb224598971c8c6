package newskg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files shipped in the jars: the pages ({@code /}, {@code /query.html}, {@code /web/*})
 * and the ontology, SHACL shapes and JSON-LD context ({@code /ontology.ttl}, {@code /shapes.ttl},
 * {@code /context.jsonld}). Nothing comes from the file system, and nothing is fetched at run
 * time: the pages use plain JavaScript without a CDN.
 */
final class StaticServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Request path to classpath resource; anything else under /web/ maps by its file name. */
    private static final Map<String, String> FILES = Map.of(
            "/", "/newskg/web/index.html",
            "/index.html", "/newskg/web/index.html",
            "/query.html", "/newskg/web/query.html",
            "/ontology.ttl", "/newskg/ontology/newskg.ttl",
            "/shapes.ttl", "/newskg/ontology/shapes.ttl",
            "/context.jsonld", "/newskg/ontology/context.jsonld");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "ttl", "text/turtle; charset=utf-8",
            "jsonld", "application/ld+json",
            "png", "image/png",
            "svg", "image/svg+xml");

    /** The servlet path specs this servlet answers. */
    static final String[] PATHS = {"", "/index.html", "/query.html", "/web/*", "/ontology.ttl", "/shapes.ttl",
        "/context.jsonld"};

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.isEmpty()) {
            path = "/";
        }
        String resource = FILES.get(path);
        if (resource == null && path.startsWith("/web/") && path.matches("/web/[A-Za-z0-9._-]+")
                && !path.contains("..")) {
            resource = "/newskg" + path;
        }
        if (resource == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = StaticServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("Cache-Control", "no-cache");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}

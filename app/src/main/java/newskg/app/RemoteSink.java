package newskg.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

import newskg.graph.mapping.ExtractionMapper;
import newskg.ingest.ExtractionSink;
import newskg.ingest.IngestSummary;
import newskg.model.Article;
import newskg.model.Extraction;

/**
 * {@code ingest --sink URL}: each article's graph is replaced on a shared newskg server over the
 * SPARQL Graph Store Protocol (PUT to {@code URL/data?graph=...}, HTTP Basic auth), so that many
 * ingesting machines feed one store. The server recomputes the restriction periods after each write.
 *
 * <p>What a local store also keeps (which run wrote a graph, fetch validators) stays local: the
 * remote article graphs are the same as a local ingest's.
 */
final class RemoteSink implements ExtractionSink {
    private final String dataUrl;
    private final String sparqlUrl;
    private final String authorization;
    private final HttpClient http;
    private final ExtractionMapper mapper;
    private final Query unchanged;
    private final boolean force;

    private RemoteSink(String datasetUrl, String userPassword, ExtractionMapper mapper, boolean force) {
        String base = datasetUrl.replaceAll("/+$", "");
        this.dataUrl = base + "/data";
        this.sparqlUrl = base + "/sparql";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.mapper = mapper;
        this.unchanged = QueryFactory.create(resource("/newskg/app/article-unchanged.rq"));
        this.force = force;
    }

    /**
     * @param datasetUrl  the server's dataset, e.g. {@code http://kg.example.org:3330/newskg}
     * @param credentials a file whose first non-blank line is {@code user:password}
     */
    static RemoteSink open(String datasetUrl, Path credentials, ExtractionMapper mapper, boolean force) {
        List<String> lines;
        try {
            lines = Files.readAllLines(credentials, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read --sink-credentials " + credentials + ": " + e.getMessage(), e);
        }
        String userPassword = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst().orElse("");
        if (!userPassword.contains(":")) {
            throw new IllegalArgumentException("--sink-credentials " + credentials + " must hold a line user:password");
        }
        if (!datasetUrl.matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("--sink must be an http(s) URL of a newskg dataset, e.g."
                    + " http://127.0.0.1:3330/newskg");
        }
        return new RemoteSink(datasetUrl, userPassword, mapper, force);
    }

    @Override
    public boolean isUnchanged(Article article) {
        if (force) {
            return false;
        }
        var binding = BindingFactory.builder()
                .add(Var.alloc("graph"), mapper.minter().articleGraph(article.id()))
                .add(Var.alloc("article"), mapper.minter().article(article.id()))
                .add(Var.alloc("hash"), NodeFactory.createLiteralString(article.contentHash())).build();
        try (QueryExecHTTP q = QueryExecHTTP.service(sparqlUrl).httpClient(http).query(unchanged)
                .substitution(binding).build()) {
            return q.ask();
        } catch (org.apache.jena.atlas.web.HttpException e) {
            // The server cannot say: analyse the article, and let the write report what is wrong.
            return false;
        }
    }

    @Override
    public IngestSummary.Outcome accept(Extraction x) {
        Graph g = mapper.toGraph(x);
        Node name = mapper.minter().articleGraph(x.article().id());
        // PUT replaces the whole graph in one request: the server writes it in one transaction.
        try {
            GSP.service(dataUrl).httpClient(http).httpHeader("Authorization", authorization)
                    .contentType(RDFFormat.NTRIPLES).graphName(name).PUT(g);
        } catch (org.apache.jena.atlas.web.HttpException e) {
            throw new newskg.ingest.SinkException("the server refused the article graph: "
                    + (e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " : "") + e.getMessage(), e);
        }
        return IngestSummary.Outcome.STORED;
    }

    private static String resource(String name) {
        try (InputStream in = RemoteSink.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}

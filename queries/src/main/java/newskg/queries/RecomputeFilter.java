package newskg.queries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import newskg.graph.mapping.IriMinter;

/**
 * On the write endpoints ({@code /newskg/update}, {@code /newskg/data}): after a write that
 * succeeded, recomputes the derived graph, so that articles sent over HTTP get their restriction
 * periods as an ingest run's do. Only reached by authenticated users (the security handler runs
 * first); Fuseki has committed the write when the chain returns.
 *
 * <p>The response is held back until the recompute is done: a client that reads right after its
 * write then sees the new periods, not the old ones.
 */
final class RecomputeFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(RecomputeFilter.class);

    private final DatasetGraph dsg;
    private final IriMinter iri;

    RecomputeFilter(DatasetGraph dsg, IriMinter iri) {
        this.dsg = dsg;
        this.iri = iri;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)
                || req.getMethod().equals("GET") || req.getMethod().equals("HEAD") || req.getMethod().equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        Held held = new Held(resp);
        chain.doFilter(request, held);
        if (resp.getStatus() >= 200 && resp.getStatus() < 300) {
            int n = DerivedGraph.recompute(dsg, iri);
            LOG.debug("derived graph recomputed after {} {}: {} periods", req.getMethod(), req.getRequestURI(), n);
        }
        held.release();
    }

    /** A response whose body waits in memory (write answers are small) until {@link #release()}. */
    private static final class Held extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private PrintWriter writer;
        private final ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking writes only");
            }
        };

        Held(HttpServletResponse resp) {
            super(resp);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // held: the real response is committed by release()
        }

        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (body.size() > 0) {
                getResponse().getOutputStream().write(body.toByteArray());
            }
            getResponse().flushBuffer();
        }
    }
}

package newskg.queries;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a bounded number of requests work on the dataset at once; the others wait their turn, in
 * arrival order, up to a time limit, then get a 503 with {@code Retry-After}.
 *
 * <p>Why: fifty queries running at once on two cores each get a twenty-fifth of a core, so every
 * one of them runs into the query timeout together, and each holds its results in memory. Queued
 * requests cost a waiting thread and no memory; the running ones finish at full speed. The
 * server's own pages ({@code /$/ping}, {@code /$/metrics}) are never held back, and the named
 * queries take their turn only when they have to compute (an answer kept by {@link ResultCache}
 * needs no turn): paths under {@code skip} pass through, and call {@link #run} themselves.
 */
final class AdmissionFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(AdmissionFilter.class);
    private static final String BUSY = "the server is busy with other queries; retry in a few seconds";

    private final Semaphore permits;
    private final Duration maxWait;
    private final String skip;

    /** No turn was free within the time limit. */
    static final class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException() {
            super(BUSY, null, false, false);
        }
    }

    AdmissionFilter(int concurrent, Duration maxWait) {
        this(concurrent, maxWait, null);
    }

    AdmissionFilter(int concurrent, Duration maxWait, String skip) {
        this.skip = skip;
        if (concurrent < 1) {
            throw new IllegalArgumentException("concurrent requests must be at least 1: " + concurrent);
        }
        this.permits = new Semaphore(concurrent, true);
        this.maxWait = maxWait;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)
                || req.getRequestURI().startsWith("/$/") || req.getMethod().equals("OPTIONS")
                || skip != null && req.getRequestURI().startsWith(skip)) {
            chain.doFilter(request, response);
            return;
        }
        if (!acquire()) {
            LOG.warn("busy: {} {} waited {} s for a turn", req.getMethod(), req.getRequestURI(), maxWait.toSeconds());
            busy(resp);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** Runs {@code work} in a turn of its own; throws {@link BusyException} when none came in time. */
    <T> T run(Supplier<T> work) {
        if (!acquire()) {
            throw new BusyException();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    static void busy(HttpServletResponse resp) throws IOException {
        resp.setHeader("Retry-After", "5");
        Http.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, BUSY);
    }

    private boolean acquire() {
        try {
            return permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

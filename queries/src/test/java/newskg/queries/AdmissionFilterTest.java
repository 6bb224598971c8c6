package newskg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class AdmissionFilterTest {

    /** A request for {@code uri}; a response that records its status, headers and body. */
    private static HttpServletRequest request(String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(AdmissionFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getRequestURI" -> uri;
                    case "getMethod" -> "GET";
                    default -> null;
                });
    }

    private static final class Recorded {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener l) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(AdmissionFilterTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                        switch (m.getName()) {
                            case "setStatus" -> status = (Integer) a[0];
                            case "setHeader" -> headers.put((String) a[0], (String) a[1]);
                            case "getOutputStream" -> {
                                return out;
                            }
                            default -> {
                            }
                        }
                        return null;
                    });
        }
    }

    @Test
    void requestsBeyondTheLimitWaitTheirTurnThenGiveUpWithA503() throws Exception {
        AdmissionFilter filter = new AdmissionFilter(1, Duration.ofMillis(300));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = (req, resp) -> {
            running.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Recorded first = new Recorded();
            Future<?> f = pool.submit(() -> {
                filter.doFilter(request("/newskg/sparql"), first.response(), slow);
                return null;
            });
            running.await(10, TimeUnit.SECONDS);
            // the one permit is taken: a second query waits 300 ms, then is told to come back
            Recorded second = new Recorded();
            boolean[] ran = {false};
            filter.doFilter(request("/newskg/named/timeline"), second.response(), (req, resp) -> ran[0] = true);
            assertThat(ran[0]).isFalse();
            assertThat(second.status).isEqualTo(503);
            assertThat(second.headers).containsEntry("Retry-After", "5");
            assertThat(second.body.toString()).contains("busy");
            // the server's own pages are never held back
            boolean[] pinged = {false};
            filter.doFilter(request("/$/ping"), new Recorded().response(), (req, resp) -> pinged[0] = true);
            assertThat(pinged[0]).isTrue();
            release.countDown();
            f.get(10, TimeUnit.SECONDS);
            assertThat(first.status).isEqualTo(200);
            // and once the first is done, the next one runs
            boolean[] next = {false};
            filter.doFilter(request("/newskg/sparql"), new Recorded().response(), (req, resp) -> next[0] = true);
            assertThat(next[0]).isTrue();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}

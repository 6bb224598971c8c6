package newskg.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
    private final DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
    private final AtomicInteger computed = new AtomicInteger();

    private byte[] answer() {
        return ("answer " + computed.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anAnswerIsKeptUntilAWriteBegins() {
        ResultCache cache = ResultCache.over(dsg, 1000, 10_000);
        assertThat(cache.get("q", this::answer).outcome()).isEqualTo(ResultCache.Outcome.MISS);
        ResultCache.Result again = cache.get("q", this::answer);
        assertThat(again.outcome()).isEqualTo(ResultCache.Outcome.HIT);
        assertThat(new String(again.body(), StandardCharsets.UTF_8)).isEqualTo("answer 1");
        Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o")));
        assertThat(cache.get("q", this::answer).outcome()).isEqualTo(ResultCache.Outcome.MISS);
        assertThat(computed).hasValue(2);
    }

    @Test
    void nothingIsKeptWhileAWriteIsOpen() {
        ResultCache cache = ResultCache.over(dsg, 1000, 10_000);
        Txn.executeWrite(dsg, () -> {
            // a reader on another thread: the open write may still change what it reads
            ExecutorService reader = Executors.newSingleThreadExecutor();
            try {
                reader.submit(() -> cache.get("q", this::answer)).get();
                assertThat(reader.submit(() -> cache.get("q", this::answer)).get().outcome())
                        .isEqualTo(ResultCache.Outcome.MISS);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                reader.shutdownNow();
            }
        });
        assertThat(computed).hasValue(2);
    }

    @Test
    void largeAnswersAreNotKeptAndTheLeastRecentlyUsedGoFirst() {
        ResultCache cache = ResultCache.over(dsg, 20, 25);
        byte[] big = new byte[21];
        cache.get("big", () -> big);
        assertThat(cache.get("big", () -> big).outcome()).isEqualTo(ResultCache.Outcome.MISS);
        cache.get("a", this::answer);                      // 8 bytes each: "answer 1"
        cache.get("b", this::answer);
        cache.get("a", this::answer);                      // a is now the most recently used
        cache.get("c", this::answer);                      // 24 bytes: three fit
        cache.get("d", this::answer);                      // 32 > 25: b, the least recently used, goes
        assertThat(cache.get("c", this::answer).outcome()).isEqualTo(ResultCache.Outcome.HIT);
        assertThat(cache.get("b", this::answer).outcome()).isEqualTo(ResultCache.Outcome.MISS);
    }

    @Test
    void identicalRequestsThatArriveTogetherShareOneComputation() throws Exception {
        ResultCache cache = ResultCache.over(dsg, 1000, 10_000);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ResultCache.Result> first = pool.submit(() -> cache.get("q", () -> {
                started.countDown();
                await(release);
                return answer();
            }));
            started.await(10, TimeUnit.SECONDS);
            Future<ResultCache.Result> second = pool.submit(() -> cache.get("q", this::answer));
            Thread.sleep(200);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(ResultCache.Outcome.MISS);
            assertThat(second.get(10, TimeUnit.SECONDS).outcome()).isIn(ResultCache.Outcome.SHARED,
                    ResultCache.Outcome.HIT);
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureReachesTheCallerAndIsNotKept() {
        ResultCache cache = ResultCache.over(dsg, 1000, 10_000);
        assertThatThrownBy(() -> cache.get("q", () -> {
            throw new IllegalArgumentException("bad parameter");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(cache.get("q", this::answer).outcome()).isEqualTo(ResultCache.Outcome.MISS);
    }

    @Test
    void overADatasetThatIsNotTdb2NothingIsKept() {
        ResultCache cache = ResultCache.over(DatasetGraphFactory.createTxnMem(), 1000, 10_000);
        cache.get("q", this::answer);
        assertThat(cache.get("q", this::answer).outcome()).isEqualTo(ResultCache.Outcome.OFF);
        assertThat(computed).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

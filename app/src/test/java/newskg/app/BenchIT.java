package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newskg bench} end to end at a small scale: every part of the report is there, every named
 * query answers on the synthetic graph, and the load test runs over HTTP without errors. (The
 * figures themselves belong in BENCHMARKS.md, not in assertions.)
 */
class BenchIT {

    @Test
    void theBenchmarkReportsEveryPartAndTheLoadTestHasNoErrors(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        Samples.write(corpus, 1);
        Cli.Result r = Cli.run("bench", corpus.toString(), "--articles", "300", "--events-per-article", "5",
                "--runs", "2", "--clients", "4", "--seconds", "2", "--work-dir", tmp.resolve("work").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("extract --no-events: 8 articles", "NLP models loaded in",
                "extract with NLP (", "store (TDB2, one transaction per article):",
                "synthetic graph: 300 articles, 1500 events", "derived graph:", "peak heap:");
        for (var q : newskg.queries.QueryCatalog.shipped().all()) {
            // a line with the query's timings (milliseconds with one decimal), not "failed" or "> N s"
            assertThat(r.out()).as(q.name()).containsPattern("(?m)^" + q.name() + " .* \\d+\\.\\d +\\d+\\.\\d");
            assertThat(r.out()).as(q.name()).doesNotContain(q.name() + " failed");
        }
        // the same requests again and again: after the first, the endpoint answers from its cache
        assertThat(r.out()).containsPattern("(?m)^timeline +\\d+ +0 +[1-9]\\d* ");
        assertThat(r.out()).containsPattern("load test \\(documented examples\\): 4 clients for 2 s over HTTP: \\d+ requests,"
                + " 0 errors");

        // With drawn parameters the answers are mostly computed, not kept; the store is reused.
        Cli.Result drawn = Cli.run("bench", "--articles", "300", "--events-per-article", "5", "--runs", "0",
                "--vary", "--clients", "4", "--seconds", "2", "--work-dir", tmp.resolve("work").toString());
        assertThat(drawn.code()).as(drawn.err()).isZero();
        assertThat(drawn.out()).contains("reusing 300 articles")
                .containsPattern("load test \\(drawn parameters\\): 4 clients for 2 s over HTTP: \\d+ requests, 0 errors");
    }
}

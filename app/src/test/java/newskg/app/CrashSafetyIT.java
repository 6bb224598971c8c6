package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newskg.graph.store.NewsStore;
import newskg.graph.store.StoreValidator;

/**
 * An ingest killed with SIGKILL in the middle leaves a store that opens, holds only whole
 * articles, and that the same ingest completes without duplicates.
 */
class CrashSafetyIT {

    @Test
    void aKilledIngestLeavesWholeArticlesAndResumes(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        int total = Samples.write(in, 3);
        Path store = tmp.resolve("store");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "-v", "--threads", "1", "--store", store.toString(), in.toString())
                .redirectErrorStream(true).start();
        int stored = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && stored < 3) {
                if (line.contains("stored") && line.contains("triples in")) {
                    stored++;
                }
            }
            child.destroyForcibly();   // SIGKILL: no shutdown hooks, no commit of a transaction in flight
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(stored).as("the child stored some articles before it was killed").isEqualTo(3);

        long afterCrash;
        try (NewsStore s = NewsStore.open(store, StoreOptions.mapper())) {
            afterCrash = s.countArticles();
            assertThat(afterCrash).isBetween(3L, (long) total - 1);
            assertThat(StoreValidator.withShippedShapes().validate(s).violations()).isEmpty();
            assertThat(s.articleGraphs()).hasSize((int) afterCrash);
        }

        Cli.Result resume = Cli.run("ingest", "--store", store.toString(), in.toString());
        assertThat(resume.code()).as(resume.err()).isZero();
        assertThat(resume.err()).contains(afterCrash + " unchanged", (total - afterCrash) + " stored");

        Path fresh = tmp.resolve("fresh");
        assertThat(Cli.run("ingest", "--store", fresh.toString(), in.toString()).code()).isZero();
        assertThat(Cli.quadsWithoutRuns(store)).containsExactlyInAnyOrderElementsOf(Cli.quadsWithoutRuns(fresh));
    }
}

package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import newskg.graph.store.NewsStore;
import newskg.queries.DerivedGraph;
import newskg.queries.NewsEndpoint;

/**
 * Issue 5's "done when": from the dev corpus, the timeline has the ended periods of Telegram in
 * IQ (2023-08), Twitter in NG (2021-06 to 2022-01) and Telegram in ES (2024-03), each with its
 * sources, and the endpoint serves the same periods. Skips when ../shared is absent.
 */
class TimelineDevCorpusIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDevCorpusGivesTheExpectedEndedPeriods(@TempDir Path tmp) throws IOException, InterruptedException {
        assumeTrue(Cli.shared().isPresent(), "../shared is absent");
        String store = tmp.resolve("store").toString();
        Cli.Result ingest = Cli.run("ingest", "--store", store, Cli.shared().get().resolve("corpus/bans-dev").toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        Cli.Result r = Cli.run("timeline", "--format", "json", "--store", store);
        assertThat(r.code()).as(r.err()).isZero();
        List<String> ended = ended(JSON.readTree(r.out()));
        assertThat(ended).anyMatch(p -> p.startsWith("Telegram IQ 2023-08") && p.contains(" to 2023-08"))
                .anyMatch(p -> p.startsWith("Twitter NG 2021-06") && p.contains(" to 2022-01"))
                .anyMatch(p -> p.startsWith("Telegram ES 2024-03") && p.contains(" to 2024-03"));

        try (NewsStore s = NewsStore.open(Path.of(store), StoreOptions.mapper())) {
            assertThat(DerivedGraph.recompute(s)).isGreaterThanOrEqualTo(3);
            try (NewsEndpoint ep = NewsEndpoint.builder(s.dataset()).port(0).build().start()) {
                HttpResponse<String> served = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(ep.baseUrl() + "/newskg/timeline")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ended(JSON.readTree(served.body()))).isEqualTo(ended);
                HttpResponse<String> derived = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ep.baseUrl() + "/newskg/named/restriction-periods?status=ended&format=csv")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(derived.body().lines().skip(1).count()).isEqualTo(ended.size());
            }
        }
    }

    /** "PLATFORM COUNTRY START to END (N sources)" of every ended period that has sources. */
    private static List<String> ended(JsonNode timeline) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : timeline.get("periods")) {
            if (p.get("status").asText().equals("ended") && p.get("sources").size() > 0) {
                out.add(p.get("platform").asText() + " " + p.get("country").asText() + " " + p.get("start").asText()
                        + " to " + p.get("end").asText() + " (" + p.get("sources").size() + " sources)");
            }
        }
        return out;
    }
}

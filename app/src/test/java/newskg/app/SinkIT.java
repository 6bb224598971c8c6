package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newskg.graph.store.NewsStore;
import newskg.model.ArticleId;
import newskg.queries.NewsEndpoint;

/** {@code ingest --sink}: ingesters on other machines write article graphs into one server's store. */
class SinkIT {

    @Test
    void articleGraphsArriveOverTheGraphStoreProtocolAndUnchangedOnesAreSkipped(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        int total = Samples.write(in, 1);
        Path passwd = Files.writeString(tmp.resolve("passwd"), "editor: s3cret\n");
        Path good = Files.writeString(tmp.resolve("good"), "editor:s3cret\n");
        Path bad = Files.writeString(tmp.resolve("bad"), "editor:wrong\n");
        Path local = tmp.resolve("local");
        assertThat(Cli.run("ingest", "--store", local.toString(), in.toString()).code()).isZero();

        try (NewsStore server = NewsStore.open(tmp.resolve("server"), StoreOptions.mapper());
             NewsEndpoint ep = NewsEndpoint.builder(server.dataset()).port(0).updatePasswordFile(passwd).build().start()) {
            String url = ep.baseUrl() + NewsEndpoint.DATASET;

            Cli.Result refused = Cli.run("ingest", "--sink", url, "--sink-credentials", bad.toString(), in.toString());
            assertThat(refused.code()).isEqualTo(3);
            assertThat(refused.err()).contains(total + " failed", "401").doesNotContain("\tat ");
            assertThat(server.countArticles()).isZero();

            Cli.Result sent = Cli.run("ingest", "--sink", url, "--sink-credentials", good.toString(), in.toString());
            assertThat(sent.code()).as(sent.err()).isZero();
            assertThat(sent.err()).contains(total + " stored");
            assertThat(server.countArticles()).isEqualTo(total);

            try (NewsStore mine = NewsStore.open(local, StoreOptions.mapper())) {
                for (var g : mine.articleGraphs()) {
                    ArticleId id = new ArticleId(g.getURI().substring(g.getURI().lastIndexOf('/') + 1));
                    assertThat(server.articleGraph(id).isIsomorphicWith(mine.articleGraph(id)))
                            .as("remote graph of %s equals the local one", id).isTrue();
                }
            }

            Cli.Result again = Cli.run("ingest", "--sink", url, "--sink-credentials", good.toString(), in.toString());
            assertThat(again.code()).isZero();
            assertThat(again.err()).contains(total + " unchanged");
        }
    }
}

package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import newskg.graph.mapping.IriMinter;
import newskg.graph.store.NewsStore;
import newskg.graph.vocab.Vocab;
import newskg.model.ArticleId;

/** {@code newskg load} on hand-written shards: no Spark, no CoreNLP. */
class LoadCommandTest {
    private static final IriMinter IRI = IriMinter.standard();
    private static final ArticleId A = ArticleId.ofUrl("https://example.org/a");
    private static final ArticleId B = ArticleId.ofUrl("https://example.org/b");

    @TempDir
    Path tmp;

    /** Two quads of an article graph in N-Quads, as the Spark job writes them. */
    private static String article(ArticleId id, String headline) {
        String g = "<" + IRI.articleGraph(id).getURI() + ">";
        String art = "<" + IRI.article(id).getURI() + ">";
        return art + " <" + Vocab.RDF_TYPE.getURI() + "> <" + Vocab.Schema.NewsArticle.getURI() + "> " + g + " .\n"
                + art + " <" + Vocab.Schema.headline.getURI() + "> \"" + headline + "\" " + g + " .\n";
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path writeGzip(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void loadsADirectoryOfShardsAndSkipsSparkBookkeeping() throws IOException {
        write("out/part-00000", article(A, "First"));
        writeGzip("out/part-00001.gz", article(B, "Second"));
        write("out/_SUCCESS", "");
        write("out/.part-00000.crc", "not n-quads");
        write("out/_temporary/0/part-00002", "not n-quads either");
        Path store = tmp.resolve("store");

        Cli.Result r = Cli.run("load", "--store", store.toString(), "-q", tmp.resolve("out").toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("loaded 4 quads from 2 files", "holds 2 articles");
        try (NewsStore s = NewsStore.open(store, StoreOptions.mapper())) {
            assertThat(s.articleGraphs()).containsExactlyInAnyOrder(IRI.articleGraph(A), IRI.articleGraph(B));
            // loaded articles carry run provenance as ingested ones do
            Txn.executeRead(s.dataset(), () -> assertThat(
                    s.dataset().find(IRI.runsGraph(), IRI.articleGraph(A), Vocab.Prov.wasGeneratedBy, Node.ANY).hasNext())
                    .isTrue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"phased", "basic"})
    void aSecondLoadReplacesTheGraphsItHoldsAndKeepsTheOthers(String loader) throws IOException {
        Path store = tmp.resolve("store");
        Path first = write("first.nq", article(A, "Old headline") + article(B, "Untouched"));
        assertThat(Cli.run("load", "--store", store.toString(), "-q", "--loader", loader, first.toString()).code())
                .isZero();
        Path second = writeGzip("second.nq.gz", article(A, "New headline"));

        Cli.Result r = Cli.run("load", "--store", store.toString(), "-q", "--loader", loader, "--compact",
                second.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("1 graphs replaced", "holds 2 articles");
        try (NewsStore s = NewsStore.open(store, StoreOptions.mapper())) {
            Graph a = s.articleGraph(A);
            assertThat(a.size()).isEqualTo(2);
            assertThat(a.contains(IRI.article(A), Vocab.Schema.headline, NodeFactory.createLiteralString("New headline")))
                    .isTrue();
            assertThat(s.articleGraph(B).size()).isEqualTo(2);
        }
    }

    @Test
    void aBrokenShardIsAFatalErrorNamingTheFile() throws IOException {
        Path bad = write("bad.nq", "<a> <b> .\n");
        Cli.Result r = Cli.run("load", "--store", tmp.resolve("store").toString(), "-q", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FATAL);
        assertThat(r.err()).contains("bad.nq");
    }

    @Test
    void usageErrors() {
        assertThat(Cli.run("load", "--store", tmp.resolve("s").toString(), "--loader", "turbo", "x").code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("load", "--store", tmp.resolve("s").toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("load", "--help").out()).contains("Usage: newskg load");
    }

    @Test
    void aMissingShardIsReported() {
        Cli.Result r = Cli.run("load", "--store", tmp.resolve("store").toString(), "-q",
                tmp.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FATAL);
        assertThat(r.err()).contains("no such shard");
    }
}

package newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import newskg.graph.mapping.ExtractionMapper;
import newskg.graph.mapping.IriMinter;
import newskg.graph.store.BulkLoader;
import newskg.graph.store.IngestRun;
import newskg.graph.store.LoadSummary;
import newskg.graph.store.NewsStore;
import newskg.graph.vocab.NK;
import newskg.graph.vocab.Vocab;
import newskg.ingest.ArticleAnalyzer;
import newskg.ingest.IngestPipeline;
import newskg.ingest.IngestSummary;
import newskg.ingest.extract.HtmlArticleExtractor;
import newskg.ingest.nlp.NlpOptions;
import newskg.ingest.source.HtmlReader;
import newskg.model.ArticleId;

/**
 * The end-to-end check in Spark local mode ({@code local[2]}): WARC files written here
 * with jwarc go through the job, the shards through {@code BulkLoader}, and the store must hold
 * the same article graphs as the single-machine path ({@link IngestPipeline} and
 * {@link NewsStore#replace}) over the same pages. CoreNLP loads once for the whole class: the
 * local-mode executor runs in this JVM and shares {@link SharedAnalyzer} with the reference path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkExtractIT {
    private static final Instant FETCHED = Instant.parse("2024-03-06T09:00:00Z");
    private static final String SITE = "https://news.example.org/";

    @TempDir
    Path tmp;

    private JavaSparkContext jsc;
    private ExtractionMapper mapper;
    private ArticleAnalyzer nlp;

    @BeforeAll
    void startSpark() {
        jsc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newskg-it")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.driver.host", "127.0.0.1"));
        mapper = new ExtractionMapper(IriMinter.standard());
        nlp = SharedAnalyzer.get(NlpOptions.defaults().corenlp());
    }

    @AfterAll
    void stopSpark() {
        if (jsc != null) {
            jsc.close();
        }
    }

    // Three short reports, written for this test, about made-up decisions.
    private static final String[][] PAGES = {
        {"2024/03/05/kenya-blocks-telegram", "2024-03-05", "Kenya blocks Telegram during national exams",
            "Kenya's communications authority ordered internet providers on Monday to block the messaging app"
                + " Telegram until the national school exams end next week, officials said.",
            "The authority said the block was meant to stop leaked exam papers from spreading in Telegram groups,"
                + " and that access would be restored once the last paper had been written."},
        {"2024/03/06/ghana-lifts-x-ban", "2024-03-06", "Ghana lifts its ban on X after two weeks",
            "Ghana lifted its ban on the social network X on Wednesday, two weeks after the government blocked the"
                + " platform over what it called coordinated disinformation, the information minister said.",
            "Users in Accra reported that the service was reachable again from mid-morning, and mobile operators"
                + " confirmed that the order had been withdrawn."},
        {"2024/03/07/peru-court-tiktok", "2024-03-07", "Court in Peru suspends TikTok block",
            "A court in Lima suspended on Thursday a government order that had blocked TikTok across Peru, saying"
                + " the ministry had not shown why a nationwide block was necessary.",
            "The ministry said it would appeal, while TikTok welcomed the ruling and said the app would be"
                + " available again within hours."},
    };

    private static String html(String[] p, String title, String p1) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " | Example News</title>"
                + "<link rel=\"canonical\" href=\"" + SITE + p[0] + "\">"
                + "<meta property=\"article:published_time\" content=\"" + p[1] + "T08:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article><h1>" + title + "</h1><p>" + p1 + "</p><p>" + p[4] + "</p></article>"
                + "<footer><p>Example News. All rights reserved.</p></footer></body></html>";
    }

    private static String html(String[] p) {
        return html(p, p[2], p[3]);
    }

    private static WarcResponse response(String uri, int status, String type, String body) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
        http.body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8));
        return new WarcResponse.Builder(URI.create(uri)).date(FETCHED).body(http.build()).build();
    }

    private static void writeWarc(Path file, List<WarcResponse> responses) throws IOException {
        Files.createDirectories(file.getParent());
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (WarcResponse r : responses) {
                // CC-NEWS files interleave requests with the responses; the job must skip them.
                w.write(new WarcRequest.Builder(r.targetURI()).date(FETCHED)
                        .body(new HttpRequest.Builder("GET", r.targetURI().getPath()).addHeader("Host", "news.example.org")
                                .build()).build());
                w.write(r);
            }
        }
    }

    private static final String SEED = " date 2024-03-08 Spain restores access to Telegram\n\n"
            + "Spain restored access to Telegram on Friday after a judge withdrew the order that had suspended the app,"
            + " the national court said in a statement.\n";

    @Test
    void sparkShardsLoadIntoTheSameGraphsAsSingleMachineIngest() throws IOException {
        // The same pages twice: as WARC records for Spark, and as files for the single-machine path.
        Path warcs = tmp.resolve("warc");
        writeWarc(warcs.resolve("a.warc.gz"), List.of(response(SITE + PAGES[0][0], 200, "text/html; charset=utf-8",
                html(PAGES[0])), response(SITE + "missing", 404, "text/html", "<p>gone</p>"),
                response(SITE + PAGES[1][0], 200, "text/html; charset=utf-8", html(PAGES[1]))));
        writeWarc(warcs.resolve("b.warc.gz"), List.of(response(SITE + PAGES[2][0], 200, "text/html", html(PAGES[2]))));
        Path pages = tmp.resolve("html");
        Files.createDirectories(pages);
        for (int i = 0; i < PAGES.length; i++) {
            Files.writeString(pages.resolve(i + ".html"), html(PAGES[i]), StandardCharsets.UTF_8);
        }
        // A seed-format file, read by both paths under the same name: its graph must match to the last triple.
        Path seeds = tmp.resolve("seed");
        Files.createDirectories(seeds);
        Files.writeString(seeds.resolve("spain.txt"), SEED, StandardCharsets.UTF_8);

        Path out = tmp.resolve("shards");
        JobSummary job = ExtractJob.run(jsc, new ExtractJob.Options(List.of(warcs.toString(), seeds.toString()),
                out.toString(), Optional.empty(), true, true));
        assertThat(job.files()).isEqualTo(3);
        assertThat(job.articles()).isEqualTo(4);
        assertThat(job.failed()).isZero();
        // Shards are a function of the input: a rerun writes the same quads in the same order.
        Path again = tmp.resolve("shards-again");
        ExtractJob.run(jsc, new ExtractJob.Options(List.of(warcs.toString(), seeds.toString()), again.toString(),
                Optional.empty(), true, true));
        assertThat(concatenated(again)).isEqualTo(concatenated(out));

        // The shards: gzipped N-Quads, every quad in an article graph, no blank node.
        DatasetGraph shards = readShards(out);
        assertThat(shards.getDefaultGraph().isEmpty()).isTrue();
        Set<Node> graphs = new HashSet<>();
        shards.find().forEachRemaining(q -> {
            graphs.add(q.getGraph());
            assertThat(q.getSubject().isBlank() || q.getObject().isBlank()).as(q.toString()).isFalse();
        });
        assertThat(graphs).hasSize(4).allMatch(g -> g.getURI().startsWith(IriMinter.DEFAULT_BASE + "graph/article/"));
        assertThat(shards.stream().count()).isEqualTo(job.quads());

        try (NewsStore loaded = NewsStore.open(tmp.resolve("store-spark"), mapper);
             NewsStore ingested = NewsStore.open(tmp.resolve("store-ingest"), mapper)) {
            LoadSummary load = BulkLoader.builder(loaded).build()
                    .load(List.of(out), IngestRun.start("test", Clock.systemUTC()));
            assertThat(load.quads()).isEqualTo(job.quads());
            assertThat(load.newArticles()).isEqualTo(4);

            IngestRun run = IngestRun.start("test", Clock.systemUTC());
            IngestSummary s = IngestPipeline.builder(HtmlReader.of(HtmlArticleExtractor.create())).analyzer(nlp)
                    .threads(2).build().run(List.of(pages.toString(), seeds.toString()), x -> {
                        ingested.replace(x, run);
                        return IngestSummary.Outcome.STORED;
                    });
            assertThat(s.problems()).isEmpty();

            assertThat(new HashSet<>(loaded.articleGraphs())).isEqualTo(new HashSet<>(ingested.articleGraphs()))
                    .hasSize(4);
            ArticleId seed = ArticleId.ofText(SEED.substring(SEED.indexOf("\n\n") + 2).stripTrailing());
            for (Node g : loaded.articleGraphs()) {
                ArticleId id = new ArticleId(g.getURI().substring(g.getURI().lastIndexOf('/') + 1));
                Graph fromSpark = loaded.articleGraph(id);
                Graph fromIngest = ingested.articleGraph(id);
                if (!id.equals(seed)) {
                    // A WARC page's source is its URL; the same page read as a file has the file's path.
                    assertThat(fromSpark.find(Node.ANY, NK.source, Node.ANY).next().getObject().getLiteralLexicalForm())
                            .startsWith(SITE);
                    fromSpark.remove(Node.ANY, NK.source, Node.ANY);
                    fromIngest.remove(Node.ANY, NK.source, Node.ANY);
                }
                assertThat(fromSpark.isIsomorphicWith(fromIngest)).as("graph %s", g).isTrue();
            }
            assertThat(loaded.countQuads()).isEqualTo(ingested.countQuads());
            // Both record one run per article graph in the runs graph.
            Txn.executeRead(loaded.dataset(), () -> assertThat(loaded.dataset()
                    .stream(IriMinter.standard().runsGraph(), Node.ANY, Vocab.Prov.wasGeneratedBy, Node.ANY).count())
                    .isEqualTo(4));

            // A page crawled twice more, with new text: the job keeps the later version (c2 after c1), and
            // the load replaces the stored graph instead of merging with it.
            String[] changed = PAGES[1].clone();
            String newTitle = "Ghana restores access to X";
            writeWarc(tmp.resolve("warc2/c1.warc.gz"), List.of(response(SITE + changed[0], 200, "text/html",
                    html(changed, "Ghana to restore access to X", changed[3]))));
            writeWarc(tmp.resolve("warc2/c2.warc.gz"), List.of(response(SITE + changed[0], 200, "text/html",
                    html(changed, newTitle, changed[3]))));
            // And JSON Lines, read by the same job.
            Files.writeString(tmp.resolve("warc2/more.jsonl"), "{\"url\": \"" + SITE + "2024/03/09/chad\", \"title\":"
                    + " \"Chad restores mobile internet\", \"published\": \"2024-03-09\", \"body\": \"Chad restored"
                    + " mobile internet on Saturday after a four-day shutdown, the telecoms regulator said.\"}\n",
                    StandardCharsets.UTF_8);
            Path out2 = tmp.resolve("shards2");
            JobSummary job2 = ExtractJob.run(jsc, new ExtractJob.Options(List.of(tmp.resolve("warc2").toString()),
                    out2.toString(), Optional.empty(), false, true));
            assertThat(job2.articles()).isEqualTo(3);
            assertThat(job2.duplicates()).isEqualTo(1);
            LoadSummary reload = BulkLoader.builder(loaded).kind(BulkLoader.Kind.BASIC).build()
                    .load(List.of(out2), IngestRun.start("test", Clock.systemUTC()));
            assertThat(reload.replacedGraphs()).isEqualTo(1);
            ArticleId ghana = ArticleId.ofUrl(SITE + changed[0]);
            Graph now = loaded.articleGraph(ghana);
            assertThat(now.find(Node.ANY, Vocab.Schema.headline, Node.ANY).toList()).singleElement()
                    .satisfies(t -> assertThat(t.getObject().getLiteralLexicalForm()).isEqualTo(newTitle));
            assertThat(loaded.articleGraphs()).hasSize(5);
            Graph chad = loaded.articleGraph(ArticleId.ofUrl(SITE + "2024/03/09/chad"));
            assertThat(chad.find(Node.ANY, NK.source, Node.ANY).next().getObject().getLiteralLexicalForm())
                    .isEqualTo(SITE + "2024/03/09/chad");
        }
    }

    @Test
    void anInputThatMatchesNothingIsAUsageError() {
        ExtractJob.Options o = new ExtractJob.Options(List.of(tmp.resolve("nothing-here").toString()),
                tmp.resolve("o").toString(), Optional.empty(), false, true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractJob.run(jsc, o))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such input");
    }

    /** The shards' lines, in shard order. */
    private static List<String> concatenated(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path p : shardFiles(dir)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                lines.addAll(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
            }
        }
        return lines;
    }

    private static List<Path> shardFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static DatasetGraph readShards(Path dir) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.create();
        List<Path> parts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().startsWith("part-")).forEach(parts::add);
        }
        assertThat(parts).isNotEmpty().allMatch(p -> p.toString().endsWith(".gz"));
        for (Path p : parts) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
            }
        }
        return dsg;
    }
}

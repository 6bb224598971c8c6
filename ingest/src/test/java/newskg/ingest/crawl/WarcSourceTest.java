package newskg.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newskg.ingest.fetch.FetchedPage;
import newskg.ingest.fetch.TestServer;
import newskg.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcSourceTest {

    @TempDir
    Path dir;

    private static final Instant WHEN = Instant.parse("2023-08-15T10:11:12Z");

    private Path writeFixture(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                compression)) {
            w.write(response("https://news.example/a", 200, "text/html; charset=utf-8",
                    "<html><body><p>Caf\u00e9 story A</p></body></html>".getBytes(StandardCharsets.UTF_8), null));
            w.write(new WarcRequest.Builder(URI.create("https://news.example/a")).date(WHEN)
                    .body(new HttpRequest.Builder("GET", "/a").addHeader("Host", "news.example").build()).build());
            w.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null));
            w.write(response("https://news.example/missing", 404, "text/html", "<p>404</p>".getBytes(StandardCharsets.UTF_8), null));
            w.write(response("https://news.example/gz", 200, "text/html",
                    TestServer.gzip("<p>gzipped B</p>".getBytes(StandardCharsets.UTF_8)), "gzip"));
        }
        return file;
    }

    private static WarcResponse response(String uri, int status, String type, byte[] body, String encoding) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
        if (encoding != null) {
            http.addHeader("Content-Encoding", encoding);
        }
        http.body(MediaType.parse(type), body);
        return new WarcResponse.Builder(URI.create(uri)).date(WHEN).body(http.build()).build();
    }

    @Test
    void readsHtmlResponsesFromPlainAndGzippedWarc() throws IOException {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path file = writeFixture(c == WarcCompression.GZIP ? "news.warc.gz" : "news.warc", c);
            List<FetchedPage> pages = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            SourceCounts counts = new WarcSource(1 << 20).read(file, pages::add, problems::add);

            assertThat(problems).isEmpty();
            assertThat(pages).extracting(FetchedPage::finalUri)
                    .containsExactly(URI.create("https://news.example/a"), URI.create("https://news.example/gz"));
            assertThat(pages.get(0).fetchedAt()).isEqualTo(WHEN);
            assertThat(pages.get(0).text()).contains("Caf\u00e9 story A");
            assertThat(pages.get(0).status()).isEqualTo(200);
            assertThat(pages.get(1).text()).isEqualTo("<p>gzipped B</p>");
            assertThat(counts).isEqualTo(new SourceCounts(5, 2, 3, 0));
        }
    }

    @Test
    void oversizedBodyIsAProblemAndReadingGoesOn() throws IOException {
        Path file = writeFixture("news.warc", WarcCompression.NONE);
        List<FetchedPage> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new WarcSource(20).read(file, pages::add, problems::add);
        assertThat(pages).extracting(FetchedPage::finalUri).containsExactly(URI.create("https://news.example/gz"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("larger than 20"));
    }

    @Test
    void truncatedAndGarbageFilesBecomeProblems() throws IOException {
        Path good = writeFixture("news.warc.gz", WarcCompression.GZIP);
        byte[] all = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length - 40));
        List<FetchedPage> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new WarcSource(1 << 20).read(cut, pages::add, problems::add);
        assertThat(problems).isNotEmpty();
        assertThat(pages).isNotEmpty(); // what came before the damage still counts

        Path junk = dir.resolve("junk.warc");
        Files.write(junk, "this is not a warc file at all\n".getBytes(StandardCharsets.UTF_8));
        List<Problem> junkProblems = new ArrayList<>();
        new WarcSource(1 << 20).read(junk, p -> { }, junkProblems::add);
        assertThat(junkProblems).isNotEmpty();

        List<Problem> missing = new ArrayList<>();
        new WarcSource(1 << 20).read(dir.resolve("nope.warc"), p -> { }, missing::add);
        assertThat(missing).singleElement().satisfies(p -> assertThat(p.stage()).isEqualTo(Problem.Stage.SOURCE));
    }
}

package newskg.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newskg.ingest.fetch.TestServer;
import newskg.model.Article;
import newskg.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSourceTest {

    @TempDir
    Path dir;

    private static final String LINES = String.join("\n",
            "{\"url\": \"https://news.example/a\", \"title\": \"Iraq lifts ban\", \"published\": \"2023-08-15\", \"body\": \"Body A.\"}",
            "{\"url\": \"https://news.example/b\", \"title\": \"Broken\", \"body\": ",
            "",
            "{\"title\": \"No body\"}",
            "[1, 2, 3]",
            "{\"url\": \"https://news.example/c\", \"title\": \"Odd date\", \"published\": \" date 2099-13-45\", \"body\": \"Body C.\"}",
            "{\"url\": \"https://news.example/d\", \"title\": \"Timestamp\", \"published\": \"2023-08-14T23:30:00-02:00\", \"text\": \"Body D.\"}\r",
            "");

    @Test
    void badLinesAreProblemsAndTheRestGoesOn() {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        SourceCounts c = new JsonlSource().read(new StringReader(LINES), "in.jsonl", articles::add, problems::add);

        assertThat(articles).extracting(a -> a.url().orElseThrow())
                .containsExactly("https://news.example/a", "https://news.example/c", "https://news.example/d");
        Article a = articles.get(0);
        assertThat(a.title()).isEqualTo("Iraq lifts ban");
        assertThat(a.source()).as("a record with a URL is sourced by it").isEqualTo("https://news.example/a");
        assertThat(a.published()).contains(LocalDate.of(2023, 8, 15));
        assertThat(a.body()).isEqualTo("Body A.");
        assertThat(articles.get(1).published()).isEmpty();
        assertThat(articles.get(2).published()).contains(LocalDate.of(2023, 8, 15)); // 2023-08-15T01:30Z
        assertThat(articles.get(2).body()).isEqualTo("Body D.");

        assertThat(problems).extracting(Problem::source)
                .containsExactly("in.jsonl#line=2", "in.jsonl#line=4", "in.jsonl#line=5", "in.jsonl#line=6");
        assertThat(problems.get(0).message()).startsWith("not JSON");
        assertThat(problems.get(3).severity()).isEqualTo(Problem.Severity.WARNING);
        assertThat(c.delivered()).isEqualTo(3);
        assertThat(c.skipped()).isEqualTo(1);
    }

    @Test
    void overlongLineIsSkippedWithAProblem() {
        String line = "{\"url\": \"https://news.example/long\", \"body\": \"" + "x".repeat(5000) + "\"}";
        String ok = "{\"url\": \"https://news.example/ok\", \"body\": \"short\"}";
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new JsonlSource(1000).read(new StringReader(line + "\n" + ok), "x.jsonl", articles::add, problems::add);
        assertThat(articles).extracting(a -> a.url().orElseThrow()).containsExactly("https://news.example/ok");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("longer than 1000"));
    }

    @Test
    void readsFilesAndGzippedFiles() throws IOException {
        Path plain = dir.resolve("a.jsonl");
        Files.writeString(plain, LINES, StandardCharsets.UTF_8);
        Path gz = dir.resolve("a.jsonl.gz");
        Files.write(gz, TestServer.gzip(LINES.getBytes(StandardCharsets.UTF_8)));
        for (Path p : List.of(plain, gz)) {
            List<Article> articles = new ArrayList<>();
            SourceCounts c = new JsonlSource().read(p, articles::add, x -> { });
            assertThat(articles).hasSize(3);
            assertThat(c.problems()).isEqualTo(4);
        }
        List<Problem> missing = new ArrayList<>();
        new JsonlSource().read(dir.resolve("missing.jsonl"), x -> { }, missing::add);
        assertThat(missing).hasSize(1);
    }

    @Test
    void emptyAndBinaryFilesDoNotThrow() throws IOException {
        Path empty = dir.resolve("empty.jsonl");
        Files.write(empty, new byte[0]);
        assertThat(new JsonlSource().read(empty, x -> { }, x -> { })).isEqualTo(new SourceCounts(0, 0, 0, 0));
        Path binary = dir.resolve("bin.jsonl");
        Files.write(binary, new byte[] {0, (byte) 0xff, (byte) 0xfe, 10, 1, 2, 3});
        List<Problem> problems = new ArrayList<>();
        new JsonlSource().read(binary, x -> { }, problems::add);
        assertThat(problems).hasSize(2);
    }
}

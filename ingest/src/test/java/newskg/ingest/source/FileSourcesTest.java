package newskg.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newskg.ingest.extract.HtmlArticleExtractor;
import newskg.model.Problem;

class FileSourcesTest {
    private final FileSources files = new FileSources(HtmlReader.of(HtmlArticleExtractor.create()), 1 << 20);

    @Test
    void readsSeedFormatKeepingTheBodyExactly(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, " date 2021-06-04 Regulator suspends a platform\n\nFirst line.\n\nSecond paragraph.\n");
        SourceItem.Read r = (SourceItem.Read) files.read(f);
        assertThat(r.article().title()).isEqualTo("Regulator suspends a platform");
        assertThat(r.article().published()).hasValueSatisfying(d -> assertThat(d).hasToString("2021-06-04"));
        assertThat(r.article().body()).isEqualTo("First line.\n\nSecond paragraph.");
    }

    @Test
    void readsGzippedHtml(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(("<html><head><title>Court orders a block</title>"
                    + "<meta property='article:published_time' content='2024-08-30T10:00:00Z'></head><body><article>"
                    + "<h1>Court orders a block</h1><p>" + "A court ordered internet providers to block the service. ".repeat(8)
                    + "</p><p>" + "The company said it would appeal the decision in the coming days. ".repeat(6)
                    + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
        }
        SourceItem item = files.read(f);
        assertThat(item).isInstanceOf(SourceItem.Read.class);
        assertThat(((SourceItem.Read) item).article().body()).contains("A court ordered internet providers");
    }

    @Test
    void badFilesBecomeProblemsWithReasons(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.html"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2});
        Files.writeString(dir.resolve("no-header.txt"), "Just some text.\n");
        Files.writeString(dir.resolve("bad-date.txt"), " date 2099-13-45 Impossible\n\nText.\n");
        Files.write(dir.resolve("truncated.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        Files.write(dir.resolve("latin1.txt"), " date 2020-01-01 Caf\u00e9\n\nCaf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.html.gz")))) {
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<Path> all = FileSources.expand(List.of(dir, dir.resolve("missing")), problems::add);
        assertThat(problems).singleElement().extracting(Problem::message).isEqualTo("no such file or directory");
        List<String> reasons = all.stream().map(files::read)
                .map(i -> i.source().substring(dir.toString().length() + 1) + ": "
                        + ((SourceItem.Failed) i).problem().message())
                .toList();
        assertThat(reasons).containsExactlyInAnyOrder(
                "bad-date.txt: publication date '2099-13-45' is not a valid YYYY-MM-DD date",
                "binary.html: binary data, not HTML",
                "bomb.html.gz: file is larger than the 1 MB limit",
                "empty.txt: file is empty",
                "latin1.txt: not UTF-8 text",
                "no-header.txt: a .txt file must start with a ' date YYYY-MM-DD Title' line (the seed format)",
                "truncated.html.gz: broken gzip data (truncated)");
    }

    @Test
    void directoriesExpandToArticleFilesInNameOrder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.html"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("notes.md"), "x");
        List<Path> all = FileSources.expand(List.of(dir), p -> { });
        assertThat(all).extracting(p -> dir.relativize(p).toString()).containsExactly("a.txt", "sub/b.html");
        assertThat(FileSources.looksBinary("<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(Optional.of(files)).isPresent();
    }
}

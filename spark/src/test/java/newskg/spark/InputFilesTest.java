package newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input expansion on Hadoop's local file system; no Spark context, no CoreNLP. */
class InputFilesTest {
    @TempDir
    Path tmp;

    private final Configuration conf = new Configuration(false);

    private Path touch(String name) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        return p;
    }

    @Test
    void aDirectoryExpandsToItsInputFilesInNameOrderWithTheUsersSpelling() throws IOException {
        touch("corpus/b.txt");
        touch("corpus/a.html.gz");
        touch("corpus/sub/c.warc.gz");
        touch("corpus/sub/d.jsonl");
        touch("corpus/notes.md");
        touch("corpus/_SUCCESS");
        touch("corpus/.hidden/e.txt");

        String dir = tmp.resolve("corpus").toString();
        List<InputFile> files = InputFiles.expand(List.of(dir + "/"), conf);

        assertThat(files).extracting(InputFile::source)
                .containsExactly(dir + "/a.html.gz", dir + "/b.txt", dir + "/sub/c.warc.gz", dir + "/sub/d.jsonl");
        assertThat(files).allMatch(f -> f.uri().startsWith("file:/"));
        assertThat(files).extracting(InputFile::kind).containsExactly(InputFile.Kind.FILE, InputFile.Kind.FILE,
                InputFile.Kind.WARC, InputFile.Kind.JSONL);
    }

    @Test
    void aFileKeepsItsSpellingAndAGlobExpands() throws IOException {
        Path a = touch("x/1.warc.gz");
        touch("x/2.warc.gz");
        touch("x/3.txt");
        assertThat(InputFiles.expand(List.of(a.toString()), conf)).extracting(InputFile::source)
                .containsExactly(a.toString());
        assertThat(InputFiles.expand(List.of(tmp.resolve("x").toString() + "/*.warc.gz"), conf))
                .extracting(InputFile::source)
                .containsExactly(tmp.resolve("x/1.warc.gz").toString(), tmp.resolve("x/2.warc.gz").toString());
    }

    @Test
    void missingInputsAreUsageErrors() {
        assertThatThrownBy(() -> InputFiles.expand(List.of(tmp.resolve("none").toString()), conf))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such input");
        assertThatThrownBy(() -> InputFiles.expand(List.of(tmp + "/*.warc"), conf))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no input matches");
    }

    @Test
    void aGzippedListOfPathsIsPrefixedWhereItHasNoScheme() throws IOException {
        Path list = tmp.resolve("warc.paths.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(list))) {
            out.write("# CC-NEWS\ncrawl-data/CC-NEWS/2024/03/a.warc.gz\n\nhdfs://nn/b.warc.gz\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(InputFiles.readList(list.toString(), Optional.of("s3a://commoncrawl/"), conf))
                .containsExactly("s3a://commoncrawl/crawl-data/CC-NEWS/2024/03/a.warc.gz", "hdfs://nn/b.warc.gz");
    }

    @ParameterizedTest
    @CsvSource({"a.warc.gz,WARC", "A.WARC,WARC", "a.jsonl.gz,JSONL", "a.jsonl,JSONL", "a.txt,FILE", "a.html.gz,FILE"})
    void kinds(String name, InputFile.Kind kind) {
        assertThat(InputFile.kindOf(name)).isEqualTo(kind);
    }
}

package newskg.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import newskg.ingest.crawl.JsonlSource;
import newskg.ingest.crawl.WarcSource;
import newskg.ingest.extract.HtmlArticleExtractor;
import newskg.ingest.fetch.FetchedPage;
import newskg.ingest.source.FileSources;
import newskg.ingest.source.HtmlReader;
import newskg.ingest.source.SourceItem;
import newskg.model.Article;
import newskg.model.Problem;

/**
 * Reads the articles of one input file with the ingest module's own readers: {@link FileSources}
 * for seed-format text and HTML (as {@code newskg ingest}), {@link WarcSource} for WARC response
 * records, {@link JsonlSource} for JSON Lines; HTML pages go through the same
 * {@link HtmlArticleExtractor}. Files on a non-local file system (HDFS, S3) that those readers
 * need as a local path are copied to a temporary file first, and deleted after.
 *
 * <p>One instance per task; not thread-safe. Reading never throws for a bad document: it
 * becomes a problem and reading goes on.
 *
 * <pre>{@code
 * new ArticleReader(spec, conf).read(inputFile, articles::add, problems::add);
 * }</pre>
 */
final class ArticleReader {
    /** Where {@link #read} delivers, in file order. */
    interface Sink {
        void article(Article article);

        void problem(Problem problem);
    }

    private final Configuration conf;
    private final HtmlReader html = HtmlReader.of(HtmlArticleExtractor.create());
    private final FileSources files;
    private final WarcSource warc;
    private final JsonlSource jsonl = new JsonlSource();

    ArticleReader(ExtractSpec spec, Configuration conf) {
        this.conf = conf;
        this.files = new FileSources(html, spec.maxBytes());
        this.warc = new WarcSource(spec.maxBytes());
    }

    void read(InputFile f, Sink sink) {
        try {
            switch (f.kind()) {
                case JSONL -> readJsonl(f, sink);
                case WARC -> withLocalPath(f, p -> warc.read(p, page -> item(page, sink), sink::problem));
                case FILE -> withLocalPath(f, p -> item(files.read(p), f.source(), sink));
            }
        } catch (IOException | UncheckedIOException e) {
            sink.problem(Problem.error(Problem.Stage.SOURCE, f.source(), "cannot read: " + e.getMessage()));
        }
    }

    /** A WARC page: its URL is its source, as for a crawled page. */
    private void item(FetchedPage page, Sink sink) {
        String url = page.finalUri().toString();
        SourceItem it = html.read(url, Optional.of(url), page.body(), page.charset().map(Charset::name));
        item(it, url, sink);
    }

    private static void item(SourceItem it, String source, Sink sink) {
        if (it instanceof SourceItem.Read r) {
            r.warnings().forEach(sink::problem);
            sink.article(withSource(r.article(), source));
        } else {
            sink.problem(((SourceItem.Failed) it).problem());
        }
    }

    /**
     * The article as read from {@code source}: a file read through a local path or a temporary copy
     * is recorded under the name the user gave, as {@code newskg ingest} records it. The id and the
     * content hash do not depend on the source.
     */
    static Article withSource(Article a, String source) {
        if (a.source().equals(source)) {
            return a;
        }
        return new Article(a.id(), source, a.url(), a.title(), a.published(), a.authors(), a.publisher(),
                a.language(), a.body(), a.contentHash());
    }

    /** JSON Lines are streamed from any file system, gunzipped when they start with the gzip magic. */
    private void readJsonl(InputFile f, Sink sink) throws IOException {
        Path path = new Path(f.uri());
        FileSystem fs = path.getFileSystem(conf);
        try (InputStream raw = new BufferedInputStream(fs.open(path), 1 << 16)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
            jsonl.read(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    f.source(), sink::article, sink::problem);
        }
    }

    /** What needs a {@link java.nio.file.Path}. */
    private interface LocalRead {
        void read(java.nio.file.Path local) throws IOException;
    }

    private void withLocalPath(InputFile f, LocalRead reader) throws IOException {
        Path path = new Path(f.uri());
        URI uri = path.toUri();
        if (uri.getScheme() == null || "file".equals(uri.getScheme())) {
            reader.read(java.nio.file.Path.of(uri.getPath()));
            return;
        }
        // WarcSource and FileSources read local paths; a copy keeps the file's name, which decides how it is read.
        java.nio.file.Path dir = Files.createTempDirectory("newskg-input-");
        java.nio.file.Path local = dir.resolve(path.getName());
        try {
            path.getFileSystem(conf).copyToLocalFile(false, path, new Path(local.toUri()), true);
            reader.read(local);
        } finally {
            Files.deleteIfExists(local);
            Files.deleteIfExists(dir);
        }
    }

    /** Problems count as failed documents when they are errors. */
    static boolean isFailure(Problem p) {
        return p.severity() == Problem.Severity.ERROR;
    }
}

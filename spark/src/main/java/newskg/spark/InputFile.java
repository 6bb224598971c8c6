package newskg.spark;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import newskg.ingest.source.FileSources;

/**
 * One input file of the job: where Hadoop's file system finds it, and how the user spelled it
 * (which becomes the article's {@code source}, as {@code newskg ingest} records it).
 *
 * <pre>{@code
 * InputFile f = new InputFile("file:/data/corpus/00.txt", "corpus/00.txt", 0);
 * f.kind();   // Kind.FILE
 * }</pre>
 *
 * @param uri    a fully qualified Hadoop path ({@code file:/...}, {@code hdfs://...}, {@code s3a://...})
 * @param source the path as the user gave it, or as the glob or directory expanded it
 * @param order  its position among the job's inputs: when an article occurs twice, the later one wins
 */
public record InputFile(String uri, String source, int order) implements Serializable {
    private static final long serialVersionUID = 1L;

    public InputFile {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(source, "source");
        if (order < 0) {
            throw new IllegalArgumentException("order must not be negative: " + order);
        }
    }

    /** How a file is read, decided by its name as {@code newskg ingest} decides it. */
    public enum Kind {
        /** {@code .warc}, {@code .warc.gz}: the HTML responses archived in it (CC-NEWS). */
        WARC,
        /** {@code .jsonl}, {@code .jsonl.gz}: one article per line. */
        JSONL,
        /** Anything else: seed-format {@code .txt}, {@code .html(.gz)}; other names are reported. */
        FILE
    }

    public Kind kind() {
        return kindOf(uri);
    }

    static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz")) {
            return Kind.JSONL;
        }
        return Kind.FILE;
    }

    /** Whether a file met inside an input directory is read (what {@code newskg ingest} reads, plus WARC and JSONL). */
    static boolean isInput(String fileName) {
        return kindOf(fileName) != Kind.FILE || FileSources.isArticleFile(java.nio.file.Path.of(fileName));
    }
}

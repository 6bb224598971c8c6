package newskg.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import newskg.model.Problem;

/**
 * Reads articles from files and directories: seed-format {@code .txt}, and {@code .html},
 * {@code .htm} (optionally gzipped) through an {@link HtmlReader}. One broken file is a
 * {@link SourceItem.Failed} and the rest goes on.
 *
 * <pre>{@code
 * FileSources files = new FileSources(htmlReader, 20 << 20);
 * files.read(List.of(Path.of("corpus")), item -> ...);
 * }</pre>
 */
public final class FileSources {
    private final HtmlReader html;
    private final long maxBytes;

    /**
     * @param html     reads HTML pages
     * @param maxBytes the largest file (after gunzip) read; larger ones are reported, not read
     */
    public FileSources(HtmlReader html, long maxBytes) {
        this.html = html;
        this.maxBytes = maxBytes;
    }

    /** Whether newskg reads this kind of file when it meets it in a directory. */
    public static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".warc")
                || n.endsWith(".warc.gz") || n.endsWith(".jsonl") || n.endsWith(".jsonl.gz")
                || n.endsWith(".html.gz") || n.endsWith(".htm.gz");
    }

    /**
     * Expands directories (recursively, in name order) into the article files below them.
     * A path that does not exist becomes a problem.
     */
    public static List<Path> expand(List<Path> paths, Consumer<Problem> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(FileSources::isArticleFile).sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.accept(Problem.error(Problem.Stage.SOURCE, p.toString(), "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                problems.accept(Problem.error(Problem.Stage.SOURCE, p.toString(), "no such file or directory"));
            }
        }
        return out;
    }

    /** Reads one file. Never throws for a bad file: the reason is in the result. */
    public SourceItem read(Path file) {
        String source = file.toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = readCapped(file, name.endsWith(".gz"));
        } catch (TooLarge e) {
            return failed(source, "file is larger than the " + (maxBytes >> 20) + " MB limit");
        } catch (IOException e) {
            String why = e instanceof java.io.EOFException ? "broken gzip data (truncated)"
                    : e instanceof java.util.zip.ZipException ? "broken gzip data (" + e.getMessage() + ")"
                    : "cannot read: " + e.getMessage();
            return failed(source, why);
        }
        if (bytes.length == 0) {
            return failed(source, "file is empty");
        }
        if (name.endsWith(".txt")) {
            return readText(source, bytes);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
            if (looksBinary(bytes)) {
                return failed(source, "binary data, not HTML");
            }
            return html.read(source, Optional.empty(), bytes, Optional.empty());
        }
        return failed(source, "unsupported file type (expected .txt, .html, .htm, .html.gz)");
    }

    private SourceItem readText(String source, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(source, "not UTF-8 text");
        }
        if (text.indexOf('\0') >= 0) {
            return failed(source, "binary data, not text");
        }
        if (!SeedFormat.looksLikeSeed(text)) {
            return failed(source, "a .txt file must start with a ' date YYYY-MM-DD Title' line (the seed format)");
        }
        try {
            return new SourceItem.Read(SeedFormat.parse(source, text), List.of());
        } catch (IllegalArgumentException e) {
            return failed(source, e.getMessage());
        }
    }

    /**
     * NUL bytes do not occur in text in any ASCII-compatible encoding; UTF-16 pages announce
     * themselves with a byte-order mark, which is let through.
     */
    static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return false;
        }
        int n = Math.min(bytes.length, 4096);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private byte[] readCapped(Path file, boolean gzip) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            // Read one byte past the cap to tell "exactly at the cap" from "over it" (a gzip bomb stops here).
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (b.length > maxBytes) {
                throw new TooLarge();
            }
            return b;
        }
    }

    private static SourceItem failed(String source, String why) {
        return new SourceItem.Failed(Problem.error(Problem.Stage.SOURCE, source, why));
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }
}

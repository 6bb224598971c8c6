package newskg.ingest.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import newskg.model.Article;
import newskg.model.Problem;

/**
 * Reads a JSON Lines file (optionally {@code .gz}) with one article per line:
 * {@code {"url": ..., "title": ..., "published": "2023-08-15", "body": ...}}. Streams line by
 * line, never the whole file; a bad line (not JSON, no body, too long) is a {@link Problem} and the
 * rest goes on. An unreadable {@code published} keeps the article without a date, with a warning.
 *
 * <pre>{@code
 * SourceCounts c = new JsonlSource().read(Path.of("articles.jsonl"), articles::add, problems::add);
 * }</pre>
 */
public final class JsonlSource {

    /** Longest line read, in chars; a longer line is skipped with a problem (a 50 MB line is not an article). */
    public static final int DEFAULT_MAX_LINE = 8 << 20;

    private final ObjectMapper json = new ObjectMapper();
    private final int maxLine;

    public JsonlSource() {
        this(DEFAULT_MAX_LINE);
    }

    public JsonlSource(int maxLineChars) {
        if (maxLineChars < 16) {
            throw new IllegalArgumentException("maxLineChars too small: " + maxLineChars);
        }
        this.maxLine = maxLineChars;
    }

    public SourceCounts read(Path file, Consumer<Article> articles, Consumer<Problem> problems) {
        String source = file.toString();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw) : raw;
            return read(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), source, articles, problems);
        } catch (IOException e) {
            problems.accept(Problem.error(Problem.Stage.SOURCE, source, "cannot read JSONL file: " + e.getMessage()));
            return new SourceCounts(0, 0, 0, 1);
        }
    }

    /** Reads from {@code reader}; {@code source} names it in articles and problems. Does not close the reader. */
    public SourceCounts read(Reader reader, String source, Consumer<Article> articles, Consumer<Problem> sink) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(sink, "problems");
        int[] reported = {0};
        Consumer<Problem> problems = p -> {
            reported[0]++;
            sink.accept(p);
        };
        BufferedReader in = reader instanceof BufferedReader br ? br : new BufferedReader(reader);
        int lines = 0;
        int delivered = 0;
        int skipped = 0;
        StringBuilder line = new StringBuilder();
        try {
            while (true) {
                Line kind = readLine(in, line);
                if (kind == Line.EOF) {
                    break;
                }
                lines++;
                String where = source + "#line=" + lines;
                if (kind == Line.TOO_LONG) {
                    problems.accept(Problem.error(Problem.Stage.SOURCE, where, "line longer than " + maxLine + " chars"));
                    continue;
                }
                if (line.toString().isBlank()) {
                    skipped++;
                    continue;
                }
                Optional<Article> a = article(line.toString(), where, problems);
                if (a.isPresent()) {
                    articles.accept(a.get());
                    delivered++;
                }
            }
        } catch (IOException e) {
            problems.accept(Problem.error(Problem.Stage.SOURCE, source + "#line=" + (lines + 1),
                    "read error, stopping: " + e.getMessage()));
        }
        return new SourceCounts(lines, delivered, skipped, reported[0]);
    }

    private Optional<Article> article(String line, String where, Consumer<Problem> problems) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            problems.accept(Problem.error(Problem.Stage.SOURCE, where, "not JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            problems.accept(Problem.error(Problem.Stage.SOURCE, where, "not a JSON object"));
            return Optional.empty();
        }
        String body = text(node, "body").or(() -> text(node, "text")).orElse("");
        if (body.isBlank()) {
            problems.accept(Problem.error(Problem.Stage.SOURCE, where, "no body"));
            return Optional.empty();
        }
        Optional<String> url = text(node, "url").filter(u -> !u.isBlank());
        // A record with a URL is sourced by it, as a WARC record is: the article's graph is then the
        // same whichever file or machine the record was read from.
        Article.Builder b = Article.builder(url.orElse(where), text(node, "title").orElse(""), body);
        url.ifPresent(b::url);
        Optional<String> published = text(node, "published");
        if (published.isPresent()) {
            Optional<LocalDate> date = Dates.parse(published.get())
                    .map(i -> i.atOffset(java.time.ZoneOffset.UTC).toLocalDate());
            if (date.isPresent()) {
                b.published(date.get());
            } else {
                problems.accept(Problem.warning(Problem.Stage.SOURCE, where,
                        "unreadable published date '" + abbreviate(published.get()) + "', kept without a date"));
            }
        }
        return Optional.of(b.build());
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? Optional.empty() : Optional.of(v.asText());
    }

    private enum Line { EOF, OK, TOO_LONG }

    /** Reads one line into {@code line} (cleared first); past the cap the rest of the line is skipped. */
    private Line readLine(BufferedReader in, StringBuilder line) throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        int c;
        while ((c = in.read()) >= 0) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (tooLong) {
                continue;
            }
            if (line.length() >= maxLine) {
                tooLong = true;
                line.setLength(0);
                continue;
            }
            line.append((char) c);
        }
        if (!any) {
            return Line.EOF;
        }
        if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        return tooLong ? Line.TOO_LONG : Line.OK;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}

package newskg.ingest.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import newskg.ingest.fetch.ContentTypes;
import newskg.ingest.fetch.FetchedPage;
import newskg.model.Problem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages archived in a WARC file ({@code .warc}, {@code .warc.gz}, as in Common
 * Crawl's CC-NEWS) with jwarc, one record at a time: never the whole file in memory. Each
 * {@code response} record with a 2xx HTML payload becomes a {@link FetchedPage} with the record's
 * WARC-Target-URI and WARC-Date; other records are skipped; a broken record or body is a
 * {@link Problem} and reading goes on where it can (a truncated file ends the read with a problem).
 *
 * <pre>{@code
 * SourceCounts c = new WarcSource(10L << 20).read(Path.of("CC-NEWS.warc.gz"),
 *         page -> store(extractor.extract(page)), reporter::report);
 * }</pre>
 */
public final class WarcSource {

    private final long maxBodyBytes;

    /** @param maxBodyBytes bodies longer than this (after HTTP decoding) are skipped with a problem */
    public WarcSource(long maxBodyBytes) {
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBodyBytes out of range: " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    public SourceCounts read(Path file, Consumer<FetchedPage> pages, Consumer<Problem> problems) {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(problems, "problems");
        String source = file.toString();
        int records = 0;
        int delivered = 0;
        int skipped = 0;
        int bad = 0;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // jwarc cannot resynchronise after a broken header or truncated gzip member.
                    problems.accept(Problem.error(Problem.Stage.SOURCE, source + "@" + reader.position(),
                            "unreadable WARC record, stopping: " + message(e)));
                    bad++;
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                if (!(next.get() instanceof WarcResponse response)) {
                    skipped++;
                    continue;
                }
                Outcome o = page(response, source);
                if (o.page != null) {
                    pages.accept(o.page);
                    delivered++;
                } else if (o.problem != null) {
                    problems.accept(o.problem);
                    bad++;
                } else {
                    skipped++;
                }
            }
        } catch (IOException e) {
            problems.accept(Problem.error(Problem.Stage.SOURCE, source, "cannot read WARC file: " + message(e)));
            bad++;
        }
        return new SourceCounts(records, delivered, skipped, bad);
    }

    private Outcome page(WarcResponse response, String source) {
        String where = source + "@" + response.position();
        URI target;
        try {
            target = response.targetURI();
        } catch (IllegalArgumentException e) {
            return Outcome.problem(Problem.error(Problem.Stage.SOURCE, where, "bad WARC-Target-URI: " + response.target()));
        }
        try {
            if (!response.contentType().base().toString().toLowerCase(Locale.ROOT).startsWith("application/http")) {
                return Outcome.skip(); // a non-HTTP capture (DNS, Gemini, ...)
            }
            HttpResponse http = response.http();
            String type = http.headers().first("content-type").orElse("");
            if (http.status() < 200 || http.status() > 299 || !ContentTypes.isHtml(type)) {
                return Outcome.skip();
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = readCapped(in);
            }
            if (body == null) {
                return Outcome.problem(Problem.error(Problem.Stage.SOURCE, target.toString(),
                        "WARC record body larger than " + maxBodyBytes + " bytes"));
            }
            var headers = new java.util.LinkedHashMap<>(http.headers().map());
            headers.keySet().removeIf(k -> k.equalsIgnoreCase("content-encoding")
                    || k.equalsIgnoreCase("transfer-encoding") || k.equalsIgnoreCase("content-length"));
            return Outcome.page(FetchedPage.of(target, http.status(), headers, body, response.date()));
        } catch (IOException | RuntimeException e) {
            return Outcome.problem(Problem.error(Problem.Stage.SOURCE, target.toString(),
                    "broken WARC response record: " + message(e)));
        }
    }

    private byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > maxBodyBytes) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A page, a problem, or neither (skipped). */
    private record Outcome(FetchedPage page, Problem problem) {
        static Outcome page(FetchedPage p) {
            return new Outcome(p, null);
        }

        static Outcome problem(Problem p) {
            return new Outcome(null, p);
        }

        static Outcome skip() {
            return new Outcome(null, null);
        }
    }
}

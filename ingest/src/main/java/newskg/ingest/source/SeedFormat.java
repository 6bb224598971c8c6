package newskg.ingest.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newskg.model.Article;

/**
 * Reads the project's seed format: a first line {@code " date YYYY-MM-DD Title"}, a blank line, the body.
 *
 * <pre>{@code
 * Article a = SeedFormat.parse("corpus/00.txt", Files.readString(path)).orElseThrow();
 * }</pre>
 *
 * <p>The body is kept exactly as written (only the header and the blank line after it are
 * removed, and a trailing newline), so that evidence offsets point into the text the user has.
 */
public final class SeedFormat {
    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\S+)\\s*(.*)$");

    private SeedFormat() {
    }

    /** Whether the text starts with a seed-format header line. */
    public static boolean looksLikeSeed(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        return HEADER.matcher(first.replace("\uFEFF", "")).matches();
    }

    /**
     * Parses a seed-format text.
     *
     * @throws IllegalArgumentException with a reason a person can act on, when the header is
     *         missing or its date is not a real day ({@code 2099-13-45})
     */
    public static Article parse(String source, String text) {
        String t = text.replace("\uFEFF", "").replace("\r\n", "\n");
        int nl = t.indexOf('\n');
        String first = nl < 0 ? t : t.substring(0, nl);
        Matcher m = HEADER.matcher(first);
        if (!m.matches()) {
            throw new IllegalArgumentException("first line is not ' date YYYY-MM-DD Title'");
        }
        LocalDate published;
        try {
            published = LocalDate.parse(m.group(1));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("publication date '" + m.group(1) + "' is not a valid YYYY-MM-DD date");
        }
        String body = nl < 0 ? "" : t.substring(nl + 1);
        body = body.replaceFirst("^\\s*\\n", "").stripTrailing();
        return Article.builder(source, m.group(2), body).published(published).language("en").build();
    }
}

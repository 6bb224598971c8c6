package newskg.ingest.crawl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lenient parsing of the dates in feeds and sitemaps: RFC 822/1123 (RSS {@code pubDate}) and
 * ISO 8601 / W3C-DTF (Atom, {@code dc:date}, sitemaps). A date without a time is the start of that
 * day in UTC; a date-time without an offset is taken as UTC.
 */
final class Dates {

    private static final DateTimeFormatter RFC_822_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("[EEE, ]d MMM yyyy HH:mm[:ss] ")
            .appendPattern("[z][XX][X]")
            .toFormatter(Locale.ROOT);

    private static final List<Function<String, Instant>> PARSERS = List.of(
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
            s -> ZonedDateTime.parse(s, RFC_822_LENIENT).toInstant(),
            s -> OffsetDateTime.parse(s.replace(' ', 'T')).toInstant(),
            s -> ZonedDateTime.parse(s.replace(' ', 'T')).toInstant(),
            s -> LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));

    private Dates() {
    }

    static Optional<Instant> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.strip();
        for (Function<String, Instant> p : PARSERS) {
            Optional<Instant> r = attempt(p, s);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> attempt(Function<String, Instant> parser, String s) {
        try {
            return Optional.of(parser.apply(s));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // not this format: the caller tries the next one
        }
    }
}

package newskg.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at the precision the text gives it: a day, an ISO week, a month or a year.
 *
 * <pre>{@code
 * TimeValue w = TimeValue.parse("2023-W33", "earlier this week").orElseThrow();
 * w.start();   // 2023-08-14, the Monday
 * w.iso();     // "2023-W33"
 * }</pre>
 *
 * @param start     the first day of the period
 * @param precision its granularity
 * @param text      the words that gave it ({@code ""} when it comes from the publication date)
 */
public record TimeValue(LocalDate start, Precision precision, String text) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public TimeValue {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(text, "text");
        LocalDate normal = normalise(start, precision);
        if (!normal.equals(start)) {
            throw new IllegalArgumentException(start + " is not the first day of its " + precision.key());
        }
    }

    public static TimeValue day(LocalDate d, String text) {
        return new TimeValue(d, Precision.DAY, text);
    }

    /** The ISO week that contains {@code d}. */
    public static TimeValue weekOf(LocalDate d, String text) {
        return new TimeValue(normalise(d, Precision.WEEK), Precision.WEEK, text);
    }

    /** Parses {@code YYYY-MM-DD}, {@code YYYY-Www}, {@code YYYY-MM} or {@code YYYY}; empty for anything else. */
    public static Optional<TimeValue> parse(String iso, String text) {
        if (iso == null) {
            return Optional.empty();
        }
        String v = iso.strip();
        try {
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                return Optional.of(day(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)), text));
            }
            if ((m = WEEK.matcher(v)).matches()) {
                int week = i(m, 2);
                LocalDate jan4 = LocalDate.of(i(m, 1), 1, 4);
                if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    return Optional.empty();
                }
                LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                return Optional.of(new TimeValue(monday, Precision.WEEK, text));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                return Optional.of(new TimeValue(LocalDate.of(i(m, 1), i(m, 2), 1), Precision.MONTH, text));
            }
            if ((m = YEAR.matcher(v)).matches()) {
                return Optional.of(new TimeValue(LocalDate.of(i(m, 1), 1, 1), Precision.YEAR, text));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** ISO 8601 at this precision: {@code 2023-08-06}, {@code 2023-W33}, {@code 2023-08}, {@code 2023}. */
    public String iso() {
        return switch (precision) {
            case DAY -> start.toString();
            case WEEK -> String.format("%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case YEAR -> String.format("%04d", start.getYear());
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> start.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    private static LocalDate normalise(LocalDate d, Precision p) {
        return switch (p) {
            case DAY -> d;
            case WEEK -> d.with(DayOfWeek.MONDAY);
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}

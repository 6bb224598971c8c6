package newskg.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads calendar days from the many ways pages write them: ISO 8601 and its relatives
 * ({@code 2023-08-15T10:00Z}, {@code 2023/08/15}), numeric day-first and month-first forms
 * ({@code 15.08.2023}, {@code 8/15/2023}), and month names in English, German, French, Spanish,
 * Italian, Portuguese, Dutch and Russian ({@code 15 August 2023}, {@code Aug. 15, 2023},
 * {@code 15. März 2023}, {@code 1er août 2023}), plus CJK {@code 2023年8月15日}.
 *
 * <p>Only days between {@code min} and {@code max} are returned: the caller sets the window
 * (no news page predates 1995; none is published in the future of its fetch).
 */
final class DateParser {
    private static final Logger LOG = LoggerFactory.getLogger(DateParser.class);
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_NAMES;

    static {
        List<String> names = new ArrayList<>(MONTHS.keySet());
        names.sort((a, b) -> b.length() - a.length());
        MONTH_NAMES = String.join("|", names);
    }

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d])((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T|$)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)?\\d{2})(?![\\d]|[./-]\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|°)?(?:\\s+de)?\\s*(?:\\.|-|\\s)\\s*(" + MONTH_NAMES
                    + ")\\.?(?:\\s+de)?,?\\s*(?:-|\\s)?\\s*((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])(" + MONTH_NAMES + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CJK = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern KOREAN = Pattern.compile("((?:19|20)\\d{2})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");

    /** A day found in text, with where it starts. */
    record Found(LocalDate date, int start) {
    }

    /** A timestamp in UTC: its day may not be the publisher's day. */
    private static final Pattern UTC_STAMP = Pattern.compile(
            "^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]00:?00|UTC|GMT)(?![\\d:])");
    /** A timestamp with a real offset, as pages write their local time. */
    private static final Pattern LOCAL_STAMP = Pattern.compile(
            "(?:19|20)\\d{2}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?([+-])(\\d{2}):?(\\d{2})(?!\\d)");
    private static final int OFFSET_SCAN_CHARS = 1_000_000;

    private final LocalDate min;
    private final LocalDate max;
    private final Optional<? extends ZoneId> pageZone;

    DateParser(LocalDate min, LocalDate max) {
        this(min, max, Optional.empty());
    }

    /**
     * @param pageZone the zone (or fixed offset) in which the page writes its other timestamps: a
     *                 UTC timestamp is moved into it, because the publication day is the publisher's
     */
    DateParser(LocalDate min, LocalDate max, Optional<? extends ZoneId> pageZone) {
        this.min = min;
        this.max = max;
        this.pageZone = pageZone;
    }

    /** The non-zero UTC offset that the page's timestamps use most often, if any. */
    static Optional<ZoneOffset> pageOffset(String html) {
        String text = html.length() > OFFSET_SCAN_CHARS ? html.substring(0, OFFSET_SCAN_CHARS) : html;
        Map<ZoneOffset, Integer> counts = new HashMap<>();
        Matcher m = LOCAL_STAMP.matcher(text);
        while (m.find()) {
            int h = Integer.parseInt(m.group(2));
            int min = Integer.parseInt(m.group(3));
            if ((h != 0 || min != 0) && h <= 14 && min < 60) {
                int seconds = (h * 3600 + min * 60) * (m.group(1).equals("-") ? -1 : 1);
                counts.merge(ZoneOffset.ofTotalSeconds(seconds), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * The day of a value meant to be one date (an attribute, a meta tag, a JSON-LD field):
     * ISO forms first, then the first date written any other way.
     */
    Optional<LocalDate> parseValue(String value, boolean monthFirst) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 200) {
            return Optional.empty();
        }
        if (pageZone.isPresent()) {
            Matcher u = UTC_STAMP.matcher(v);
            if (u.find()) {
                try {
                    LocalDate d = LocalDateTime.of(Integer.parseInt(u.group(1)), Integer.parseInt(u.group(2)),
                                    Integer.parseInt(u.group(3)), Integer.parseInt(u.group(4)), Integer.parseInt(u.group(5)))
                            .atZone(ZoneOffset.UTC).withZoneSameInstant(pageZone.get()).toLocalDate();
                    if (inWindow(d)) {
                        return Optional.of(d);
                    }
                } catch (DateTimeException e) {
                    LOG.trace("not a timestamp: {}", v);
                }
            }
        }
        Matcher c = COMPACT.matcher(v);
        if (c.find()) {
            Optional<LocalDate> d = day(c.group(1), c.group(2), c.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        List<Found> all = findAll(v, monthFirst);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).date());
    }

    /** Every day written in the text, in text order. */
    List<Found> findAll(String text, boolean monthFirst) {
        List<Found> out = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            day(m.group(1), m.group(2), m.group(3)).ifPresent(d -> out.add(new Found(d, m.start())));
        }
        for (Pattern p : new Pattern[] {CJK, KOREAN}) {
            Matcher k = p.matcher(text);
            while (k.find()) {
                day(k.group(1), k.group(2), k.group(3)).ifPresent(d -> out.add(new Found(d, k.start())));
            }
        }
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            String a = n.group(1);
            String b = n.group(3);
            String y = n.group(4);
            if (y.length() == 2) {
                y = "20" + y;
            }
            int ai = Integer.parseInt(a);
            int bi = Integer.parseInt(b);
            // Day-first unless that is impossible, or the page writes month-first with slashes (US usage).
            boolean mf = bi > 12 || (monthFirst && n.group(2).equals("/") && ai <= 12);
            Optional<LocalDate> d = mf ? day(y, a, b) : day(y, b, a);
            final int start = n.start();
            d.ifPresent(x -> out.add(new Found(x, start)));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        while (dmy.find()) {
            Integer month = MONTHS.get(dmy.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                day(dmy.group(3), String.valueOf(month), dmy.group(1)).ifPresent(d -> out.add(new Found(d, dmy.start())));
            }
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        while (mdy.find()) {
            Integer month = MONTHS.get(mdy.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                day(mdy.group(3), String.valueOf(month), mdy.group(2)).ifPresent(d -> out.add(new Found(d, mdy.start())));
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    Optional<LocalDate> day(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return d.isBefore(min) || d.isAfter(max) ? Optional.empty() : Optional.of(d);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean inWindow(LocalDate d) {
        return !d.isBefore(min) && !d.isAfter(max);
    }

    private static Map<String, Integer> months() {
        String[][] table = {
            // English
            {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
            {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
            {"november", "nov"}, {"december", "dec"},
            // German
            {"januar", "jänner", "jän"}, {"februar"}, {"märz", "maerz", "mrz", "mär"}, {}, {"mai"}, {"juni"},
            {"juli"}, {}, {}, {"oktober", "okt"}, {}, {"dezember", "dez"},
            // French
            {"janvier", "janv"}, {"février", "fevrier", "févr", "fevr", "fév"}, {"mars"}, {"avril", "avr"}, {},
            {"juin"}, {"juillet", "juil"}, {"août", "aout"}, {"septembre"}, {"octobre"}, {"novembre"},
            {"décembre", "decembre", "déc"},
            // Spanish
            {"enero", "ene"}, {"febrero"}, {"marzo"}, {"abril", "abr"}, {"mayo"}, {"junio"}, {"julio"},
            {"agosto", "ago"}, {"septiembre", "setiembre"}, {"octubre"}, {"noviembre"}, {"diciembre", "dic"},
            // Italian
            {"gennaio", "gen"}, {"febbraio"}, {}, {"aprile"}, {"maggio", "mag"}, {"giugno", "giu"},
            {"luglio", "lug"}, {}, {"settembre", "set"}, {"ottobre", "ott"}, {}, {"dicembre"},
            // Portuguese
            {"janeiro"}, {"fevereiro", "fev"}, {"março", "marco"}, {}, {"maio"}, {"junho"}, {"julho"}, {},
            {"setembro"}, {"outubro", "out"}, {"novembro"}, {"dezembro"},
            // Dutch
            {"januari"}, {"februari"}, {"maart", "mrt"}, {}, {"mei"}, {}, {"juli"}, {"augustus"}, {}, {}, {}, {},
            // Russian (genitive and nominative)
            {"января", "январь"}, {"февраля", "февраль"}, {"марта", "март"}, {"апреля", "апрель"}, {"мая", "май"},
            {"июня", "июнь"}, {"июля", "июль"}, {"августа", "август"}, {"сентября", "сентябрь"},
            {"октября", "октябрь"}, {"ноября", "ноябрь"}, {"декабря", "декабрь"},
        };
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < table.length; i++) {
            for (String name : table[i]) {
                m.putIfAbsent(name, i % 12 + 1);
            }
        }
        return Map.copyOf(m);
    }
}

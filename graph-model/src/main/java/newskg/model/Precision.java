package newskg.model;

import java.util.Locale;

/** How precise a date is: the granularity the text gives, never finer. */
public enum Precision {
    DAY, WEEK, MONTH, YEAR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

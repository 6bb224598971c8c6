package newskg.model;

import java.util.Locale;

/** Whether an event happened, is announced, threatened, denied or only hypothetical. */
public enum Modality {
    OCCURRED, ANNOUNCED, THREATENED, DENIED, HYPOTHETICAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

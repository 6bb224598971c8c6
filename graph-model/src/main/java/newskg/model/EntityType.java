package newskg.model;

import java.util.Locale;

/** The kinds of actor and place the graph distinguishes. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, PLACE, PLATFORM, OTHER;

    /** The lower-case name used in JSON and IRIs ({@code "organization"}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

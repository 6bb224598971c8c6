package newskg.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The event taxonomy of DESIGN §3; the first four are the platform types timelines are built from. */
public enum EventType {
    BAN, RESTRICT, LIFT, THREATEN, REQUEST, COMPLY, REJECT, STATEMENT, OTHER;

    private static final Set<EventType> PLATFORM = EnumSet.of(BAN, RESTRICT, LIFT, THREATEN);

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is one of ban, restrict, lift, threaten. */
    public boolean isPlatformType() {
        return PLATFORM.contains(this);
    }

    public static Optional<EventType> fromKey(String key) {
        for (EventType t : values()) {
            if (t.key().equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

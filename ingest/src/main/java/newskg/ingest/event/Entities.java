package newskg.ingest.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import newskg.model.Entity;
import newskg.model.EntityType;

/**
 * The entities of one article, one per real-world thing: a new mention whose content words are a
 * subset of a known name of the same type ("the Ministry of Telecommunications" and
 * "Iraq's Ministry of Telecommunications") joins it, and the longest form becomes the canonical name.
 */
final class Entities {
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "'s", "’s", "and", "for", "in", "on");

    private static final class Slot {
        String name;
        final EntityType type;
        String country;
        String wikidata;
        final Set<String> alt = new LinkedHashSet<>();

        Slot(String name, EntityType type, String country, String wikidata) {
            this.name = name;
            this.type = type;
            this.country = country;
            this.wikidata = wikidata;
        }

        Entity entity() {
            List<String> alts = new ArrayList<>(alt);
            alts.remove(name);
            return new Entity(name, type, Optional.ofNullable(country), alts, Optional.ofNullable(wikidata));
        }
    }

    private final List<Slot> slots = new ArrayList<>();
    private final PlatformGazetteer platforms;

    Entities(PlatformGazetteer platforms) {
        this.platforms = platforms;
    }

    Entity platform(String canonical, String surface) {
        Entity p = platforms.entity(canonical);
        for (Slot s : slots) {
            if (s.type == EntityType.PLATFORM && s.name.equals(canonical)) {
                s.alt.add(surface);
                return s.entity();
            }
        }
        Slot s = new Slot(canonical, EntityType.PLATFORM, null, p.wikidata().orElse(null));
        s.alt.add(surface);
        slots.add(s);
        return s.entity();
    }

    /** Adds a mention and returns the entity it belongs to, with its current canonical name. */
    Entity add(String name, EntityType type, Optional<String> country, Optional<String> wikidata) {
        String clean = name.strip();
        Set<String> words = words(clean);
        for (Slot s : slots) {
            if (s.type != type) {
                continue;
            }
            Set<String> known = words(s.name);
            boolean sameCountry = country.isEmpty() || s.country == null || country.get().equals(s.country);
            if (sameCountry && !words.isEmpty() && (known.containsAll(words) || words.containsAll(known))) {
                s.alt.add(clean);
                if (clean.length() > s.name.length()) {
                    s.alt.add(s.name);
                    s.name = clean;
                }
                if (s.country == null) {
                    s.country = country.orElse(null);
                }
                if (s.wikidata == null) {
                    s.wikidata = wikidata.orElse(null);
                }
                return s.entity();
            }
        }
        Slot s = new Slot(clean, type, country.orElse(null), wikidata.orElse(null));
        slots.add(s);
        return s.entity();
    }

    /** The current form of an entity handed out earlier (its canonical name may have grown since). */
    Entity current(Entity e) {
        for (Slot s : slots) {
            if (s.type == e.type() && (s.name.equals(e.name()) || s.alt.contains(e.name()))) {
                return s.entity();
            }
        }
        return e;
    }

    List<Entity> all() {
        return slots.stream().map(Slot::entity).toList();
    }

    static Set<String> words(String name) {
        Set<String> w = new LinkedHashSet<>();
        for (String t : name.toLowerCase(Locale.ROOT).replace("’s", " ").replace("'s", " ").split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty() && !FUNCTION.contains(t)) {
                w.add(t);
            }
        }
        return w;
    }
}

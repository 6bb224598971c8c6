package newskg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor or place named in an article, with one canonical name.
 *
 * <pre>{@code
 * Entity iraq = Entity.country("Iraq", "IQ", "Q796");
 * Entity ministry = new Entity("Iraq's Ministry of Telecommunications", EntityType.ORGANIZATION,
 *     Optional.of("IQ"), List.of("the ministry"), Optional.empty());
 * }</pre>
 *
 * @param name      the canonical name, the longest proper form the article gives
 * @param type      what kind of entity
 * @param country   ISO 3166-1 alpha-2 code, or {@code US-MT} style for a region, when known
 * @param altNames  other names the article uses for it
 * @param wikidata  a Wikidata QID ({@code Q796}) when known from a trusted offline list
 */
public record Entity(String name, EntityType type, Optional<String> country, List<String> altNames,
                     Optional<String> wikidata) {

    public Entity {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("entity name is blank");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        country.ifPresent(Entity::checkCountry);
        altNames = List.copyOf(altNames);
        Objects.requireNonNull(wikidata, "wikidata");
        wikidata.ifPresent(q -> {
            if (!q.matches("Q[0-9]+")) {
                throw new IllegalArgumentException("not a Wikidata QID: " + q);
            }
        });
    }

    public static Entity of(String name, EntityType type) {
        return new Entity(name, type, Optional.empty(), List.of(), Optional.empty());
    }

    public static Entity country(String name, String iso2, String wikidata) {
        return new Entity(name, EntityType.COUNTRY, Optional.of(iso2), List.of(), Optional.ofNullable(wikidata));
    }

    public Entity withCountry(String code) {
        return new Entity(name, type, Optional.ofNullable(code), altNames, wikidata);
    }

    public Entity withAltNames(List<String> names) {
        return new Entity(name, type, country, names, wikidata);
    }

    static void checkCountry(String code) {
        if (!code.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?")) {
            throw new IllegalArgumentException("not an ISO 3166 code: " + code);
        }
    }
}

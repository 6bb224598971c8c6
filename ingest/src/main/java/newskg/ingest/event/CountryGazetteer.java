package newskg.ingest.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import newskg.ingest.nlp.Token;

/**
 * Country names, demonyms and capitals ({@code countries.tsv}, generated from
 * ../shared/data/countries.json, ODbL) and US states ({@code us-states.tsv}) mapped to ISO 3166 codes.
 *
 * <pre>{@code
 * CountryGazetteer g = CountryGazetteer.load();
 * g.lookup("Iraqi");   // Optional[Place[code=IQ, wikidata=Q796, kind=DEMONYM, ...]]
 * }</pre>
 */
final class CountryGazetteer {

    enum Kind { NAME, NATIVE, ALIAS, DEMONYM, CAPITAL, STATE }

    /** One entry: the code ({@code IQ} or {@code US-MT}), its QID for countries, and how it was named. */
    record Place(String code, Optional<String> wikidata, Kind kind, String name) {
        boolean isSubnational() {
            return code.contains("-");
        }
    }

    /** A place named by tokens {@code [from, to)}. */
    record Match(int from, int to, Place place) {
    }

    private final Map<String, Place> byAlias;
    private final Map<String, String> countryNames;
    private final List<List<String>> aliasWords;

    private CountryGazetteer(Map<String, Place> byAlias, Map<String, String> countryNames) {
        this.byAlias = Map.copyOf(byAlias);
        this.countryNames = Map.copyOf(countryNames);
        List<List<String>> words = new ArrayList<>();
        for (String a : byAlias.keySet()) {
            words.add(List.of(a.split(" ")));
        }
        words.sort(Comparator.comparingInt((List<String> w) -> -w.size()));
        this.aliasWords = List.copyOf(words);
    }

    static CountryGazetteer load() {
        Map<String, Place> m = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String[] r : Resources.tsv("/newskg/ingest/nlp/countries.tsv")) {
            Kind k = Kind.valueOf(r[3].toUpperCase(java.util.Locale.ROOT));
            m.put(r[0], new Place(r[1], Optional.of(r[2]), k, r[0]));
            if (k == Kind.NAME) {
                names.putIfAbsent(r[1], r[0]);
            }
        }
        for (String[] r : Resources.tsv("/newskg/ingest/nlp/us-states.tsv")) {
            m.putIfAbsent(r[0], new Place(r[1], Optional.empty(), Kind.STATE, r[0]));
            names.putIfAbsent(r[1], r[0]);
        }
        return new CountryGazetteer(m, names);
    }

    Optional<Place> lookup(String alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }

    /** A display name for a code: the first name form of the list ("Iraq" for IQ). */
    String name(String code) {
        return countryNames.getOrDefault(code, code);
    }

    /** Places named in a token list, longest first, not overlapping. */
    List<Match> find(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match hit = null;
            for (List<String> w : aliasWords) {
                int n = w.size();
                if (i + n > tokens.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 0; k < n && ok; k++) {
                    ok = PlatformGazetteer.stripPossessive(tokens.get(i + k).word()).equals(w.get(k));
                }
                if (ok) {
                    hit = new Match(i, i + n, byAlias.get(String.join(" ", w)));
                    break;
                }
            }
            if (hit != null) {
                out.add(hit);
                i = hit.to();
            } else {
                i++;
            }
        }
        return out;
    }
}

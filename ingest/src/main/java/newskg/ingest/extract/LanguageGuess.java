package newskg.ingest.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A last-resort language guess for pages that do not declare one: which language's most common
 * function words occur most often in the text. Good enough for the major Latin-script languages
 * of news; anything else stays unknown.
 */
final class LanguageGuess {
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "it"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "sich", "auf"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "pas", "sur"),
            "es", Set.of("el", "los", "las", "del", "que", "por", "una", "con", "para", "como", "pero", "fue"),
            "it", Set.of("il", "di", "che", "della", "per", "una", "sono", "con", "non", "gli", "nel", "anche"),
            "pt", Set.of("os", "das", "dos", "que", "uma", "com", "para", "não", "mais", "foi", "pelo", "como"),
            "nl", Set.of("het", "een", "van", "en", "niet", "dat", "zijn", "voor", "met", "ook", "maar", "wordt"));
    private static final int SAMPLE_CHARS = 20_000;

    private LanguageGuess() {
    }

    static Optional<String> guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (words.length < 30) {
            return Optional.empty();
        }
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Set<String>> lang : STOPWORDS.entrySet()) {
            int hits = 0;
            for (String w : words) {
                if (lang.getValue().contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits || hits == bestHits && best != null && lang.getKey().compareTo(best) < 0) {
                bestHits = hits;
                best = lang.getKey();
            }
        }
        return bestHits >= words.length / 20 ? Optional.ofNullable(best) : Optional.empty();
    }
}

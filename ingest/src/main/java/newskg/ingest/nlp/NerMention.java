package newskg.ingest.nlp;

import java.util.Objects;

/**
 * A named-entity or time mention found by the NER stage: a run of tokens with one tag.
 *
 * <pre>{@code
 * NerMention m = new NerMention(4, 6, "earlier this week", "DATE", "2023-W33", 321, 338);
 * }</pre>
 *
 * @param firstToken 0-based index of the first token in its sentence
 * @param endToken   index after the last token
 * @param text       the words as written in the body
 * @param type       PERSON, ORGANIZATION, LOCATION, MISC, DATE, TIME, DURATION, ...
 * @param normalized the normalised value (TIMEX value for dates), or {@code ""}
 * @param begin      offset of the first character in the body
 * @param end        offset after the last character
 */
public record NerMention(int firstToken, int endToken, String text, String type, String normalized,
                         int begin, int end) {

    public NerMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(normalized, "normalized");
        if (firstToken < 0 || endToken <= firstToken || end < begin) {
            throw new IllegalArgumentException("bad mention [" + firstToken + "," + endToken + ")");
        }
    }

    /** Whether this is a date or time expression (SUTime). */
    public boolean isTemporal() {
        return type.equals("DATE") || type.equals("TIME");
    }
}

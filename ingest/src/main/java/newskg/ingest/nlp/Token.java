package newskg.ingest.nlp;

import java.util.Objects;

/**
 * One token of a sentence, with its character offsets into {@link newskg.model.Article#body()}.
 *
 * <pre>{@code
 * Token t = new Token(0, "Telegram", "Telegram", "NNP", "O", "", 120, 128);
 * }</pre>
 *
 * @param index         0-based position in its sentence
 * @param word          the text as written in the body
 * @param lemma         the lemma (lower case for common words)
 * @param pos           the Penn Treebank tag
 * @param ner           the named-entity tag ({@code O} when none)
 * @param normalizedNer the normalised value of a DATE/TIME token (a TIMEX value such as
 *                      {@code 2023-W33}), or {@code ""}
 * @param begin         offset of the first character
 * @param end           offset after the last character
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalizedNer,
                    int begin, int end) {

    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(normalizedNer, "normalizedNer");
        if (index < 0 || begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token " + index + " [" + begin + "," + end + ")");
        }
    }

    /** Whether the tag starts with {@code prefix} ({@code "VB"}, {@code "NN"}). */
    public boolean isPos(String prefix) {
        return pos.startsWith(prefix);
    }
}

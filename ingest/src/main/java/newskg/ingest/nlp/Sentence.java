package newskg.ingest.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence: tokens, enhanced++ dependencies, the basic dependency tree and NER mentions.
 *
 * <pre>{@code
 * Sentence s = doc.sentences().get(0);
 * String text = doc.article().body().substring(s.begin(), s.end());
 * }</pre>
 *
 * @param index    0-based position in the document
 * @param begin    offset of the first character in the body
 * @param end      offset after the last character
 * @param tokens   the tokens, in order
 * @param enhanced enhanced++ dependencies (a graph: a token may have several heads)
 * @param basic    basic dependencies (a tree: every token has exactly one head, the root has -1)
 * @param mentions NER mentions, in order
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> enhanced,
                       List<Dependency> basic, List<NerMention> mentions) {

    public Sentence {
        tokens = List.copyOf(tokens);
        enhanced = List.copyOf(enhanced);
        basic = List.copyOf(basic);
        mentions = List.copyOf(mentions);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad sentence span [" + begin + "," + end + ")");
        }
    }

    /** The head of token {@code i} in the basic tree, {@code -1} for the root. */
    public int head(int i) {
        for (Dependency d : basic) {
            if (d.dependent() == i) {
                return d.governor();
            }
        }
        return -1;
    }

    /** The basic relation that attaches token {@code i} to its head. */
    public String relation(int i) {
        for (Dependency d : basic) {
            if (d.dependent() == i) {
                return d.relation();
            }
        }
        return "root";
    }

    /** The enhanced++ edges governed by token {@code i}. */
    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : enhanced) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        return out;
    }

    /** The enhanced++ edges that point at token {@code i}. */
    public List<Dependency> parents(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : enhanced) {
            if (d.dependent() == i) {
                out.add(d);
            }
        }
        return out;
    }

    /** The text of tokens {@code [from, to)} as written in {@code body}. */
    public String text(String body, int from, int to) {
        Objects.requireNonNull(body, "body");
        return body.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }
}

package newskg.ingest.nlp;

import java.util.Objects;

/**
 * One typed dependency edge between two tokens of a sentence (Universal Dependencies v2).
 *
 * <pre>{@code
 * Dependency d = new Dependency(3, 5, "obj");   // token 5 is the object of token 3
 * Dependency root = new Dependency(-1, 3, "root");
 * }</pre>
 *
 * @param governor  0-based index of the head token, {@code -1} for the root edge
 * @param dependent 0-based index of the dependent token
 * @param relation  the relation with its subtype ({@code nsubj:pass}, {@code obl:on}, {@code nmod:poss})
 */
public record Dependency(int governor, int dependent, String relation) {

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < -1 || dependent < 0) {
            throw new IllegalArgumentException("bad edge " + governor + " -> " + dependent);
        }
    }

    /** The relation without its subtype: {@code obl} for {@code obl:on}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}

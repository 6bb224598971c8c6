package newskg.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The N-Quads lines of one article graph, with the article's place in the input, so that when
 * the input holds an article twice (CC-NEWS crawls a page again when it changes) the job keeps
 * one version, the later one, as {@code newskg ingest} would by replacing the earlier.
 *
 * <pre>{@code
 * ArticleQuads kept = ArticleQuads.later(a, b);
 * }</pre>
 *
 * @param graph the article graph's IRI
 * @param order the input file's order in the high 32 bits, the article's ordinal in the file in the low ones
 * @param lines the quads, as {@link QuadLines} formats them
 */
public record ArticleQuads(String graph, long order, List<String> lines) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ArticleQuads {
        Objects.requireNonNull(graph, "graph");
        lines = List.copyOf(lines);
    }

    static long order(int fileOrder, int ordinalInFile) {
        return ((long) fileOrder << 32) | (ordinalInFile & 0xffffffffL);
    }

    /** The version that comes later in the input (ties, the same record read twice, keep {@code a}). */
    public static ArticleQuads later(ArticleQuads a, ArticleQuads b) {
        return b.order > a.order ? b : a;
    }
}

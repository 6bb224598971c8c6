package newskg.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.spark.util.LongAccumulator;

import scala.Tuple2;

/**
 * Keeps one version of each article from a partition sorted by article graph IRI, where the
 * versions of an article are adjacent: the later one in the input ({@link ArticleQuads#later}).
 * Streams, holding one article at a time.
 *
 * <pre>{@code
 * pairs.repartitionAndSortWithinPartitions(new HashPartitioner(n))
 *      .mapPartitions(it -> new LaterOfEach(it, droppedCounter));
 * }</pre>
 */
final class LaterOfEach implements Iterator<ArticleQuads> {
    private final Iterator<Tuple2<String, ArticleQuads>> sorted;
    private final LongAccumulator dropped;
    private ArticleQuads pending;

    LaterOfEach(Iterator<Tuple2<String, ArticleQuads>> sorted, LongAccumulator dropped) {
        this.sorted = sorted;
        this.dropped = dropped;
        this.pending = sorted.hasNext() ? sorted.next()._2() : null;
    }

    @Override
    public boolean hasNext() {
        return pending != null;
    }

    @Override
    public ArticleQuads next() {
        if (pending == null) {
            throw new NoSuchElementException();
        }
        ArticleQuads kept = pending;
        pending = null;
        while (sorted.hasNext()) {
            ArticleQuads a = sorted.next()._2();
            if (!a.graph().equals(kept.graph())) {
                pending = a;
                break;
            }
            dropped.add(1);
            kept = ArticleQuads.later(kept, a);
        }
        return kept;
    }
}

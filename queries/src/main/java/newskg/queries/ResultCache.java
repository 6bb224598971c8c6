package newskg.queries;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Answers of named queries, kept while the store has not changed: dashboards and pages ask the
 * same questions again and again, and a large store takes seconds for some of them.
 *
 * <p>An answer is valid for the store version it was computed at: TDB2's count of write
 * transactions begun. An answer computed while a write was open is not kept (it may predate
 * that write's commit). Identical requests that arrive together share one computation. Answers
 * over {@code maxEntryBytes} are not kept; the least recently used go when the total would pass
 * {@code maxTotalBytes}. On a dataset that is not TDB2 nothing is kept.
 *
 * <pre>{@code
 * ResultCache cache = ResultCache.over(dsg, 8 << 20, 128 << 20);
 * byte[] body = cache.get("timeline?country=IQ json", () -> run(...));
 * }</pre>
 */
final class ResultCache {
    private final TransactionCoordinator txns;
    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, CompletableFuture<byte[]>> running = new ConcurrentHashMap<>();
    private long totalBytes;

    private record Entry(long version, byte[] body) {
    }

    /** What {@link #get} did, for the {@code X-Cache} response header. */
    enum Outcome { HIT, MISS, SHARED, OFF }

    private ResultCache(TransactionCoordinator txns, long maxEntryBytes, long maxTotalBytes) {
        this.txns = txns;
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    static ResultCache over(DatasetGraph dsg, long maxEntryBytes, long maxTotalBytes) {
        return new ResultCache(coordinator(dsg).orElse(null), maxEntryBytes, maxTotalBytes);
    }

    private static Optional<TransactionCoordinator> coordinator(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        // TDB2's own switchable dataset is a wrapper too: stop at the first layer that is TDB2.
        while (!TDBInternal.isTDB2(d) && d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        return TDBInternal.isTDB2(d) ? Optional.of(TDBInternal.getTransactionCoordinator(d)) : Optional.empty();
    }

    /** The answer for {@code key}: kept, being computed by another request, or computed now. */
    Result get(String key, Supplier<byte[]> compute) {
        if (txns == null) {
            return new Result(compute.get(), Outcome.OFF);
        }
        long version = txns.countBeginWrite();
        boolean quiet = txns.countActiveWriter() == 0;
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null && e.version() == version) {
                return new Result(e.body(), Outcome.HIT);
            }
        }
        if (!quiet) {
            return new Result(compute.get(), Outcome.MISS);
        }
        String flight = version + " " + key;
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> other = running.putIfAbsent(flight, mine);
        if (other != null) {
            try {
                return new Result(other.join(), Outcome.SHARED);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            byte[] body = compute.get();
            mine.complete(body);
            if (txns.countBeginWrite() == version) {
                keep(key, new Entry(version, body));
            }
            return new Result(body, Outcome.MISS);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(flight);
        }
    }

    record Result(byte[] body, Outcome outcome) {
    }

    private synchronized void keep(String key, Entry e) {
        if (e.body().length > maxEntryBytes) {
            return;
        }
        Entry old = entries.put(key, e);
        totalBytes += e.body().length - (old == null ? 0 : old.body().length);
        var it = entries.entrySet().iterator();
        while (totalBytes > maxTotalBytes && it.hasNext()) {
            totalBytes -= it.next().getValue().body().length;
            it.remove();
        }
    }
}

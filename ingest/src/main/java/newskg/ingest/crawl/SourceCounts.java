package newskg.ingest.crawl;

/**
 * What reading one file source gave: records seen, items delivered, records skipped on purpose
 * (not HTML, not a response), and problems reported (errors and warnings).
 *
 * <pre>{@code
 * SourceCounts c = new WarcSource(10L << 20).read(path, pages::add, problems::add);
 * }</pre>
 */
public record SourceCounts(int records, int delivered, int skipped, int problems) {
    public SourceCounts {
        if (records < 0 || delivered < 0 || skipped < 0 || problems < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}

/**
 * Corpus-scale extraction on Apache Spark: the same stages as {@code newskg ingest}, run in
 * {@code mapPartitions} over WARC, JSON Lines or seed/HTML files, written as N-Quads shards for
 * {@code newskg load}.
 *
 * <p>Flow, in order:
 * <ol>
 * <li>driver: {@link newskg.spark.InputFiles} expands paths, globs, directories and path lists
 *     into {@link newskg.spark.InputFile}s (one task per file by default);</li>
 * <li>executor: {@code ExtractPartition} reads each file with the ingest readers, analyses each
 *     article with the executor's one {@link newskg.spark.SharedAnalyzer}, maps it with
 *     {@code ExtractionMapper} and formats its graph with {@link newskg.spark.QuadLines};</li>
 * <li>shuffle (unless {@code --no-dedupe}): one version per article, the later in the input;</li>
 * <li>{@code saveAsTextFile}: {@code part-NNNNN[.gz]} shards.</li>
 * </ol>
 *
 * <pre>
 * spark/run-local.sh --output out corpus/ &amp;&amp; newskg load --store newskg-data/store out
 * </pre>
 */
package newskg.spark;

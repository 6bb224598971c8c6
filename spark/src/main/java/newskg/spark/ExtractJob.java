package newskg.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import scala.Tuple2;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: extracts the articles of WARC, JSON Lines or seed-format/HTML files into
 * N-Quads shards, one named graph per article, for {@code newskg load}. Runs under
 * {@code spark-submit} on any cluster manager, or in local mode through {@code spark/run-local.sh}.
 *
 * <p>The driver expands the inputs into files and hands one file per task (by default); each
 * executor builds one extraction pipeline on first use ({@link SharedAnalyzer}) and writes one
 * shard per task. IRIs are functions of the data and shards hold no blank nodes, so shards of
 * reruns and of different clusters load into one store.
 *
 * <pre>
 * spark-submit --class newskg.spark.ExtractJob --master yarn --executor-memory 6g --executor-cores 2 \
 *     --jars "$(ls spark/target/lib/*.jar | paste -sd,)" spark/target/newskg-spark.jar \
 *     --output s3a://bucket/newskg/2024-08 --input-list warc.paths.gz --input-prefix s3a://commoncrawl/
 * </pre>
 * or from code:
 * <pre>{@code
 * JobSummary s = ExtractJob.run(jsc, new ExtractJob.Options(List.of("corpus/"), "out", Optional.empty(), false, true));
 * }</pre>
 */
@Command(name = "newskg-spark", mixinStandardHelpOptions = true, versionProvider = ExtractJob.VersionProvider.class,
        description = "Extract news events from WARC (.warc.gz), JSON Lines (.jsonl[.gz]) and seed-format or HTML"
                + " files into N-Quads shards, one named graph per article; load them with 'newskg load'.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:fatal error", "2:usage error", "3:completed with problems"})
public final class ExtractJob implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("newskg.run");

    /**
     * One run's settings.
     *
     * @param inputs     paths, globs and directories, on any file system Hadoop reads
     * @param output     the shard directory (must not exist)
     * @param partitions how many tasks; default one per input file
     * @param compress   gzip the shards
     * @param dedupe     keep one version of an article that occurs more than once (costs a shuffle)
     */
    public record Options(List<String> inputs, String output, Optional<Integer> partitions, boolean compress,
                          boolean dedupe) {
        public Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no inputs");
            }
        }
    }

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files, directories or globs (local, hdfs://, s3a://).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--input-list", paramLabel = "FILE",
            description = "A file of inputs, one a line (gzipped if it ends in .gz), e.g. CC-NEWS's warc.paths.gz.")
    List<String> inputLists = new ArrayList<>();

    @Option(names = "--input-prefix", paramLabel = "PREFIX",
            description = "Prefix for the --input-list lines that have no scheme (e.g. s3a://commoncrawl/).")
    String inputPrefix;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Shard directory; must not exist.")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default: local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Number of tasks (default: one per input file).")
    Integer partitions;

    @Option(names = "--compress", description = "Write gzipped shards (part-NNNNN.gz).")
    boolean compress;

    @Option(names = "--no-dedupe", negatable = false,
            description = "Skip the shuffle that keeps one version of an article found twice in the input.")
    boolean noDedupe;

    @Option(names = "--software-version", paramLabel = "V",
            description = "Version recorded in the graphs (default: this jar's, which is the app's).")
    String softwareVersion;

    private final PrintStream err;

    ExtractJob(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new ExtractJob(System.err));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // A bad input or an existing output is the user's to fix: say what, without a stack trace.
            cmd.getErr().println("newskg-spark: " + ex.getMessage());
            if (ex instanceof IllegalArgumentException) {
                return 2;
            }
            LOG.error("fatal error", ex);
            return 1;
        });
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() {
        if (inputs.isEmpty() && inputLists.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "give INPUT files or --input-list");
        }
        SparkConf conf = new SparkConf().setAppName("newskg-extract");
        if (master != null) {
            conf.setMaster(master);
        } else {
            conf.setIfMissing("spark.master", "local[*]");
        }
        try (JavaSparkContext jsc = new JavaSparkContext(conf)) {
            List<String> all = new ArrayList<>(inputs);
            for (String list : inputLists) {
                all.addAll(InputFiles.readList(list, Optional.ofNullable(inputPrefix), jsc.hadoopConfiguration()));
            }
            if (all.isEmpty()) {
                throw new IllegalArgumentException("the input lists are empty");
            }
            ExtractSpec spec = ExtractSpec.defaults(softwareVersion != null ? softwareVersion : version());
            JobSummary s = run(jsc, new Options(all, output, Optional.ofNullable(partitions), compress, !noDedupe), spec);
            err.printf("newskg-spark: %d articles from %d files (%d duplicates dropped, %d failed, %d warnings),"
                    + " %d quads in %s%n", s.articles(), s.files(), s.duplicates(), s.failed(), s.warnings(),
                    s.quads(), output);
            err.printf("newskg-spark: %.1f s wall; extraction took %.1f thread-seconds (%d articles/hour per"
                            + " thread) and %.1f CPU-seconds (%d articles/hour per dedicated core);"
                            + " %d articles/hour overall, model loads included%n",
                    s.elapsed().toMillis() / 1000.0, s.work().toMillis() / 1000.0, s.articlesPerCoreHour(),
                    s.cpu().toMillis() / 1000.0, s.articlesPerCpuHour(), s.articlesPerHour());
            return s.failed() > 0 ? 3 : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the job with the settings of {@code newskg ingest} and this jar's version. */
    public static JobSummary run(JavaSparkContext jsc, Options o) throws IOException {
        return run(jsc, o, ExtractSpec.defaults(version()));
    }

    /**
     * Runs the job on {@code jsc} and waits for it.
     *
     * @throws IllegalArgumentException when an input matches nothing or the output exists
     */
    public static JobSummary run(JavaSparkContext jsc, Options o, ExtractSpec spec) throws IOException {
        long t0 = System.nanoTime();
        Configuration hadoop = jsc.hadoopConfiguration();
        List<InputFile> files = InputFiles.expand(o.inputs(), hadoop);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files in " + o.inputs());
        }
        Path out = new Path(o.output());
        FileSystem fs = out.getFileSystem(hadoop);
        if (fs.exists(out)) {
            throw new IllegalArgumentException("output " + o.output() + " exists; shards are never overwritten");
        }
        int slices = o.partitions().orElse(files.size());
        LOG.info("{} input files in {} tasks -> {}", files.size(), slices, o.output());
        Counters c = Counters.register(jsc);
        JavaRDD<ArticleQuads> graphs = jsc.parallelize(files, slices)
                .mapPartitions(new ExtractPartition(spec, jsc.broadcast(new HadoopConf(hadoop)), c));
        if (o.dedupe()) {
            // One version per article graph, the later in the input, as `newskg ingest` keeps the last it
            // stored: otherwise the loader would merge two versions of a re-crawled page into one graph.
            // Sorting within the hash partitions (not reduceByKey) makes each shard's content and order a
            // function of the input, however the shuffle fetches its blocks: a rerun writes the same bytes.
            LongAccumulator dropped = c.duplicates();
            graphs = graphs.mapToPair(a -> new Tuple2<>(a.graph(), a))
                    .repartitionAndSortWithinPartitions(new HashPartitioner(slices))
                    .mapPartitions(sorted -> new LaterOfEach(sorted, dropped));
        }
        JavaRDD<String> quads = graphs.flatMap(a -> a.lines().iterator());
        if (o.compress()) {
            quads.saveAsTextFile(o.output(), GzipCodec.class);
        } else {
            quads.saveAsTextFile(o.output());
        }
        JobSummary s = new JobSummary(c.files().value(), c.articles().value(), c.duplicates().value(),
                c.failed().value(), c.warnings().value(), c.quads().value(), Duration.ofNanos(c.workNanos().value()),
                Duration.ofNanos(c.cpuNanos().value()), Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("{}", s);
        return s;
    }

    /** This jar's version from its manifest, the same as the app's ({@code dev} when run from classes). */
    static String version() {
        String v = ExtractJob.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** For {@code --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newskg-spark " + version()};
        }
    }
}

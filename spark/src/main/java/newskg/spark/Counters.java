package newskg.spark;

import java.io.Serializable;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counts, added up by Spark across executors (a retried task may count twice; they
 * are for reports, not for correctness).
 *
 * <pre>{@code
 * Counters c = Counters.register(jsc);
 * ... run the job ...
 * c.articles().value();
 * }</pre>
 *
 * @param files      input files read
 * @param articles   articles analysed
 * @param duplicates article versions dropped because the input holds a later version of the same article
 * @param failed     documents that gave no article, or whose analysis failed (error problems)
 * @param warnings   warning problems
 * @param quads      quads of the analysed articles (duplicates included)
 * @param workNanos  time spent reading, analysing and mapping, summed over the task threads:
 *                   the cost per executor core, without the one-off model load
 * @param cpuNanos   CPU time of the task threads for the same work: the cost per core when
 *                   other processes compete for the cores (the wall time then overstates it)
 */
public record Counters(LongAccumulator files, LongAccumulator articles, LongAccumulator duplicates,
                       LongAccumulator failed,
                       LongAccumulator warnings, LongAccumulator quads, LongAccumulator workNanos,
                       LongAccumulator cpuNanos) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static Counters register(JavaSparkContext jsc) {
        var sc = jsc.sc();
        return new Counters(sc.longAccumulator("newskg.files"), sc.longAccumulator("newskg.articles"),
                sc.longAccumulator("newskg.duplicates"),
                sc.longAccumulator("newskg.failed"), sc.longAccumulator("newskg.warnings"),
                sc.longAccumulator("newskg.quads"), sc.longAccumulator("newskg.workNanos"),
                sc.longAccumulator("newskg.cpuNanos"));
    }
}

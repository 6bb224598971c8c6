package newskg.spark;

import java.time.Duration;
import java.util.Objects;

/**
 * What one run of {@link ExtractJob} did.
 *
 * <pre>{@code
 * JobSummary s = ExtractJob.run(jsc, options);
 * System.out.println(s.articlesPerCoreHour());
 * }</pre>
 *
 * @param files    input files read
 * @param articles articles analysed, one named graph each
 * @param duplicates article versions dropped for a later version of the same article
 * @param failed   error problems (documents without an article, failed analyses)
 * @param warnings warning problems
 * @param quads    quads of the analysed articles (dropped duplicates included)
 * @param work     time spent on the articles, summed over all task threads (the one-off model load excluded)
 * @param cpu      CPU time of the task threads for the same work
 * @param elapsed  the job's wall-clock time on the driver, model loads included
 */
public record JobSummary(long files, long articles, long duplicates, long failed, long warnings, long quads, Duration work,
                         Duration cpu, Duration elapsed) {
    public JobSummary {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * Articles per hour of CPU time of one core: what a core does when it is not shared (on a
     * busy machine the wall-time figure {@link #articlesPerCoreHour()} is lower).
     */
    public long articlesPerCpuHour() {
        long ms = cpu.toMillis();
        return ms == 0 ? 0 : articles * 3_600_000L / ms;
    }

    /** Articles per hour of one executor core, from the summed work time: the sizing figure. */
    public long articlesPerCoreHour() {
        long ms = work.toMillis();
        return ms == 0 ? 0 : articles * 3_600_000L / ms;
    }

    /** Articles per hour of wall-clock time for the whole job, model loads included. */
    public long articlesPerHour() {
        long ms = elapsed.toMillis();
        return ms == 0 ? 0 : articles * 3_600_000L / ms;
    }
}
